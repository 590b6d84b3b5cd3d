import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { processRoles } from '../../src/rules-support/kafka-nodes.ts';
import { nodeIdOf, parseVoters } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/broker-in-voters',
    severity: 'error',
    description: 'A broker-only KRaft node whose node.id is one of controller.quorum.voters',
    rationale:
      'A node whose `process.roles` is just `broker` is not a controller, and ids are shared by brokers and ' +
      'controllers: `KafkaConfig` refuses a broker-only node whose `node.id` is a voter id ("If process.roles ' +
      'contains just the \'broker\' role, the node id N must not be included in the set of voters ' +
      'controller.quorum.voters=Set(...)"). The usual cause is giving brokers and controllers ids from the same ' +
      'range (broker 1 beside controller 1), or a broker configuration copied from a controller.',
    fix: 'Give the broker a `node.id` that no voter has (for example brokers from 1, controllers from 1000), or add `controller` to its `process.roles` if it is meant to be that voter.',
    references: [
      'KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateValues, KRaft broker-only: require(!voterIds.contains(nodeId), ...)',
      'KafkaConfigTest.scala (apache/kafka) testBrokerRoleNodeIdValidation',
    ],
    upstreamMessage: "If process.roles contains just the 'broker' role, the node id <node.id> must not be included in the set of voters controller.quorum.voters=Set(<ids>)",
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const roles = processRoles(file);
      if (!roles || roles.length === 0 || roles.some((r) => r !== 'broker')) continue;
      const nodeId = nodeIdOf(file);
      const parsed = parseVoters(file);
      if (!nodeId || !parsed || parsed.problems.length > 0) continue;
      const voter = parsed.voters.find((v) => v.id === nodeId.id);
      if (!voter) continue;
      report({
        span: nodeId.entry.value.span,
        message: `node.id ${quote(nodeId.entry.value.value)} of this broker-only node is the voter ${quote(voter.entry.value)}, so Kafka refuses to start it`,
        related: [{ span: voter.entry.span, message: `voter ${voter.id} is listed here` }],
      });
    }
  },
});
