import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { cleanVoters, kraftNodes, voterSetKey, type KraftNode } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/quorum-voters-differ',
    severity: 'error',
    description: 'KRaft nodes of one cluster list different controller.quorum.voters',
    rationale:
      'With a static quorum, `controller.quorum.voters` is the Raft membership: every controller counts votes ' +
      'and the high watermark against it, and every broker looks for the active controller among it. Nodes with ' +
      'different voter sets disagree on what a majority is (a controller may be elected by votes the others do ' +
      'not count, or never reach one) and brokers whose list misses the leader never fetch metadata; a ' +
      'controller whose id is missing from its own list does not start at all. The lists are compared as sets ' +
      'of `id@host:port` (order and the case of host names do not matter), as Kafka builds its voter map.',
    fix: 'Write the same `controller.quorum.voters` on every broker and controller of the cluster.',
    references: [
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) QUORUM_VOTERS_DOC: "Map of id/endpoint information for the set of voters"; parseVoterConnections builds the voter map by id',
      'Kafka documentation, docs/ops.html #kraft_voter (apache/kafka before 3.9, PR #17076): "All of the servers in a Kafka cluster discover the quorum voters using the controller.quorum.voters property. ... All the controllers must be enumerated."',
    ],
  },
  check(cluster, report) {
    const groups = new Map<string, KraftNode[]>();
    for (const node of kraftNodes(cluster)) {
      const voters = cleanVoters(node);
      if (!voters) continue;
      const key = voterSetKey(voters);
      groups.set(key, [...(groups.get(key) ?? []), node]);
    }
    if (groups.size < 2) return;
    // The value most nodes use is taken as the intended one (the first in path order on a tie).
    const ordered = [...groups.values()];
    const reference = ordered.reduce((best, g) => (g.length > best.length ? g : best));
    const refVoters = reference[0]!.voters!.property.value;
    for (const group of ordered) {
      if (group === reference) continue;
      const here = group[0]!.voters!.property.value;
      report({
        span: here.span,
        message: `controller.quorum.voters ${quote(here.value)} differs from ${quote(refVoters.value)} on ${plural(reference.length, "other node")}`,
        related: [
          ...group.slice(1).map((n) => ({ span: n.voters!.property.value.span, message: 'the same voters here' })),
          ...reference.map((n) => ({ span: n.voters!.property.value.span, message: `voters are ${quote(refVoters.value)} here` })),
        ],
      });
    }
  },
});
