import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { defaultFsUris, haNameservices, isHa, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/defaultfs-port',
    severity: 'error',
    description: 'fs.defaultFS gives a port other than 8020 to a logical (HA) nameservice',
    rationale:
      'A logical URI names a nameservice, not a host, and the failover proxy provider finds the NameNodes\' ' +
      'ports in their `rpc-address` keys. Clients refuse a logical URI with a port, except the RPC default ' +
      '8020 which they tolerate: `hdfs://mycluster:9000` fails every client call.',
    fix: 'Remove the port: `hdfs://<nameservice>`. The NameNodes\' ports belong in `dfs.namenode.rpc-address.<ns>.<nn>`.',
    references: [
      'NameNodeProxiesClient.java (3.4.1) L260-L272',
      'NameNodeProxies.java (2.7.7) L529-L540',
      'HdfsClientConfigKeys.java (3.4.1) L83 (DFS_NAMENODE_RPC_PORT_DEFAULT = 8020)',
    ],
    upstreamMessage: "Port <port> specified in URI <uri> but host '<ns>' is a logical (HA) namenode and does not use port information.",
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ids = haNameservices(conf).filter(isHa).map((ns) => ns.id.value);
      for (const uri of defaultFsUris(conf)) {
        if (!uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value) || Number(uri.port.value) === 8020) continue;
        once({ span: uri.port.span, message: `${quote(uri.value.value)} gives port ${uri.port.value} to the logical name ${quote(uri.host.value)}, which clients reject` });
      }
    }
  },
});
