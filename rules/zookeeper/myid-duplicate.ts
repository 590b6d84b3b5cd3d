import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ensembles, myidConflict, usedMyids, type UsedMyid } from '../../src/rules-support/zookeeper-ensemble.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/myid-duplicate',
    severity: 'error',
    description: 'Two hosts of one ZooKeeper ensemble have the same id in their myid files',
    rationale:
      'The id in `<dataDir>/myid` is how a quorum server knows which `server.N` line it is, and "the id must be ' +
      'unique within the ensemble". Two hosts with the same id both act as the same server: they bind the same ' +
      'configured addresses, and their votes in leader election and in the quorum count as one.\n\n' +
      'Hosts are in one ensemble when the server list of one names the other, so two separate ensembles in one ' +
      'snapshot may reuse ids. A duplicate that `zookeeper/myid-mismatch` already explains (the id contradicts ' +
      "the host's own `server.N` line) is left to that rule.",
    fix: "Give each host the id of its own `server.N` line in `<dataDir>/myid`.",
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-224: "The id must be unique within the ensemble"',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-424',
    ],
    upstreamMessage:
      'ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (both servers with the id bind its line\'s address; on a real network the one on the wrong host gets Cannot assign requested address)' +
      '; when the other server has not bound yet, its peers log java.net.ConnectException: Connection refused',
  },
  check(cluster, report) {
    const ensembleOf = ensembles(cluster);
    const first = new Map<string, UsedMyid>();
    const used = usedMyids(cluster)
      .filter((m) => !myidConflict(m, cluster))
      .sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    for (const m of used) {
      const key = `${ensembleOf(m.host)}\0${m.value}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, m);
        continue;
      }
      report({
        span: m.file.myid.firstLine.span,
        message: `myid ${quote(m.file.myid.firstLine.value)} on ${m.host.name} holds id ${m.value}, as the myid on ${earlier.host.name} does`,
        related: [{ span: earlier.file.myid.firstLine.span, message: `${earlier.host.name}'s myid is ${quote(earlier.file.myid.firstLine.value)}` }],
      });
    }
  },
});
