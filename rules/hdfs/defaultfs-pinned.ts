import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { defaultFsUris, haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/defaultfs-pinned',
    severity: 'warning',
    description: 'With HA configured, fs.defaultFS points at one NameNode instead of the nameservice',
    rationale:
      'Only a logical URI, `hdfs://<nameservice>`, makes clients use the failover proxy provider and try ' +
      'the other NameNode when one is down or standby. `hdfs://<namenode host>:<port>` connects to that ' +
      'NameNode alone: while it is standby every client call fails with `StandbyException`, and when its ' +
      'host is down clients fail although the other NameNode is active.',
    fix: 'Set `fs.defaultFS` to `hdfs://<nameservice>` (no port).',
    references: ['HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364', 'NameNodeProxiesClient.java (3.4.1) L279-L300'],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const services = haNameservices(conf).filter(isHa);
      const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        const host = uri.host.value.toLowerCase();
        if (ids.includes(uri.host.value)) continue;
        for (const ns of services) {
          const nn = ns.namenodes.find((n) => n.rpc?.host?.value.toLowerCase() === host || n.servicerpc?.host?.value.toLowerCase() === host);
          if (!nn) continue;
          const address = nn.rpc ?? nn.servicerpc!;
          once({
            span: uri.value.span,
            message: `${quote(uri.value.value)} points at NameNode ${nn.id.value} of nameservice ${quote(ns.id.value)}, so clients do not fail over`,
            related: [{ span: locatedValue(address.property).span, message: `${nn.id.value}'s ${address === nn.rpc ? 'rpc-address' : 'servicerpc-address'} is ${quote(address.property.value)}` }],
          });
          break;
        }
      }
    }
  },
});
