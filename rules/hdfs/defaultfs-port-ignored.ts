import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { defaultFsUris, haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/defaultfs-port-ignored',
    severity: 'warning',
    description: 'fs.defaultFS gives port 8020 to a logical (HA) nameservice, where it is ignored',
    rationale:
      'Clients tolerate port 8020 on a logical URI (it equals the RPC default) and ignore it: the NameNodes\' ' +
      'ports come from their `rpc-address` keys. The port suggests a host and port that are not used, and ' +
      'changing it to anything else makes every client fail (see `hdfs/defaultfs-port`).',
    fix: 'Remove the port: `hdfs://<nameservice>`.',
    references: ['NameNodeProxiesClient.java (3.4.1) L260-L272', 'NameNodeProxies.java (2.7.7) L529-L540', 'HDFSHighAvailabilityWithQJM.md (3.4.1) L354-L364'],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ids = haNameservices(conf).filter(isHa).map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        if (!uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value) || Number(uri.port.value) !== 8020) continue;
        once({ span: uri.port.span, message: `${quote(uri.value.value)} gives port 8020 to the logical name ${quote(uri.host.value)}, which clients ignore` });
      }
    }
  },
});
