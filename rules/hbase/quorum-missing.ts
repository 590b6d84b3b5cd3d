import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Cluster, HbaseConf } from '../../src/model/types.ts';
import type { Span } from '../../src/text/span.ts';
import { distinctHosts } from '../../src/rules-support/cluster-hosts.ts';
import { isLoopback } from '../../src/rules-support/name-resolution.ts';
import { ensembleEvidence, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';

/** A name only the host itself reaches: HBase's default quorum, or a loopback address. */
function isLocal(name: string): boolean {
  return name.toLowerCase() === 'localhost' || isLoopback(name);
}

/**
 * Why one "localhost" cannot be the quorum: HBase runs on several machines (host folders with
 * their own hbase-site.xml), or the snapshot's ensemble has several servers on other machines.
 * Without either, distributed HBase on one machine with its ZooKeeper there (the reference
 * guide's pseudo-distributed mode) is what the default is for.
 */
function evidenceOfSeveralMachines(cluster: Cluster, conf: HbaseConf): { span: Span; message: string } | undefined {
  const folders = distinctHosts(cluster.files.filter((f) => f.kind === 'hbase-site.xml' && f.host !== undefined).map((f) => f.host!));
  if (folders.length >= 2) {
    const other = cluster.files.find((f) => f.kind === 'hbase-site.xml' && f.host !== undefined && f.host !== conf.file.host);
    if (other) return { span: other.start, message: `${folders.length} hosts have an hbase-site.xml, ${quote(other.host!)} among them` };
  }
  const ensemble = primaryEnsemble(cluster);
  if (ensemble && distinctHosts(ensemble.names).length >= 2 && !ensemble.names.some(isLocal)) return ensembleEvidence(ensemble);
  return undefined;
}

export default defineRule({
  meta: {
    id: 'hbase/quorum-missing',
    severity: 'error',
    description: 'hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, so every HBase daemon looks for ZooKeeper on its own host',
    rationale:
      '`hbase.zookeeper.quorum` defaults to `localhost` ("By default this is set to localhost for local and ' +
      'pseudo-distributed modes of operation. For a fully-distributed setup, this should be set to a full list of ' +
      'ZooKeeper ensemble servers"). HBase builds its ZooKeeper connect string from it, so a distributed HBase ' +
      'without it has the master and every RegionServer connect to port 2181 of the machine it runs on: ' +
      'RegionServers on other hosts never find the master, or each finds a different ZooKeeper.\n\n' +
      'hacheck reports it only when the snapshot shows more than one machine: `hbase-site.xml` copies in two or more ' +
      'host folders, or a ZooKeeper ensemble of several servers that are not loopback names. One machine running ' +
      'HBase distributed with its own ZooKeeper (pseudo-distributed mode) is what the default is for.',
    fix:
      'Set `hbase.zookeeper.quorum` in hbase-site.xml on every HBase host to the ZooKeeper servers, for example ' +
      '`zk1,zk2,zk3` (with `hbase.zookeeper.property.clientPort` if they do not serve on 2181).',
    references: [
      'hbase-default.xml (apache/hbase @000e4d12) hbase.zookeeper.quorum: default localhost, "For a fully-distributed setup, this should be set to a full list of ZooKeeper ensemble servers"',
      'hbase-default.xml (apache/hbase @000e4d12) hbase.cluster.distributed: "false for standalone mode and true for distributed mode"',
      'ZKConfig.java (apache/hbase @0e20bbf6) getZKQuorumServersStringFromHbaseConfig: conf.getStrings(ZOOKEEPER_QUORUM, LOCALHOST)',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.hbaseConfs) {
      const flag = conf.effective['hbase.cluster.distributed'];
      // Configuration.getBoolean: "true" in any case; anything else leaves HBase standalone.
      if (!flag || flag.value.toLowerCase() !== 'true') continue;
      if (conf.effective['hbase.zookeeper.quorum'] !== undefined) continue;
      const evidence = evidenceOfSeveralMachines(cluster, conf);
      if (!evidence) continue;
      report({
        span: locatedValue(flag).span,
        message: `hbase.cluster.distributed is ${quote(flag.value)} but hbase.zookeeper.quorum is not set, so every HBase daemon connects to ZooKeeper on its own host (the default "localhost")`,
        related: [evidence],
      });
    }
  },
});
