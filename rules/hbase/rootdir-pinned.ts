import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { parseFsUri } from '../../src/rules-support/hdfs-namenodes.ts';
import { haNameservicesOf, hbaseProperty } from '../../src/rules-support/hbase.ts';

export default defineRule({
  meta: {
    id: 'hbase/rootdir-pinned',
    severity: 'warning',
    description: 'With HDFS HA configured, hbase.rootdir points at one NameNode instead of the nameservice',
    rationale:
      'Only a logical URI, `hdfs://<nameservice>/hbase`, makes HBase\'s HDFS client fail over between the ' +
      'NameNodes. `hdfs://<namenode host>:<port>/hbase` talks to that NameNode alone: while it is standby every ' +
      'write of the HMaster and the RegionServers fails with `StandbyException`, and when its host is down HBase ' +
      'aborts although the other NameNode is active, which defeats the HA of the HDFS underneath.\n\n' +
      'The NameNodes are those of the nameservices with two or more NameNodes in the snapshot\'s Hadoop ' +
      'configurations; `hdfs/defaultfs-pinned` is the same check for `fs.defaultFS`.',
    fix: 'Set `hbase.rootdir` to `hdfs://<nameservice>/hbase` (no port), and let HBase read the hdfs-site.xml that declares the nameservice.',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.rootdir',
      'HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L354-L364: clients use the logical URI',
    ],
  },
  check(cluster, report) {
    const services = haNameservicesOf(cluster);
    if (services.length === 0) return;
    for (const conf of cluster.hbaseConfs) {
      const p = hbaseProperty(conf, 'hbase.rootdir');
      const uri = p && parseFsUri(p);
      if (!uri || uri.scheme !== 'hdfs' || services.some((ns) => ns.id.value === uri.host.value)) continue;
      for (const ns of services) {
        const nn = ns.namenodes.find((n) => [n.rpc, n.servicerpc].some((a) => a?.host?.value.toLowerCase() === uri.host.value.toLowerCase()));
        if (!nn) continue;
        const address = nn.rpc ?? nn.servicerpc!;
        report({
          span: uri.value.span,
          message: `hbase.rootdir ${quote(uri.value.value)} points at NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so HBase does not fail over`,
          related: [{ span: locatedValue(address.property).span, message: `${nn.id.value}'s rpc-address is ${quote(address.property.value)}` }],
        });
        break;
      }
    }
  },
});
