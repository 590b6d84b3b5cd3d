import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { rootdirPortsOnLogicalNames } from '../../src/rules-support/hbase.ts';

export default defineRule({
  meta: {
    id: 'hbase/rootdir-port-ignored',
    severity: 'warning',
    description: 'hbase.rootdir gives port 8020 to a logical (HA) nameservice, where it is ignored',
    rationale:
      "The HDFS client tolerates port 8020 on a logical URI only because it equals the RPC default, and ignores it: " +
      "the NameNodes' ports come from their `dfs.namenode.rpc-address.<ns>.<nn>` keys. The port reads as if HBase " +
      'talked to one host and port, which it does not, and changing it to anything else stops the HMaster and every ' +
      'RegionServer (see `hbase/rootdir-logical-port`). `hdfs/defaultfs-port-ignored` is the same check for `fs.defaultFS`.',
    fix: 'Remove the port: `hdfs://<nameservice>/hbase`.',
    references: [
      'NameNodeProxiesClient.java (Hadoop 3.4.1) L260-L272; NameNodeProxies.java (2.7.7) L529-L540: a logical URI with a port other than 8020 is refused',
      'HdfsClientConfigKeys.java (3.4.1) L83: DFS_NAMENODE_RPC_PORT_DEFAULT = 8020',
    ],
  },
  check(cluster, report) {
    for (const { uri, portText, port } of rootdirPortsOnLogicalNames(cluster)) {
      if (port !== 8020) continue;
      report({
        span: portText.span,
        message: `hbase.rootdir ${quote(uri.value.value)} gives port 8020 to the logical name ${quote(uri.host.value)}, which the HDFS client ignores`,
      });
    }
  },
});
