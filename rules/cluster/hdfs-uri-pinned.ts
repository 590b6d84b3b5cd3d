import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { sameMachine } from '../../src/rules-support/cluster-hosts.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyEffectiveProperty, hdfsUrisIn } from '../../src/rules-support/hdfs-uris.ts';
import { haNameservicesOf } from '../../src/rules-support/hbase.ts';

/** Keys with their own rule: hdfs/defaultfs-pinned and hbase/rootdir-pinned. */
const OWN_RULE = new Set(['fs.defaultFS', 'fs.default.name', 'hbase.rootdir']);

export default defineRule({
  meta: {
    id: 'cluster/hdfs-uri-pinned',
    severity: 'warning',
    description: 'With HDFS HA configured, a path property (log, staging, history, framework dirs, ...) names one NameNode instead of the nameservice',
    rationale:
      'Only a logical URI, `hdfs://<nameservice>/path`, makes the HDFS client use the failover proxy provider. ' +
      'An `hdfs://<namenode host>:<port>/path` URI connects to that NameNode alone, whatever key holds it: ' +
      '`yarn.nodemanager.remote-app-log-dir` (log aggregation), `mapreduce.jobhistory.done-dir` and ' +
      '`intermediate-done-dir`, `yarn.app.mapreduce.am.staging-dir`, `mapreduce.application.framework.path`, the ' +
      'timeline service\'s fs paths, a ViewFS mount link. It works while that NameNode is active; after a failover every ' +
      'access fails with `StandbyException` (jobs fail to submit, logs are not aggregated, history is lost), and when ' +
      'its host is down they fail although the other NameNode is active.\n\n' +
      'A URI counts as pinned when its host is the host of a NameNode rpc or servicerpc address of a nameservice with two ' +
      'or more NameNodes, and its port, when given, is that address\'s port. `fs.defaultFS` and `hbase.rootdir` have ' +
      'their own rules (`hdfs/defaultfs-pinned`, `hbase/rootdir-pinned`).',
    fix: 'Write the path with the nameservice, `hdfs://<nameservice>/path` (no port), or without a scheme (`/path`), which resolves against `fs.defaultFS`.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364: clients use the logical URI',
      'NameNodeProxiesClient.java (3.4.1) L279-L300: a failover proxy only for a logical URI',
      'yarn-default.xml (3.4.1) yarn.nodemanager.remote-app-log-dir; mapred-default.xml (3.4.1) yarn.app.mapreduce.am.staging-dir, mapreduce.jobhistory.done-dir, mapreduce.application.framework.path',
    ],
  },
  check(cluster, report) {
    const services = haNameservicesOf(cluster);
    if (services.length === 0) return;
    const ids = new Set(services.map((ns) => ns.id.value));
    const once = reportOnce(report);
    for (const p of everyEffectiveProperty(cluster)) {
      if (OWN_RULE.has(p.name) || p.unresolved.length > 0 || !/hdfs:\/\//i.test(p.value)) continue;
      // The first pinned URI of a value is reported: a list of them is one mistake, not one per item.
      uris: for (const uri of hdfsUrisIn(p)) {
        if (uri.host.value === '' || ids.has(uri.host.value)) continue;
        for (const ns of services) {
          const match = ns.namenodes.flatMap((nn) => ([[nn.rpc, 'rpc-address'], [nn.servicerpc, 'servicerpc-address']] as const)
            .filter(([a]) => a?.host && sameMachine(a.host.value, uri.host.value) && (uri.port === undefined || a.portNumber === uri.port))
            .map(([a, role]) => ({ nn, address: a!, role })))[0];
          if (!match) continue;
          const { nn, address, role } = match;
          once({
            span: uri.uri.span,
            message: `${p.name} ${quote(uri.uri.value)} names NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so it fails while that NameNode is standby`,
            related: [{ span: locatedValue(address.property).span, message: `${nn.id.value}'s ${role} is ${quote(address.property.value)}` }],
          });
          break uris;
        }
      }
    }
  },
});
