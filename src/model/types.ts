/**
 * The cluster model: everything rules may look at. It is built once from the
 * parsed files, then frozen; every value carries the span it was read from.
 */
import type { FileKind } from '../discover.ts';
import type { HadoopXml, XmlProperty } from '../parse/hadoop-xml.ts';
import type { HostList, Myid, TimeConfig } from '../parse/line-files.ts';
import type { EtcHosts } from '../parse/etc-hosts.ts';
import type { KafkaProperties } from '../parse/kafka-properties.ts';
import type { Suppression } from '../parse/suppressions.ts';
import type { ZooCfg, ZooServer } from '../parse/zoo-cfg.ts';
import type { Located, Span } from '../text/span.ts';
import type { XIncludeResult } from './xinclude.ts';
import type { DefinitionFile, DiscoveryPlan } from '../discovery/plan.ts';
import type { ContainerEnvFormat } from './container-env.ts';
import type { ImageFormat } from '../containers/images/types.ts';
import type { ContainerProblem, PublishedPort } from '../containers/types.ts';

interface FileBase {
  /** Relative to the linted directory, forward slashes. */
  readonly path: string;
  /** Host folder the file sits in, or undefined for a shared file. */
  readonly host: string | undefined;
  /** Content hash: identical copies share it. */
  readonly hash: string;
  readonly lineCount: number;
  /** Span of the file's first character, for findings about the file as a whole. */
  readonly start: Span;
  /** hacheck-disable-* comments, in order; the engine applies them after the rules ran. */
  readonly suppressions: readonly Suppression[];
  /** Set when a container sees this file: the service, where it sits in the container and how it got there (src/containers/). */
  readonly container?: ContainerOrigin;
}

/** How a file reached a container of a Compose project or Kubernetes manifests. */
export interface ContainerOrigin {
  /** The project's definition files, joined by " + " (the cluster's name). */
  readonly project: string;
  /** The Compose service or pod. */
  readonly service: string;
  /** Its absolute path inside the container. */
  readonly target: string;
  /** Written by the image's entrypoint from the environment, bind-mounted from the tree, or written in the definition (ConfigMap, inline config). */
  readonly via: 'environment' | 'mount' | 'inline';
  /** The image whose entrypoint wrote it, for `environment`. */
  readonly image?: ImageFormat;
}

export type XmlKind = 'core-site.xml' | 'hdfs-site.xml' | 'yarn-site.xml' | 'mapred-site.xml' | 'hbase-site.xml';
export interface XmlFile extends FileBase {
  readonly kind: XmlKind;
  /** Its properties include those of the files its xi:include elements bring in, at the include, with their own spans. */
  readonly xml: HadoopXml;
  /** Set when the file has xi:include elements: what became of each, and the files read (src/model/xinclude.ts). */
  readonly xinclude?: XIncludeResult;
  /** Set when an image's entrypoint writes this file from an environment file, which `path` and the spans name (src/model/container-env.ts). */
  readonly fromEnv?: EnvOrigin;
}

/** What an environment file became: the image formats its variables are in and the site files written from them. */
export interface EnvOrigin {
  readonly formats: readonly ContainerEnvFormat[];
  readonly kinds: readonly XmlKind[];
}
export interface ZooCfgFile extends FileBase { readonly kind: 'zoo.cfg' | 'zoo.cfg.dynamic'; readonly zoo: ZooCfg }
export interface MyidFile extends FileBase { readonly kind: 'myid'; readonly myid: Myid }
export interface HostListFile extends FileBase { readonly kind: 'slaves' | 'workers'; readonly list: HostList }
export interface TimeFile extends FileBase { readonly kind: 'ntp.conf' | 'chrony.conf'; readonly time: TimeConfig }
/** A Kafka broker configuration: server.properties (or server-N.properties). */
export interface KafkaFile extends FileBase { readonly kind: 'server.properties'; readonly kafka: KafkaProperties }
/** `<host folder>/etc/hosts`: never shared, it is that host's own name resolution. */
export interface HostsFile extends FileBase { readonly kind: 'hosts'; readonly etcHosts: EtcHosts }
export type ClusterFile = XmlFile | ZooCfgFile | MyidFile | HostListFile | TimeFile | KafkaFile | HostsFile;

/** A recognised file hacheck did not parse, so no other rule sees it. */
export interface UncheckedFile {
  readonly path: string;
  readonly kind: FileKind;
  /** Host folder the file sits in, or undefined for a shared file. */
  readonly host: string | undefined;
  /** Over the size limit, or holding NUL bytes (binary, or zero-filled by a crash). */
  readonly reason: 'too-large' | 'binary';
  readonly size: number;
  /** Where its finding goes: the first NUL byte of a binary file, else the file's start. */
  readonly span: Span;
  readonly lineCount: number;
}

