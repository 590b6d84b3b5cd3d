/**
 * Property names Hadoop reads that the *-default.xml files of 2.7.7 / 3.4.1
 * (src/knowledge/hadoop-defaults.generated.ts) leave out, and the suffixed and
 * patterned name families. Curated by hand; every entry cites its source
 * (see docs/reference/hadoop-zookeeper-facts.md for the keys H277, H341, XML277, XML341).
 * Used by hadoop/unknown-property: a name covered here is a real Hadoop key.
 */

export type HadoopMajor = '2' | '3';

export interface ExtraKey {
  readonly name: string;
  /** The major versions whose code reads the key although their default files omit it. */
  readonly versions: readonly HadoopMajor[];
  readonly source: string;
}

export const EXTRA_KEYS: readonly ExtraKey[] = [
  {
    name: 'dfs.journalnode.edits.dir',
    versions: ['2'],
    source: 'not in XML277; code default /tmp/hadoop/dfs/journalnode/ (DFSConfigKeys H277 L737-738), read by JN H277 L114-115',
  },
  {
    name: 'dfs.ha.zkfc.port',
    versions: ['2'],
    source: 'not in XML277; code default 8019 (DFSConfigKeys H277 L718-719)',
  },
  {
    name: 'dfs.client.failover.proxy.provider',
    versions: ['2'],
    source: 'prefix key, absent in XML277, read as dfs.client.failover.proxy.provider.<ns> (QJM-doc 2.7.7 L207-218; NameNodeProxies H277)',
  },
];

/** How a key may be suffixed with identifiers. */
export type SuffixKind =
  /** `.<ns>` or `.<ns>.<nn>` */
  | 'ns-nn'
  /** `.<ns>` only */
  | 'ns'
  /** `.<rm-id>` (YARN ResourceManager HA) */
  | 'rm';

export interface SuffixedKey {
  readonly name: string;
  readonly suffix: SuffixKind;
  readonly source: string;
}

const NAMENODE_SPECIFIC = 'NAMENODE_SPECIFIC_KEYS, NameNode H341 L317-344 (facts a.2 #14); lookup key.<ns>.<nn> -> key.<ns> -> key, DFSUtil H341 L1136-1148';
const ZKFC_KEYS = 'ZKFC_CONF_KEYS, ZKFC H341 L82-88 (facts a.2 #14); resolved with suffixes by DFSZKFC H341 L163';
const RM_HA = 'ResourceManagerHA.md (2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.<service>.address.rm-id and hostname.rm-id';

export const SUFFIXED_KEYS: readonly SuffixedKey[] = [
  ...[
    'dfs.namenode.rpc-address', 'dfs.namenode.rpc-bind-host', 'dfs.namenode.name.dir', 'dfs.namenode.edits.dir',
    'dfs.namenode.shared.edits.dir', 'dfs.namenode.checkpoint.dir', 'dfs.namenode.checkpoint.edits.dir',
    'dfs.namenode.lifeline.rpc-address', 'dfs.namenode.lifeline.rpc-bind-host', 'dfs.namenode.servicerpc-address',
    'dfs.namenode.servicerpc-bind-host', 'dfs.namenode.http-address', 'dfs.namenode.https-address',
    'dfs.namenode.http-bind-host', 'dfs.namenode.https-bind-host', 'dfs.namenode.keytab.file',
    'dfs.namenode.secondary.http-address', 'dfs.namenode.secondary.https-address', 'dfs.secondary.namenode.keytab.file',
    'dfs.namenode.backup.address', 'dfs.namenode.backup.http-address', 'dfs.namenode.backup.dnrpc-address',
    'dfs.namenode.kerberos.principal', 'dfs.namenode.kerberos.internal.spnego.principal', 'dfs.ha.fencing.methods',
    'dfs.ha.zkfc.port',
  ].map((name) => ({ name, suffix: 'ns-nn' as const, source: NAMENODE_SPECIFIC })),
  { name: 'dfs.ha.automatic-failover.enabled', suffix: 'ns', source: 'NAMESERVICE_SPECIFIC_KEYS, NameNode H341 L351-353' },
  ...['ha.zookeeper.quorum', 'ha.zookeeper.session-timeout.ms', 'ha.zookeeper.parent-znode', 'ha.zookeeper.acl', 'ha.zookeeper.auth']
    .map((name) => ({ name, suffix: 'ns-nn' as const, source: ZKFC_KEYS })),
  { name: 'dfs.ha.namenodes', suffix: 'ns', source: 'dfs.ha.namenodes.<ns> (XML277 hdfs:1273, XML341 hdfs:1875; QJM-doc 3.4.1 L117-130)' },
  { name: 'dfs.client.failover.proxy.provider', suffix: 'ns', source: 'PROXY_PROVIDER_KEY_PREFIX + "." + host, NNProxiesClient H341 L279-300' },
  { name: 'dfs.journalnode.edits.dir', suffix: 'ns', source: 'JN H341 L179-189 (3.x reads dfs.journalnode.edits.dir.<ns>)' },
  ...[
    'yarn.resourcemanager.hostname', 'yarn.resourcemanager.address', 'yarn.resourcemanager.scheduler.address',
    'yarn.resourcemanager.resource-tracker.address', 'yarn.resourcemanager.admin.address',
    'yarn.resourcemanager.webapp.address', 'yarn.resourcemanager.webapp.https.address',
  ].map((name) => ({ name, suffix: 'rm' as const, source: RM_HA })),
];

