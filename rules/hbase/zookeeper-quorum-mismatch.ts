import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hbaseClientPort, hbaseProperty, quorumEntries } from '../../src/rules-support/hbase.ts';
import { compareWithEnsemble, ensembleEvidence, mergeMismatches, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';

export default defineRule({
  meta: {
    id: 'hbase/zookeeper-quorum-mismatch',
    severity: 'error',
    description: 'hbase.zookeeper.quorum names a host that is not a ZooKeeper server, or HBase connects to a port other than the ensemble client port',
    rationale:
      'HBase builds its ZooKeeper connect string from `hbase.zookeeper.quorum`: an entry with a port keeps it, an ' +
      'entry without one gets `hbase.zookeeper.property.clientPort` (default 2181). Master, RegionServers and ' +
      'clients all find each other through that ensemble. An entry that names a host outside the ensemble, or a ' +
      'port the servers do not serve clients on, is a server HBase can never reach: with all entries wrong HBase ' +
      'cannot start, with some wrong it loses ZooKeeper sooner than the ensemble does.\n\n' +
      'hacheck compares with the ensemble of the most common zoo.cfg (its `server.N` hosts and `clientPort`, or the ' +
      '`;port` part of a 3.5+ server line), as `cluster/zookeeper-quorum-mismatch` does for the ZKFC. It cannot ' +
      'resolve names, so it does not compare an IP address with a host name. When HBase manages its own ZooKeeper ' +
      '(`HBASE_MANAGES_ZK=true`) the snapshot has no zoo.cfg for it and the rule says nothing.',
    fix:
      'List the ZooKeeper servers of zoo.cfg in `hbase.zookeeper.quorum` and set `hbase.zookeeper.property.clientPort` ' +
      'to their `clientPort` (or write `host:port` entries).',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: "put it together with the hbase.zookeeper.property.clientPort config. and pass it into zookeeper constructor as the connectString"',
      'ZKConfig.java (apache/hbase @0e20bbf6) buildQuorumServerString, getZKQuorumServersStringFromHbaseConfig: default client port 2181',
      'ConnectStringParser.java (ZooKeeper master) DEFAULT_PORT = 2181',
    ],
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const conf of cluster.hbaseConfs) {
      const quorum = hbaseProperty(conf, 'hbase.zookeeper.quorum');
      const client = hbaseClientPort(conf);
      if (!quorum || !client) continue;
      let clientPortReported = false;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, quorumEntries(quorum), client.port))) {
        if (m.kind === 'not-a-server') {
          report({
            span: m.host.span,
            message: `hbase.zookeeper.quorum names ${m.names}, ${m.hosts.length > 1 ? 'which are not servers' : 'which is not a server'} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others],
          });
        } else if (m.written !== undefined) {
          report({
            span: m.written.span,
            message: `hbase.zookeeper.quorum connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others],
          });
        } else if (client.property) {
          // Every entry without a port takes clientPort: one finding, where it is set.
          if (clientPortReported) continue;
          clientPortReported = true;
          report({
            span: locatedValue(client.property).span,
            message: `hbase.zookeeper.property.clientPort is ${quote(client.property.value)}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }],
          });
        } else {
          report({
            span: m.host.span,
            message: `hbase.zookeeper.quorum names ${m.names} without a port and hbase.zookeeper.property.clientPort is not set, so HBase connects to ${client.port}, but ${m.serves}`,
            related: [{ span: m.expected.span, message: m.where }, ...m.others],
          });
        }
      }
    }
  },
});