export interface Version {
  readonly product: 'Hadoop' | 'ZooKeeper';
  readonly major: number;
  readonly minor: number;
  /** How the version was found: the configuration file, a folder's name or a container's image tag (`path`), the files' content, or not at all. */
  readonly source: 'config' | 'path' | 'evidence' | 'assumed';
  /** Where the evidence is, when there is a place to point at. */
  readonly evidence: Span | undefined;
  /** "3.4" or "2.7.7", for messages. */
  readonly label: string;
}

/** One definition of a property in a site file, as Hadoop's Configuration sees it. */
export interface ConfProperty {
  readonly name: string;
  readonly file: XmlFile;
  readonly prop: XmlProperty;
  /** The raw value (untrimmed), empty when <value> is missing. */
  readonly raw: string;
  /** The value with ${var} expanded and trimmed, as most Hadoop getters read it. */
  readonly value: string;
  /**
   * ${var} references that no property defines (left literal, as Hadoop leaves them), and
   * placeholders of deployment tools that nothing filled in (`@VAR@`, `$VAR`, `{{ var }}`,
   * src/text/template-placeholders.ts): rules skip a value that holds any.
   */
  readonly unresolved: readonly string[];
}

/**
 * A Hadoop configuration as one daemon loads it: core-site.xml then
 * hdfs-site.xml. Hosts whose copies have identical content share one.
 */
export interface HadoopConf {
  readonly files: readonly XmlFile[];
  readonly hosts: readonly string[];
  /** Every definition in load order, duplicates included. */
  readonly definitions: readonly ConfProperty[];
  /** The definition that wins per name (a final one cannot be overridden). */
  readonly effective: Readonly<Record<string, ConfProperty>>;
  readonly hdfs: HdfsTopology;
}

/** host:port as written in a Hadoop address value. */
export interface Address {
  readonly property: ConfProperty;
  readonly host: Located<string> | undefined;
  readonly port: Located<string> | undefined;
  /** The port as a number, undefined when missing or not a number. */
  readonly portNumber: number | undefined;
}

export interface NameNode {
  readonly nameservice: string;
  readonly id: Located<string>;
  readonly rpc: Address | undefined;
  readonly servicerpc: Address | undefined;
  readonly http: Address | undefined;
  readonly https: Address | undefined;
}

export interface Nameservice {
  readonly id: Located<string>;
  /** `dfs.ha.namenodes.<ns>`, when set. */
  readonly namenodesProperty: ConfProperty | undefined;
  readonly namenodes: readonly NameNode[];
}

export interface JournalQuorum {
  readonly property: ConfProperty;
  readonly hosts: readonly { readonly host: Located<string>; readonly port: Located<string> | undefined }[];
  readonly journalId: Located<string> | undefined;
}

export interface ZkConnectEntry {
  readonly host: Located<string>;
  readonly port: Located<string> | undefined;
}

export interface HdfsTopology {
  readonly nameservices: readonly Nameservice[];
  /** `dfs.namenode.shared.edits.dir` when it is a qjournal:// URI. */
  readonly journal: JournalQuorum | undefined;
  readonly automaticFailover: boolean;
  /** `ha.zookeeper.quorum` as the ZKFC reads it. */
  readonly zkQuorum: { readonly property: ConfProperty; readonly entries: readonly ZkConnectEntry[] } | undefined;
}

export type Role =
  | 'NameNode'
  | 'JournalNode'
  | 'ZKFC'
  | 'DataNode'
  | 'ZooKeeper'
  | 'ZooKeeperObserver'
  | 'ResourceManager'
  | 'NodeManager'
  | 'JobHistoryServer';

export interface RoleEvidence {
  readonly role: Role;
  /** Where the configuration places the role on this host. */
  readonly span: Span;
}

export interface PortUse {
  readonly port: number;
  readonly daemon: Role;
  /** What the port is for, e.g. "rpc-address" or "clientPort". */
  readonly purpose: string;
  /** Where the port is set; for a default port, where the daemon is placed. */
  readonly span: Span;
  readonly isDefault: boolean;
}

/** A file of a kind a host reads once, set aside for another copy of one name and other content. */
export interface CompetingCopy {
  readonly file: ClusterFile;
  /** The copy the model uses: the first in path order. */
  readonly used: ClusterFile;
  /** The host both copies belong to; undefined when both are shared. */
  readonly host: string | undefined;
}

