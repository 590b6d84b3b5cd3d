import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { distinctVoterLists, type Voter } from '../../src/rules-support/kafka-voters.ts';

export default defineRule({
  meta: {
    id: 'kafka/quorum-voter-id-duplicate',
    severity: 'warning',
    description: 'controller.quorum.voters lists one voter id twice',
    rationale:
      'Kafka puts the voters in a map by id (`QuorumConfig.parseVoterConnections`, `voterMap.put(voterId, ' +
      'address)`): a second entry with the same id silently replaces the first. The quorum then has one voter ' +
      'fewer than the list shows, and the first address is never dialled; the usual cause is a copied entry whose ' +
      'id was not changed, so the controller meant by it has no voter at all (and, if it runs the controller ' +
      'role, refuses to start because its node.id is not among the voters).',
    fix: 'Give each voter its own id, the `node.id` of the controller at that address.',
    references: [
      'QuorumConfig.java (apache/kafka trunk, raft/src/main/java/org/apache/kafka/raft/QuorumConfig.java) parseVoterConnections: HashMap voterMap, voterMap.put(voterId, address), no check for a repeated id',
    ],
  },
  check(cluster, report) {
    for (const parsed of distinctVoterLists(cluster)) {
      const first = new Map<number, Voter>();
      for (const v of parsed.voters) {
        const prior = first.get(v.id);
        if (!prior) {
          first.set(v.id, v);
          continue;
        }
        report({
          span: v.entry.span,
          message: `controller.quorum.voters entry ${quote(v.entry.value)} repeats voter id ${v.id}, so Kafka keeps only this address for it`,
          related: [{ span: prior.entry.span, message: `voter ${v.id} is ${quote(prior.entry.value)} here, which Kafka drops` }],
        });
      }
    }
  },
});
