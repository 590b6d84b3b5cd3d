import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { processRoles } from '../../src/rules-support/kafka-nodes.ts';
import { nodeIdOf, parseVoters } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/controller-not-in-voters',
    severity: 'error',
    description: 'A KRaft controller whose node.id is not among controller.quorum.voters',
    rationale:
      'With a static quorum the voters are exactly the ids `controller.quorum.voters` lists. A node whose ' +
      '`process.roles` contains `controller` must be one of them: `KafkaConfig` checks it when it reads the ' +
      'configuration and the node exits ("If process.roles contains the \'controller\' role, the node id N must be ' +
      'included in the set of voters controller.quorum.voters=Set(...)"). The usual cause is a server.properties ' +
      'copied to a new controller whose `node.id`, or whose voters list, was not updated. With a dynamic quorum ' +
      '(3.9+, `controller.quorum.bootstrap.servers` and no voters) there is no such list and nothing is checked.',
    fix: 'Set the controller\'s `node.id` to the id `controller.quorum.voters` gives its host, or add it to the voters on every node.',
    references: [
      'KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateValues, validateControllerQuorumVotersMustContainNodeIdForKRaftController: require(voterIds.isEmpty || voterIds.contains(nodeId), ...)',
      'KafkaConfigTest.scala (apache/kafka) testControllerRoleNodeIdValidation',
    ],
    upstreamMessage: "If process.roles contains the 'controller' role, the node id <node.id> must be included in the set of voters controller.quorum.voters=Set(<ids>)",
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      if (!processRoles(file)?.includes('controller')) continue;
      const nodeId = nodeIdOf(file);
      const parsed = parseVoters(file);
      if (!nodeId || !parsed || parsed.problems.length > 0 || parsed.voters.length === 0) continue;
      const ids = new Set(parsed.voters.map((v) => v.id));
      if (ids.has(nodeId.id)) continue;
      report({
        span: nodeId.entry.value.span,
        message: `node.id ${quote(nodeId.entry.value.value)} of this controller is not among the voters ${quote([...ids].join(','))}, so Kafka refuses to start it`,
        related: [{ span: parsed.property.value.span, message: 'controller.quorum.voters is set here' }],
      });
    }
  },
});