/** How a folder was found to be a host's snapshot. */
export type FolderMatch =
  /** The folder's name is the host's name, short name or FQDN. */
  | 'name'
  /** The folder's name is an address that an etc/hosts in the tree maps to the host. */
  | 'address'
  /** The configuration file's `hosts:` maps the host to the folder. */
  | 'configured';

/** A host that is a container of a Compose project or Kubernetes manifests (src/containers/). */
export interface ContainerHost {
  /** The project's definition files joined by " + ". */
  readonly project: string;
  /** The Compose service, or the pod. */
  readonly service: string;
  /** Every name other containers reach it by (service name, hostname, container_name, aliases; a pod's DNS names), with where each is set. */
  readonly names: readonly Located<string>[];
  /** Ports the machine publishes for it (`"2182:2181"`): reachable there, not inside the network. */
  readonly published: readonly PublishedPort[];
  /** Names it resolves without DNS (`extra_hosts`, `hostAliases`). */
  readonly extraHosts: readonly Located<string>[];
  /** It shares the machine's network (`network_mode: host`, `hostNetwork: true`). */
  readonly hostNetwork: boolean;
  /** Several identical containers share its names (`deploy.replicas`, a Deployment). */
  readonly replicas: number | undefined;
  /** Its image reference, as written. */
  readonly image: Located<string> | undefined;
  /** Kubernetes: the headless Services' domains (lower-cased) below which a name is a pod of the project or nothing. Empty for Compose. */
  readonly podDomains: readonly string[];
}

export interface Host {
  readonly name: string;
  /** Set when the host is a container: its files are what the definition gives it, as a host folder's are its snapshot. */
  readonly container: ContainerHost | undefined;
  /** The folder that is this host's snapshot, if any: the first on a path, from the top, named after the host or its address. */
  readonly folder: string | undefined;
  /** How `folder` was matched to the host, when there is one. */
  readonly folderMatch: FolderMatch | undefined;
  readonly roles: readonly RoleEvidence[];
  /** The files this host uses: its own copy of a kind, else the shared one. */
  readonly files: Readonly<Partial<Record<FileKind, ClusterFile>>>;
  readonly conf: HadoopConf | undefined;
  readonly zoo: ZooCfgFile | undefined;
  /** This host's server.N line in its own zoo.cfg. */
  readonly zooServer: ZooServer | undefined;
  /** `<dataDir>/myid` inside the host folder. */
  readonly myid: MyidFile | undefined;
  /** myid files elsewhere in the host folder, which ZooKeeper never reads. */
  readonly strayMyids: readonly MyidFile[];
  readonly time: TimeFile | undefined;
  readonly ports: readonly PortUse[];
  /** The host's own `<folder>/etc/hosts`, if the snapshot holds it. */
  readonly etcHosts: HostsFile | undefined;
  /** The host's YARN and MapReduce configuration, when it has a yarn-site.xml or mapred-site.xml. */
  readonly yarn: YarnConf | undefined;
}

/** The ResourceManager services that HAUtil resolves per rm-id (YarnConfiguration.getServiceAddressConfKeys). */
export type RmService = 'address' | 'scheduler.address' | 'resource-tracker.address' | 'admin.address' | 'webapp.address' | 'webapp.https.address';

/** One ResourceManager: an rm-id of yarn.resourcemanager.ha.rm-ids, or the single RM without HA (id undefined). */
export interface ResourceManagerId {
  readonly id: Located<string> | undefined;
  /** `yarn.resourcemanager.hostname[.<rm-id>]`, when set (and not empty). */
  readonly hostname: ConfProperty | undefined;
  /** `yarn.resourcemanager.<service>[.<rm-id>]` per service, when set (and not empty). */
  readonly addresses: Readonly<Partial<Record<RmService, Address>>>;
  /** The host the RM runs on: its hostname, else the host of its address; undefined when unknown or a wildcard. */
  readonly host: Located<string> | undefined;
}

