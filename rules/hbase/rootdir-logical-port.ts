import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { rootdirPortsOnLogicalNames } from '../../src/rules-support/hbase.ts';

export default defineRule({
  meta: {
    id: 'hbase/rootdir-logical-port',
    severity: 'error',
    description: 'hbase.rootdir gives a port other than 8020 to a logical (HA) nameservice',
    rationale:
      'On an HA HDFS, `hbase.rootdir` should name the nameservice, `hdfs://<nameservice>/hbase`, so that HBase goes ' +
      "through the failover proxy provider. A logical name has no port: the NameNodes' ports are in their " +
      '`dfs.namenode.rpc-address.<ns>.<nn>` keys, and the HDFS client refuses a logical URI with a port other than ' +
      'the RPC default 8020 ("Port <port> specified in URI <uri> but host \'<ns>\' is a logical (HA) namenode and does ' +
      'not use port information."). The HMaster then fails at startup, and so does every RegionServer. ' +
      'Tutorials written for a single NameNode (`hdfs://namenode:9000/hbase`) are the usual source.\n\n' +
      'The nameservices are those with two or more NameNodes in the snapshot\'s Hadoop configurations; ' +
      '`hdfs/defaultfs-port` is the same check for `fs.defaultFS`.',
    fix: 'Remove the port: `hdfs://<nameservice>/hbase`, and make sure HBase reads the hdfs-site.xml that declares the nameservice (HBASE_CLASSPATH or a copy in conf/).',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.rootdir: "The URL should be \'fully-qualified\' to include the filesystem scheme"',
      'HBase Reference Guide, "Fully-distributed" configuration: hbase.rootdir on HDFS',
      'NameNodeProxiesClient.java (Hadoop 3.4.1) L260-L272; NameNodeProxies.java (2.7.7) L529-L540',
    ],
    upstreamMessage: "Port <port> specified in URI <uri> but host '<ns>' is a logical (HA) namenode and does not use port information.",
  },
  check(cluster, report) {
    for (const { uri, portText, port } of rootdirPortsOnLogicalNames(cluster)) {
      if (port === 8020) continue;
      report({
        span: portText.span,
        message: `hbase.rootdir ${quote(uri.value.value)} gives port ${portText.value} to the logical name ${quote(uri.host.value)}, which the HDFS client rejects`,
      });
    }
  },
});
