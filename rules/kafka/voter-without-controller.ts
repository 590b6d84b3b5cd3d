import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hostKey } from '../../src/model/host-names.ts';
import { cleanVoters, kraftNodes, voterSetKey } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/voter-without-controller',
    severity: 'warning',
    description: 'A controller.quorum.voters id that no controller of the snapshot has',
    rationale:
      'Each voter id must be the `node.id` of a node that runs the `controller` role; a voter no controller ' +
      'answers for still counts in the majority, so a three-voter quorum with one phantom voter survives no ' +
      'failure, and with two it never elects a leader. This is reported only when the snapshot holds the whole ' +
      'quorum: every voter host has a host folder with a KRaft configuration in it. A controller on the voter\'s ' +
      'host with another id is also reported by `kafka/controller-not-in-voters`.',
    fix: 'Set the `node.id` of the controller on that host to the voter id (and `process.roles` to include `controller`), or remove the voter from `controller.quorum.voters` on every node.',
    references: [
      'KafkaConfig.scala (apache/kafka 3.x, core/src/main/scala/kafka/server/KafkaConfig.scala) validateControllerQuorumVotersMustContainNodeIdForKRaftController: a controller is the voter with its node.id',
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterConnections: the voter set is the ids listed',
    ],
  },
  check(cluster, report) {
    const nodes = kraftNodes(cluster);
    const controllerIds = new Set(nodes.filter((n) => n.nodeId && n.roles.includes('controller')).map((n) => n.nodeId!.id));
    // Hosts whose folder holds a KRaft node: the snapshot shows what runs there.
    const kraftHosts = new Set(nodes.filter((n) => n.file.host !== undefined).map((n) => hostKey(n.file.host!)));
    const seen = new Set<string>();
    for (const n of nodes) {
      const voters = cleanVoters(n);
      if (!voters) continue;
      const key = voterSetKey(voters);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!voters.every((v) => kraftHosts.has(hostKey(v.host)))) continue;
      for (const v of voters) {
        if (controllerIds.has(v.id)) continue;
        report({
          span: v.entry.span,
          message: `voter ${quote(v.entry.value)} is no controller: no node with the controller role has node.id ${v.id}`,
        });
      }
    }
  },
});