/** The ResourceManager topology of a YARN configuration (core-site.xml then yarn-site.xml, as the RM loads them). */
export interface YarnTopology {
  /** `yarn.resourcemanager.ha.enabled`, when set. */
  readonly haEnabledProperty: ConfProperty | undefined;
  readonly haEnabled: boolean;
  /** `yarn.resourcemanager.ha.rm-ids`, when set. */
  readonly rmIdsProperty: ConfProperty | undefined;
  /** The rm-ids with HA, else the one RM the generic keys describe (when they name a host). */
  readonly resourceManagers: readonly ResourceManagerId[];
  /** `yarn.resourcemanager.ha.id`, when set. */
  readonly haId: ConfProperty | undefined;
  /** `yarn.resourcemanager.cluster-id`, when set. */
  readonly clusterId: ConfProperty | undefined;
  /** HA with the embedded elector (automatic-failover.enabled and .embedded, both true by default). */
  readonly embeddedFailover: boolean;
  /** `yarn.resourcemanager.store.class` when it is ZKRMStateStore and recovery is enabled. */
  readonly zkStateStore: ConfProperty | undefined;
  /** The ZooKeeper address key this version reads (yarn.resourcemanager.zk-address on 2.x, hadoop.zk.address on 3.x). */
  readonly zkAddressKey: string;
  /** The ZooKeeper connect string the RM uses, when set. */
  readonly zkAddress: { readonly property: ConfProperty; readonly entries: readonly ZkConnectEntry[] } | undefined;
}

/**
 * A host's YARN and MapReduce configuration. `effective`/`definitions` are core-site.xml then
 * yarn-site.xml, as the ResourceManager and NodeManagers load them; `mapred` is core-site.xml,
 * mapred-site.xml then yarn-site.xml, as MapReduce (JobConf) loads them. Hosts whose three
 * copies are identical share one.
 */
export interface YarnConf extends Omit<HadoopConf, 'hdfs'> {
  readonly yarnSite: XmlFile | undefined;
  readonly mapredSite: XmlFile | undefined;
  readonly mapred: Omit<HadoopConf, 'hdfs' | 'hosts'> | undefined;
  readonly yarn: YarnTopology;
}

/**
 * An HBase configuration: one distinct hbase-site.xml content, read as HBaseConfiguration
 * reads it (Hadoop's Configuration: final, ${var}, last wins). Its hosts use that copy.
 */
export interface HbaseConf {
  readonly file: XmlFile;
  readonly hosts: readonly string[];
  readonly definitions: readonly ConfProperty[];
  readonly effective: Readonly<Record<string, ConfProperty>>;
}

export interface Cluster {
  /**
   * The cluster's folder relative to the linted directory, or its folders joined by " + "
   * (src/discovery/clusters.ts); "." when the directory is one cluster.
   */
  readonly name: string;
  readonly files: readonly ClusterFile[];
  /** One file per distinct content (the first path), for checks of a file on its own. */
  readonly distinctFiles: readonly ClusterFile[];
  readonly hosts: readonly Host[];
  /** Distinct Hadoop configurations (core+hdfs), the most common first. */
  readonly confs: readonly HadoopConf[];
  /** Distinct YARN/MapReduce configurations (core+yarn+mapred), the most common first. */
  readonly yarnConfs: readonly YarnConf[];
  /** Distinct zoo.cfg contents, the most common first. */
  readonly zooConfigs: readonly ZooCfgFile[];
  /** Distinct hbase-site.xml contents, in path order. */
  readonly hbaseConfs: readonly HbaseConf[];
  readonly hadoopVersion: Version;
  readonly zookeeperVersion: Version;
  /** The DataNode list Hadoop reads (workers on 3.x, else slaves). */
  readonly workers: HostListFile | undefined;
  /** True when the directory holds host folders (per-host snapshots). */
  readonly hasHostFolders: boolean;
  /** Top-level folders laid out like a host's snapshot that match no host, while others do: their files are read as shared. */
  readonly unmatchedFolders: readonly string[];
  /** Recognised files that could not be read: directories, FIFOs, links leading out of the tree, I/O errors. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  /** Recognised files that were read but not parsed (too large, binary); rules report them. */
  readonly unchecked: readonly UncheckedFile[];
  /** Files whose parser threw (hacheck's failure, reported as internal errors); they are missing from `files`. */
  readonly parseFailures: readonly { readonly path: string; readonly thrown: unknown }[];
  /** The size limit, in bytes, the files were read with. */
  readonly maxFileSize: number;
  /** Symbolic links to directories that were not followed (out of the tree, or looping back). */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** What discovery decided for every candidate file: what hacheck says it read is what it read. */
  readonly plan: DiscoveryPlan;
  /** Files that lose to another copy of one name, which the model uses instead (src/model/competing-copies.ts). */
  readonly competingCopies: readonly CompetingCopy[];
  /** For a container project: its definition files and the env files its containers load (findings point into them). */
  readonly definitions: readonly DefinitionFile[];
  /** For a container project: problems reading its definitions, and what its images ignore or cannot know (src/containers/). */
  readonly containerNotes: readonly ContainerProblem[];
  /** In the view of several clusters (src/model/merge-clusters.ts): their names, in path order. Absent in a cluster. */
  readonly clusterNames?: readonly string[];
}
