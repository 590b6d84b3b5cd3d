/**
 * The cluster's topology as hacheck reads it, as plain data for the text,
 * Markdown and Mermaid renderers: what an operator checks by hand after
 * setting a cluster up (which host runs what, the quorums and what they
 * survive, how failover is fenced, what `jps` must show on each host).
 */
import { HDFS_PORTS, portFor } from '../knowledge/default-ports.ts';
import { parseAddress } from '../model/hdfs-topology.ts';
import { namenodesOnHost } from '../model/daemons-on-host.ts';
import type { Cluster, HadoopConf, Host, NameNode, Version } from '../model/types.ts';
import { zooValue, type ZooServer } from '../parse/zoo-cfg.ts';
import { fenceLines, fencingProperties, SSH_KEY_FILES } from '../rules-support/hdfs-fencing.ts';
import { participants, roleOf, serverSetOf, toleratedFailures } from '../rules-support/zookeeper.ts';
import { jpsNames } from './daemons.ts';

export interface VersionSummary {
  readonly product: Version['product'];
  readonly label: string;
  readonly source: Version['source'];
  /** The file (and line, for evidence) the version was read from; undefined when assumed. */
  readonly from: string | undefined;
}

export interface HostSummary {
  readonly name: string;
  /** NameNode ids placed on this host: `nn1`, or `ns/nn1` when there are several nameservices. */
  readonly namenodes: readonly string[];
  readonly zkfc: boolean;
  readonly journalNode: boolean;
  readonly dataNode: boolean;
  readonly zookeeper: 'participant' | 'observer' | undefined;
  readonly resourceManager: boolean;
  readonly nodeManager: boolean;
  readonly jobHistoryServer: boolean;
  /** The Java main classes `jps` should list on this host. */
  readonly daemons: readonly string[];
}

export interface PortSummary {
  readonly port: number | undefined;
  /** No address sets it: the version's default applies. */
  readonly isDefault: boolean;
}

export interface NameNodeSummary {
  readonly id: string;
  /** The name HostSummary.namenodes uses for it (`nn1` or `ns/nn1`). */
  readonly name: string;
  readonly host: string | undefined;
  /** Undefined when the rpc-address is missing or has no valid port. */
  readonly rpcPort: number | undefined;
  readonly httpPort: PortSummary;
}

export interface NameserviceSummary {
  readonly id: string;
  readonly namenodes: readonly NameNodeSummary[];
}

export interface QuorumSummary {
  /** `host:port` as written in the qjournal URI. */
  readonly journalNodes: readonly string[];
  readonly journalId: string | undefined;
  readonly toleratedFailures: number;
}

export interface ZooServerSummary {
  readonly id: string;
  /** The address part of the server.N line: `host:quorumPort:electionPort`. */
  readonly address: string;
}

export interface EnsembleSummary {
  /** The zoo.cfg (or dynamic file) the server list comes from. */
  readonly file: string;
  readonly voters: readonly ZooServerSummary[];
  readonly observers: readonly ZooServerSummary[];
  readonly toleratedFailures: number;
  readonly clientPort: string | undefined;
  /** Other distinct zoo.cfg contents in the directory, not summarised. */
  readonly otherConfigs: number;
}

export interface FailoverSummary {
  readonly automatic: boolean;
  /** `ha.zookeeper.quorum` as written. */
  readonly zkQuorum: string | undefined;
  /** The fencing methods, one line each, in the order the ZKFC tries them. */
  readonly fencing: readonly string[];
  /** `dfs.ha.fencing.ssh.private-key-files` when sshfence is configured (null: not set). */
  readonly sshKeyFiles: string | null | undefined;
}

export interface HadoopConfSummary {
  /** The hdfs-site.xml (else core-site.xml) the topology is read from. */
  readonly file: string;
  /** How many hosts use identical copies of it (0: a shared file). */
  readonly hosts: number;
  readonly totalHosts: number;
  /** Other distinct configurations in the directory, not summarised. */
  readonly others: number;
}

export interface ClusterSummary {
  readonly versions: readonly VersionSummary[];
  readonly conf: HadoopConfSummary | undefined;
  readonly hosts: readonly HostSummary[];
  readonly nameservices: readonly NameserviceSummary[];
  readonly journal: QuorumSummary | undefined;
  readonly ensemble: EnsembleSummary | undefined;
  readonly failover: FailoverSummary | undefined;
}

function versionSummary(v: Version): VersionSummary {
  const e = v.evidence;
  const from = e === undefined ? undefined : v.source === 'path' ? e.file : `${e.file}:${e.line}`;
  return { product: v.product, label: v.label, source: v.source, from };
}

/** NameNode ids repeat across nameservices: qualified when there are several. */
function namenodeName(ns: string, nn: string, multipleNameservices: boolean): string {
  return multipleNameservices ? `${ns}/${nn}` : nn;
}