export interface NamePattern {
  readonly pattern: RegExp;
  readonly source: string;
}

/** Families of names built from a user-chosen part (a user, a scheme, a service, a port). */
export const NAME_PATTERNS: readonly NamePattern[] = [
  { pattern: /^hadoop\.proxyuser\.[^.]+(?:\.[^.]+)*\.(?:hosts|groups|users)$/, source: 'Superusers.md (hadoop-common site docs): hadoop.proxyuser.<user>.hosts/groups/users' },
  { pattern: /^fs\.[a-z][a-z0-9+.-]*\.impl(?:\.disable\.cache)?$/, source: 'FileSystem: "fs." + scheme + ".impl" and fs.<scheme>.impl.disable.cache' },
  { pattern: /^fs\.AbstractFileSystem\.[a-z][a-z0-9+.-]*\.impl$/, source: 'AbstractFileSystem: fs.AbstractFileSystem.<scheme>.impl (XML341 core:1113ff)' },
  { pattern: /^yarn\.nodemanager\.aux-services\.[A-Za-z_][A-Za-z0-9_]*\.(?:class|classpath|remote-classpath|system-classes)$/, source: 'yarn.nodemanager.aux-services.<service>.class (XML277 yarn, yarn.nodemanager.aux-services.mapreduce_shuffle.class)' },
  { pattern: /^ipc\.\d+\./, source: 'ipc.[port_number].* (XML341 core:2595ff)' },
];

/**
 * Prefixes of keys that belong to components whose defaults live in other
 * files (capacity/fair scheduler, router-based federation, KMS, HttpFS, cloud
 * connectors) or to other products (HBase, Spark, ...). A name under one of
 * them is never reported as unknown: hacheck has no list to compare it with.
 */
export const FOREIGN_PREFIXES: readonly string[] = [
  'yarn.scheduler.capacity.', 'yarn.scheduler.fair.', 'yarn.service.', 'dfs.federation.router.', 'hadoop.kms.', 'httpfs.',
  'fs.s3a.', 'fs.s3.', 'fs.s3n.', 'fs.azure.', 'fs.gs.', 'fs.adl.', 'fs.oss.', 'fs.cosn.', 'fs.obs.', 'fs.swift.', 'fs.viewfs.',
  'hadoop.security.group.mapping.provider.', 'hadoop.http.authentication.', 'hadoop.registry.',
  'hbase.', 'hive.', 'spark.', 'tez.', 'zookeeper.', 'oozie.', 'phoenix.', 'kafka.', 'flink.', 'livy.', 'hue.', 'ranger.',
  'atlas.', 'knox.', 'sqoop.', 'impala.', 'kylin.', 'alluxio.', 'presto.', 'trino.',
];
