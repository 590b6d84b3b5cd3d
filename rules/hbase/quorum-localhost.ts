import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hbaseOnDefaultQuorum } from '../../src/rules-support/hbase-default-quorum.ts';

export default defineRule({
  meta: {
    id: 'hbase/quorum-localhost',
    severity: 'warning',
    description: 'hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, so each HBase daemon depends on a ZooKeeper server on its own host',
    rationale:
      '`hbase.zookeeper.quorum` defaults to `localhost` ("For a fully-distributed setup, this should be set to a ' +
      'full list of ZooKeeper ensemble servers"), so a distributed HBase without it has the master and every ' +
      'RegionServer connect to port 2181 of the machine it runs on. Where every HBase host also runs a server of ' +
      'the ensemble (three machines running everything, a common small layout) that reaches the ensemble and the ' +
      'cluster works, but each daemon can use only its own host\'s server: when that server stops or falls behind, ' +
      'the daemon loses its session although the ensemble still has a quorum, and a RegionServer that loses its ' +
      'session aborts. HBase clients that read the same hbase-site.xml on other machines find no ZooKeeper at all.\n\n' +
      'This rule reports the default quorum when the snapshot shows several machines but no HBase host without a ' +
      'ZooKeeper server (a configuration folder shared by every host does not say where HBase runs). When a host ' +
      'folder shows HBase on a machine with no ZooKeeper server, `hbase/quorum-missing` reports it as an error instead.',
    fix:
      'Set `hbase.zookeeper.quorum` in hbase-site.xml on every HBase host to the ZooKeeper servers, for example ' +
      '`zk1,zk2,zk3` (with `hbase.zookeeper.property.clientPort` if they do not serve on 2181), so each daemon can ' +
      'fail over to another server.',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: default localhost, "For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"',
      'ZKConfig.java (apache/hbase @0e20bbf6) getZKQuorumServersStringFromHbaseConfig: conf.getStrings(ZOOKEEPER_QUORUM, LOCALHOST)',
      'ZooKeeper Programmer\'s Guide: a client given several servers reconnects to another one when its server fails ("the client will automatically try the next server in the list")',
    ],
  },
  check(cluster, report) {
    for (const q of hbaseOnDefaultQuorum(cluster)) {
      if (q.hostWithoutServer) continue;
      report({
        span: q.flagSpan,
        message: `hbase.cluster.distributed is ${quote(q.flag.value)} but hbase.zookeeper.quorum is not set, so each HBase daemon uses only the ZooKeeper server on its own host (the default "localhost") and cannot fail over to another`,
        related: [q.severalMachines],
      });
    }
  },
});