function hostSummary(host: Host, multipleNameservices: boolean): HostSummary {
  const has = (role: string) => host.roles.some((r) => r.role === role);
  const namenodes = host.conf ? namenodesOnHost(host.conf.hdfs, host.name).map(({ ns, nn }) => namenodeName(ns.id.value, nn.id.value, multipleNameservices)) : [];
  return {
    name: host.name,
    namenodes,
    zkfc: has('ZKFC'),
    journalNode: has('JournalNode'),
    dataNode: has('DataNode'),
    zookeeper: has('ZooKeeper') ? 'participant' : has('ZooKeeperObserver') ? 'observer' : undefined,
    resourceManager: has('ResourceManager'),
    nodeManager: has('NodeManager'),
    jobHistoryServer: has('JobHistoryServer'),
    daemons: jpsNames(host.roles.map((r) => r.role)),
  };
}

/** The http port a NameNode binds: its own key, else the generic key, else the version's default (as placement counts it). */
function httpPort(conf: HadoopConf, nn: NameNode, hadoop: Version): PortSummary {
  if (nn.http?.portNumber !== undefined) return { port: nn.http.portNumber, isDefault: false };
  const generic = conf.effective['dfs.namenode.http-address'];
  const port = generic && generic.value !== '' ? parseAddress(generic).portNumber : undefined;
  if (port !== undefined) return { port, isDefault: false };
  return { port: portFor(HDFS_PORTS.namenodeHttp, hadoop.major), isDefault: true };
}

function nameservices(conf: HadoopConf, hadoop: Version, multipleNameservices: boolean): NameserviceSummary[] {
  return conf.hdfs.nameservices.map((ns) => ({
    id: ns.id.value,
    namenodes: ns.namenodes.map((nn) => ({
      id: nn.id.value,
      name: namenodeName(ns.id.value, nn.id.value, multipleNameservices),
      host: nn.rpc?.host?.value,
      rpcPort: nn.rpc?.portNumber,
      httpPort: httpPort(conf, nn, hadoop),
    })),
  }));
}

function journal(conf: HadoopConf): QuorumSummary | undefined {
  const j = conf.hdfs.journal;
  if (!j) return undefined;
  const journalNodes = j.hosts.map((h) => (h.port ? `${h.host.value}:${h.port.value}` : h.host.value));
  return { journalNodes, journalId: j.journalId?.value, toleratedFailures: toleratedFailures(journalNodes.length) };
}

function ensemble(cluster: Cluster): EnsembleSummary | undefined {
  // The zoo.cfg most hosts use; zookeeper/server-list-drift reports the others.
  const zoo = cluster.zooConfigs[0];
  if (!zoo) return undefined;
  const set = serverSetOf(cluster, zoo);
  const servers = set?.servers ?? [];
  // The server part of the line, before the 3.5+ `;clientPort` part.
  const describe = (s: ZooServer) => ({ id: s.id.value, address: s.entry.value.value.split(';')[0]! });
  const voters = participants(servers).map(describe);
  const observers = servers.filter((s) => roleOf(s) === 'observer').map(describe);
  const clientPort = servers.find((s) => s.client)?.client?.port.value ?? zooValue(zoo.zoo, 'clientPort')?.value.value;
  return {
    file: (set?.file ?? zoo).path,
    voters,
    observers,
    // A standalone server (no server.N line) survives no failure either.
    toleratedFailures: toleratedFailures(Math.max(voters.length, 1)),
    clientPort,
    otherConfigs: cluster.zooConfigs.length - 1,
  };
}

function failover(conf: HadoopConf, hadoop: Version): FailoverSummary | undefined {
  if (conf.hdfs.nameservices.length === 0) return undefined;
  const fencing = fencingProperties(conf).flatMap((p) => fenceLines(p, hadoop).map((l) => l.line.value));
  const sshfence = fencing.some((m) => m === 'sshfence' || m.startsWith('sshfence('));
  const key = conf.effective[SSH_KEY_FILES];
  return {
    automatic: conf.hdfs.automaticFailover,
    zkQuorum: conf.hdfs.zkQuorum?.property.value,
    fencing,
    sshKeyFiles: sshfence ? (key && key.value !== '' ? key.value : null) : undefined,
  };
}

/** The summary of a cluster model: a pure function of it. */
export function summarize(cluster: Cluster): ClusterSummary {
  // The configuration most hosts use; cluster/config-drift reports the others.
  const conf = cluster.confs[0];
  const multipleNameservices = cluster.confs.some((c) => c.hdfs.nameservices.length > 1);
  const confFile = conf?.files.find((f) => f.kind === 'hdfs-site.xml') ?? conf?.files[0];
  return {
    versions: [versionSummary(cluster.hadoopVersion), versionSummary(cluster.zookeeperVersion)],
    conf: conf && confFile ? { file: confFile.path, hosts: conf.hosts.length, totalHosts: cluster.hosts.length, others: cluster.confs.length - 1 } : undefined,
    hosts: cluster.hosts.map((h) => hostSummary(h, multipleNameservices)),
    nameservices: conf ? nameservices(conf, cluster.hadoopVersion, multipleNameservices) : [],
    journal: conf ? journal(conf) : undefined,
    ensemble: ensemble(cluster),
    failover: conf ? failover(conf, cluster.hadoopVersion) : undefined,
  };
}
