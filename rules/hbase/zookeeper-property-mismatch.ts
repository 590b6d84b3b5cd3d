import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { HostIndex } from '../../src/model/host-index.ts';
import type { Cluster, ZkConnectEntry, ZooCfgFile } from '../../src/model/types.ts';
import type { ZooServer } from '../../src/parse/zoo-cfg.ts';
import { trimLocated } from '../../src/text/sub-span.ts';
import { hbaseProperty, quorumEntries } from '../../src/rules-support/hbase.ts';
import { comparable, ensembleValue, hbaseZkProperties, sameSetting } from '../../src/rules-support/hbase-zookeeper-properties.ts';
import { serverSetOf } from '../../src/rules-support/zookeeper.ts';

// A quorum of thousands of entries against thousands of server lines: one index per server
// list keeps the lookup linear (see host-index.ts), as compareWithEnsemble does.
const SERVER_OF_HOST = new HostIndex<ZooServer>((s) => s.addresses.map((a) => a.host.value));

/** The zoo.cfg files whose servers include a host of HBase's quorum: the ensemble HBase connects to. */
function ensemblesOf(cluster: Cluster, entries: readonly ZkConnectEntry[]): ZooCfgFile[] {
  const hosts = entries.map((e) => trimLocated(e.host).value).filter((h) => h !== '');
  return cluster.zooConfigs.filter((zoo) => {
    const servers = serverSetOf(cluster, zoo)?.servers ?? [];
    return hosts.some((h) => SERVER_OF_HOST.first(servers, h) !== undefined);
  });
}

export default defineRule({
  meta: {
    id: 'hbase/zookeeper-property-mismatch',
    severity: 'info',
    description: 'An hbase.zookeeper.property.* setting differs from the zoo.cfg of the external ensemble HBase connects to, where it has no effect',
    rationale:
      'HBase copies every `hbase.zookeeper.property.<key>` of hbase-site.xml, prefix removed, into the configuration ' +
      'of the ZooKeeper server it starts itself when it manages ZooKeeper (`HBASE_MANAGES_ZK=true`, `HQuorumPeer`). ' +
      'When the ensemble is external (its own zoo.cfg, as here), the master, the RegionServers and HBase clients are ' +
      'only ZooKeeper clients: of these keys they read `clientPort` alone, as the port of each `hbase.zookeeper.quorum` ' +
      'entry written without one. `tickTime`, `maxClientCnxns`, `dataDir`, `initLimit`, `syncLimit` and the others ' +
      'are settings of the servers, which read their zoo.cfg. Nor does HBase read the ensemble\'s zoo.cfg: current ' +
      '`ZKConfig.makeZKProps` builds the properties from hbase-site.xml only, and the older releases that could read ' +
      'a zoo.cfg on the classpath (deprecated since 0.96) did so only with `hbase.config.read.zookeeper.config=true`, ' +
      'default false.\n\n' +
      'A value that differs from what the ensemble uses (zoo.cfg\'s line, or ZooKeeper\'s default for `tickTime` 3000, ' +
      '`maxClientCnxns` 60, `autopurge.purgeInterval` 0 and `autopurge.snapRetainCount` 3) is what an operator reads ' +
      'and believes, for example 300 connections per client where the servers allow 60: worth knowing, not an error.\n\n' +
      'hacheck reports it only for a distributed HBase (`hbase.cluster.distributed=true`; standalone HBase runs its own ' +
      'ZooKeeper in the master with these settings) whose quorum names a server of a zoo.cfg in the snapshot, and only ' +
      'for keys ZooKeeper has (not the client TLS keys such as `ssl.keyStore.location`, which HBase 2.5+ gives its own ' +
      'ZooKeeper client). A `clientPort` that HBase dials because a quorum entry has no port is ' +
      '`hbase/zookeeper-quorum-mismatch`\'s error, not this rule\'s; here it is reported only when every entry carries ' +
      'its own port, so that HBase never uses it.',
    fix:
      'Remove the `hbase.zookeeper.property.*` settings that only the ZooKeeper servers use from hbase-site.xml (set ' +
      'them in zoo.cfg), or make them equal to zoo.cfg.',
    references: [
      'ZKConfig.java (apache/hbase @02dd2567) L28-32 (only hbase-site.xml is read), L57-102 makeZKPropsFromHbaseConfig (prefix stripped, every key copied, server.N built from hbase.zookeeper.quorum)',
      'ZKConfig.java (apache/hbase @02dd2567) L108-115 getZKQuorumServersStringFromHbaseConfig, buildZKQuorumServerString: clientPort is the port of an entry without one',
      'zookeeper.adoc (apache/hbase reference guide) "When HBase manages the ZooKeeper ensemble, you can specify ZooKeeper configuration directly in conf/hbase-site.xml"; "Using existing ZooKeeper ensemble"',
      'TestZKConfig.java (apache/hbase master) testZooKeeperTlsProperties: client.secure, clientCnxnSocket, ssl.* go to the client\'s ZKClientConfig',
      'hbase-default.xml (HBase 1.x) hbase.config.read.zookeeper.config: default false, "the functionality of reading ZK properties from a zoo.cfg file has been deprecated"; ZKConfig.parseZooCfg (HBase 1.x): "@deprecated in 0.96 onwards. HBase will no longer rely on zoo.cfg availability"',
      'ZooKeeperServer.java (ZooKeeper 3.4.14) L103 DEFAULT_TICK_TIME = 3000; QuorumPeerConfig.java (3.4.14) maxClientCnxns = 60, L77 purgeInterval = 0, L95 snapRetainCount = 3',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.hbaseConfs) {
      // Standalone HBase starts its own ZooKeeper with these settings: they are that server's.
      if (conf.effective['hbase.cluster.distributed']?.value.toLowerCase() !== 'true') continue;
      const quorum = hbaseProperty(conf, 'hbase.zookeeper.quorum');
      if (!quorum) continue;
      const entries = quorumEntries(quorum);
      const ensembles = ensemblesOf(cluster, entries);
      const zoo = ensembles[0];
      // No zoo.cfg of those hosts: HBase may manage ZooKeeper, and these keys configure it.
      if (!zoo) continue;
      const everyEntryHasPort = entries.every((e) => e.port !== undefined && trimLocated(e.port).value !== '');
      for (const { property, zkKey, key } of hbaseZkProperties(conf)) {
        // HBase dials clientPort for an entry without a port: hbase/zookeeper-quorum-mismatch compares that.
        if (zkKey === 'clientPort' && !everyEntryHasPort) continue;
        const used = ensembles.map((z) => ensembleValue(z.zoo, zkKey));
        const first = used[0];
        if (!first || used.some((u) => u === undefined)) continue;
        if (!comparable(key, property.value, first.value)) continue;
        // Several zoo.cfg of the ensemble (per-host copies, instances): any one agreeing is enough.
        if (used.some((u) => u && sameSetting(key, property.value, u.value))) continue;
        const why = zkKey === 'clientPort'
          ? 'every hbase.zookeeper.quorum entry has its own port, so HBase does not use it'
          : 'HBase does not manage that ensemble, so the setting has no effect';
        report({
          span: locatedValue(property).span,
          message: `${property.name} is ${quote(property.value)}, but the ZooKeeper ensemble HBase connects to uses ${quote(first.value)}; ${why}`,
          related: [
            first.entry
              ? { span: first.entry.value.span, message: `${zkKey} is ${quote(first.value)}` }
              : { span: zoo.start, message: `this zoo.cfg does not set ${zkKey}, so ZooKeeper uses its default ${first.value}` },
          ],
        });
      }
    }
  },
});
