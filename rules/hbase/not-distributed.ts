import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { distinctHosts } from '../../src/rules-support/cluster-hosts.ts';
import { hbaseProperty, quorumEntries } from '../../src/rules-support/hbase.ts';
import { trimLocated } from '../../src/text/sub-span.ts';

export default defineRule({
  meta: {
    id: 'hbase/not-distributed',
    severity: 'error',
    description: 'hbase-site.xml configures a ZooKeeper quorum of several servers but hbase.cluster.distributed is not true',
    rationale:
      '`hbase.cluster.distributed` defaults to `false`, standalone mode: "startup will run all HBase and ' +
      'ZooKeeper daemons together in the one JVM". A master started that way runs its own ZooKeeper and region ' +
      'server in-process instead of joining the configured ensemble, so RegionServers on the other hosts never ' +
      'find it, and several such masters over one `hbase.rootdir` corrupt each other\'s data. A quorum of several ' +
      'servers shows a distributed deployment was meant; forgetting the flag, or writing it in a way ' +
      "Configuration.getBoolean does not read as true (`yes`, `1`), is the usual cause.",
    fix: 'Set `hbase.cluster.distributed` to `true` in hbase-site.xml on every HBase host.',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.cluster.distributed: default false, "If false, startup will run all HBase and ZooKeeper daemons together in the one JVM"',
      'HBase Reference Guide, "Distributed" (hbase.cluster.distributed=true for pseudo- and fully-distributed)',
      'Configuration.getBoolean (Hadoop): "true"/"false" ignoring case, anything else is the default',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.hbaseConfs) {
      const quorum = hbaseProperty(conf, 'hbase.zookeeper.quorum');
      if (!quorum) continue;
      const servers = distinctHosts(quorumEntries(quorum).map((e) => trimLocated(e.host).value));
      if (servers.length < 2) continue;
      const flag = conf.effective['hbase.cluster.distributed'];
      if (flag && flag.unresolved.length > 0) continue;
      if (flag?.value.toLowerCase() === 'true') continue;
      const quorumNote = { span: locatedValue(quorum).span, message: `hbase.zookeeper.quorum lists ${servers.length} servers` };
      report(flag
        ? {
            span: locatedValue(flag).span,
            message: `hbase.cluster.distributed is ${quote(flag.value)}, so HBase runs standalone with its own ZooKeeper instead of the quorum of ${servers.length} servers`,
            related: [quorumNote],
          }
        : {
            span: locatedValue(quorum).span,
            message: `hbase.cluster.distributed is not set (default false), so HBase runs standalone with its own ZooKeeper instead of this quorum of ${servers.length} servers`,
          });
    }
  },
});
