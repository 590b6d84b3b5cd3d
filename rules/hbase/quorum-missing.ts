import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hbaseOnDefaultQuorum } from '../../src/rules-support/hbase-default-quorum.ts';

export default defineRule({
  meta: {
    id: 'hbase/quorum-missing',
    severity: 'error',
    description: 'hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, and a host running HBase has no ZooKeeper server of its own',
    rationale:
      '`hbase.zookeeper.quorum` defaults to `localhost` ("By default this is set to localhost for local and ' +
      'pseudo-distributed modes of operation. For a fully-distributed setup, this should be set to a full list of ' +
      'ZooKeeper ensemble servers"). HBase builds its ZooKeeper connect string from it, so a distributed HBase ' +
      'without it has the master and every RegionServer connect to port 2181 of the machine it runs on: ' +
      'RegionServers on other hosts never find the master, or each finds a different ZooKeeper.\n\n' +
      'hacheck reports it when the snapshot shows more than one machine (`hbase-site.xml` copies in two or more ' +
      'host folders, or a ZooKeeper ensemble of several servers that are not loopback names) and a host folder ' +
      'holding this hbase-site.xml that is no server of the ensemble (or there is no ensemble in the snapshot): ' +
      'HBase there finds no ZooKeeper. When hacheck cannot see such a host (a shared configuration folder, or ' +
      'HBase only on the ensemble\'s hosts), each daemon reaches the ensemble through the server of its own host, ' +
      'which works while that server runs: `hbase/quorum-localhost` reports that as a warning. One machine running ' +
      'HBase distributed with its own ZooKeeper (pseudo-distributed mode) is what the default is for.',
    fix:
      'Set `hbase.zookeeper.quorum` in hbase-site.xml on every HBase host to the ZooKeeper servers, for example ' +
      '`zk1,zk2,zk3` (with `hbase.zookeeper.property.clientPort` if they do not serve on 2181).',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: default localhost, "For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"',
      'hbase-default.xml (apache/hbase @000e4d12) hbase.cluster.distributed: "false for standalone mode and true for distributed mode"',
      'ZKConfig.java (apache/hbase @0e20bbf6) getZKQuorumServersStringFromHbaseConfig: conf.getStrings(ZOOKEEPER_QUORUM, LOCALHOST)',
    ],
  },
  check(cluster, report) {
    for (const q of hbaseOnDefaultQuorum(cluster)) {
      // Without a host that lacks a server, hbase/quorum-localhost reports it (a warning).
      if (!q.hostWithoutServer) continue;
      report({
        span: q.flagSpan,
        message: `hbase.cluster.distributed is ${quote(q.flag.value)} but hbase.zookeeper.quorum is not set, so every HBase daemon connects to ZooKeeper on its own host (the default "localhost"), and host ${quote(q.hostWithoutServer.host)} runs no ZooKeeper server`,
        related: [q.hostWithoutServer, q.severalMachines],
      });
    }
  },
});
