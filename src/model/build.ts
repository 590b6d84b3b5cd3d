import { realpathSync } from 'node:fs';
import { posix } from 'node:path';
import { discover, type FileKind } from '../discover.ts';
import { onlyTracked } from '../git/tracked-filter.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import { buildConf } from './hadoop-conf.ts';
import { hdfsTopology } from './hdfs-topology.ts';
import { HostIndex } from './host-index.ts';
import { hostKey, isIpAddress } from './host-names.ts';
import { namedHosts } from './named-hosts.ts';
import { loadFiles } from './load.ts';
import { hostOfAddress, isReleaseFolder, unmatchedHostFolders } from './host-folders.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../read/read-regular-file.ts';
import { withHost } from './copies.ts';
import { competingCopies } from './competing-copies.ts';
import { placeDaemons } from './placement.ts';
import { isExpectedMyid, mountedMyid } from './myid-path.ts';
import { ownWildcardLine } from './own-line.ts';
import { buildYarnConfs } from './yarn-topology.ts';
import type { ZooServer } from '../parse/zoo-cfg.ts';
import type { Cluster, ClusterFile, ContainerHost, FolderMatch, HadoopConf, HbaseConf, Host, HostListFile, MyidFile, UncheckedFile, XmlFile, ZooCfgFile } from './types.ts';
import { planOf } from '../discovery/plan-of.ts';
import { partitionClusters, type ClusterPart } from '../discovery/clusters.ts';
import { mergeClusters } from './merge-clusters.ts';
import type { DefinitionFile, SetAside } from '../discovery/plan.ts';
import { RUNTIME_DYNAMIC_FILE } from '../discovery/names.ts';
import { kraftSamplesBesideZookeeperMode } from '../discovery/kraft-samples.ts';
import { configuredVersion, detectHadoopVersion, detectZookeeperVersion } from './versions.ts';
import { byPath } from './by-path.ts';
import { isContainerDefinition } from '../containers/definition-files.ts';
import type { ContainerProjects } from '../containers/read-projects.ts';
import { containerMyid } from '../containers/container-myid.ts';
import type { ContainerProblem } from '../containers/types.ts';

/** The first server.N line naming a host, for every host of a zoo.cfg of thousands of lines. */
const SERVER_OF_HOST = new HostIndex<ZooServer>((s) => s.addresses.map((a) => a.host.value));

/** The first file of each kind in path order. */
function firstOfKind(files: readonly ClusterFile[]): Partial<Record<FileKind, ClusterFile>> {
  const out: Partial<Record<FileKind, ClusterFile>> = {};
  for (const f of files) out[f.kind] ??= f;
  return out;
}

/** Groups items by a key, in first-seen order. */
function groupByKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  return [...groupByKey(items, key).values()];
}

interface HostDraft {
  name: string;
  folder: string | undefined;
  folderMatch: FolderMatch | undefined;
  files: Partial<Record<FileKind, ClusterFile>>;
}

/** What the configuration file (src/config/) tells the model; every field optional, the defaults unchanged. */
export interface BuildOptions {
  /** Host name -> its snapshot folder, relative to the root, for folders not named after their host. */
  readonly hosts?: Readonly<Record<string, string>>;
  /** Releases the cluster runs ("2.7.7", "3.4"); they win over the evidence in the directory. */
  readonly versions?: { readonly hadoop?: string; readonly zookeeper?: string };
  /** Globs, relative to the root, that discovery skips. */
  readonly ignore?: readonly string[];
  /** Files larger than this many bytes are reported (syntax/file-too-large), not read. */
  readonly maxFileSize?: number;
  /** With --tracked-only: the paths, relative to the root, that git tracks; discovery reads nothing else. */
  readonly tracked?: ReadonlySet<string>;
}

/** Reads a cluster directory into the model: the whole directory when it holds one cluster, else a view of all its clusters (for output only). */
export async function buildCluster(root: string, options: BuildOptions = {}): Promise<Cluster> {
  return mergeClusters(await buildClusters(root, options));
}

/** Reads a directory into one model per cluster it holds (src/discovery/clusters.ts), in path order. */
export async function buildClusters(root: string, options: BuildOptions = {}): Promise<Cluster[]> {
  const found = onlyTracked(options.tracked, await discover(root, options.ignore ? { ignore: options.ignore } : {}));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = await loadFiles(found.files.filter((f) => !isContainerDefinition(f)), { maxFileSize, realRoot: realpathSync(root) });
  const runtime = runtimeFiles(found.files.filter((f) => f.runtime).map((f) => f.path), read.files);
  const kraftSamples = kraftSamplesBesideZookeeperMode(read.files);
  const samplePaths = new Set(kraftSamples.map((k) => k.path));
  const loaded = read.files.filter((f) => !runtime.has(f.path) && !samplePaths.has(f.path));
  const setAside: SetAside[] = [...found.setAside, ...read.setAside, ...[...runtime].map((path) => ({ path, reason: 'runtime file' as const })), ...kraftSamples];
  // Containers (Compose services, pods) see the files their definitions give them: each project is a cluster of its own,
  // and the tree files it mounts or loads as env files are its, not the tree's.
  // The container readers (and the yaml package they use) load only when the tree holds a YAML file.
  const containers: ContainerProjects = found.files.some(isContainerDefinition)
    ? await (await import('../containers/read-projects.ts')).readContainerProjects(found.files, loaded, { root, maxFileSize })
    : { projects: [], setAside: [] };
  const taken = new Set(containers.projects.flatMap((p) => [...p.paths]));
  const plain = loaded.filter((f) => !taken.has(f.path));
  const projectOf = (path: string) => containers.projects.findIndex((p) => p.paths.has(path));
  const partition = partitionClusters(plain, Object.values(options.hosts ?? {}));
  // Without a file of the tree's own, the tree's part is only where its other candidates (set aside, unreadable) are listed.
  const keepPlain = plain.length > 0 || containers.projects.length === 0;
  const plainCount = keepPlain ? partition.parts.length : 0;
  const partOf = (path: string) => {
    const project = projectOf(path);
    if (project >= 0) return plainCount + project;
    return keepPlain ? partition.partOf(path) : 0;
  };
  const mine = <T extends { readonly path: string }>(items: readonly T[], i: number) => items.filter((x) => partOf(x.path) === i);
  const parts: ClusterPart[] = [...(keepPlain ? partition.parts : []), ...containers.projects.map((p) => p.part)];
  const allSetAside = [...setAside, ...containers.setAside];
  return parts.map((part, i) =>
    modelCluster(part, {
      files: i < plainCount ? mine(plain, i) : containers.projects[i - plainCount]!.files,
      setAside: mine(allSetAside, i),
      unreadable: [...mine(found.unreadable, i), ...mine(read.failures, i)],
      skipped: mine(found.skipped, i),
      unchecked: mine(read.unchecked, i),
      parseFailures: mine(read.parseFailures, i),
      hosts: i < plainCount ? Object.fromEntries(Object.entries(options.hosts ?? {}).filter(([, folder]) => partition.partOf(`${folder}/`) === i)) : {},
      versions: options.versions,
      maxFileSize,
      containerNotes: i < plainCount ? [] : containers.projects[i - plainCount]!.notes,
      containerHosts: i < plainCount ? new Map() : containers.projects[i - plainCount]!.hosts,
      definitions: i < plainCount ? [] : containers.projects[i - plainCount]!.definitions,
    }),
  );
}

/** What one cluster is made of: its share of what discovery found and read. */
interface ClusterInputs {
  readonly files: readonly ClusterFile[];
  readonly setAside: readonly SetAside[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  readonly unchecked: readonly Omit<UncheckedFile, 'host'>[];
  readonly parseFailures: readonly { readonly path: string; readonly thrown: unknown }[];
  readonly hosts: Readonly<Record<string, string>>;
  readonly versions: BuildOptions['versions'];
  readonly maxFileSize: number;
  /** Problems reading a container project's definitions, and what its images ignore (src/containers/). */
  readonly containerNotes: readonly ContainerProblem[];
  /** The containers of a container project, by their host name in the model. */
  readonly containerHosts: ReadonlyMap<string, ContainerHost>;
  /** A container project's definition files, for the files listing. */
  readonly definitions: readonly DefinitionFile[];
}

function modelCluster(part: ClusterPart, input: ClusterInputs): Cluster {
  const options = input;
  const loaded = { files: input.files };
  const setAside: SetAside[] = [...input.setAside];
  const names = namedHosts(loaded.files);
  // A container is a host whatever the configuration names: the model's name for it was chosen from its names (src/containers/project-files.ts).
  const containerOf = input.containerHosts;
  // Its files name it by that name, whatever spelling the configuration used first (kafka-0 for kafka-0.kafka).
  for (const host of containerOf.keys()) names.set(hostKey(host), host);

  // Configured folders come first: the host exists even when no file names it, and the
  // folder is its snapshot whatever its name. Longest first, so a nested folder wins.
  const configured = Object.entries(options.hosts ?? {})
    .map(([host, folder]) => ({ key: hostKey(host), host, folder }))
    .sort((a, b) => b.folder.length - a.folder.length);
  const folderOf = new Map<string, string>();
  for (const c of configured) {
    if (!names.has(c.key)) names.set(c.key, c.host);
    folderOf.set(c.key, c.folder);
  }
  const configuredKeys = new Set(configured.map((c) => c.key));
  const configuredFolders = new Set(configured.map((c) => c.folder));
  // A folder at any depth is a host snapshot when its name is a configured host, or an IP
  // address that the tree's own etc/hosts files map to one: on each file's path, the first
  // such folder from the top (snapshots/2024-05-01/nn1/etc/...). A folder named by its host
  // wins over one named by its address.
  const addressHost = hostOfAddress(loaded.files, names);
  const hostOfFolder = new Map<string, string>();
  // Two folders of one host by name (nn1/, nn1.example.com/): the last in path order is its snapshot, as before.
  const claim = (folder: string, key: string) => {
    if (configuredKeys.has(key) || configuredFolders.has(folder)) return;
    const previous = folderOf.get(key);
    if (previous !== undefined) hostOfFolder.delete(previous);
    folderOf.set(key, folder);
    hostOfFolder.set(folder, key);
  };
  const byName = new Map<string, string>();
  const byAddress = new Map<string, string>();
  for (const f of loaded.files) {
    // A container's files are its, wherever they sit in the tree.
    if (f.container || configured.some((c) => f.path.startsWith(`${c.folder}/`))) continue;
    const segments = f.path.split('/').slice(0, -1);
    for (let i = 0; i < segments.length; i++) {
      const name = segments[i]!;
      const folder = segments.slice(0, i + 1).join('/');
      if (names.has(hostKey(name))) {
        if (isReleaseFolder(name)) continue;
        if (!byName.has(folder)) byName.set(folder, hostKey(name));
        break;
      }
      const key = addressHost.get(name.toLowerCase());
      if (key !== undefined) {
        if (!byAddress.has(folder)) byAddress.set(folder, key);
        break;
      }
    }
  }
  for (const [folder, key] of byName) claim(folder, key);
  for (const [folder, key] of byAddress) if (!folderOf.has(key)) claim(folder, key);
  const matchOf = (key: string): FolderMatch | undefined => {
    const folder = folderOf.get(key);
    if (folder === undefined) return undefined;
    return configuredKeys.has(key) ? 'configured' : byName.get(folder) === key ? 'name' : 'address';
  };
  const folderOfHost = (host: string): string | undefined => folderOf.get(hostKey(host));
  const hostOfPath = (path: string): string | undefined => {
    const c = configured.find((x) => path.startsWith(`${x.folder}/`));
    if (c) return names.get(c.key);
    for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      const key = hostOfFolder.get(path.slice(0, slash));
      if (key !== undefined) return names.get(key);
    }
    return undefined;
  };
  // Relative to the cluster's own folder: clusters/staging/10.0.0.9/etc/ is a snapshot folder of staging.
  const inRoot = (path: string) => (part.root === '' ? path : path.slice(part.root.length + 1));
  const unmatchedFolders = unmatchedHostFolders(
    loaded.files.map((f) => f.path).filter((p) => hostOfPath(p) === undefined && (part.root === '' || p.startsWith(`${part.root}/`))).map(inRoot),
    new Set([...hostOfFolder.keys(), ...configured.map((c) => c.folder)].map(inRoot).map((f) => f.split('/')[0]!)),
    isReleaseFolder,
  ).map((f) => (part.root === '' ? f : `${part.root}/${f}`));
  const files: ClusterFile[] = loaded.files.flatMap((f) => {
    if (f.container) return [f];
    const host = hostOfPath(f.path);
    // /etc/hosts is a host's own: read only at <host folder>/etc/hosts, never shared.
    if (f.kind === 'hosts' && (host === undefined || f.path !== `${folderOfHost(host)}/etc/hosts`)) {
      setAside.push({ path: f.path, reason: 'not in a host folder' });
      return [];
    }
    return [host === undefined ? f : withHost(f, host)];
  });
  files.sort(byPath);
  const shared = firstOfKind(files.filter((f) => f.host === undefined));
  const competing = competingCopies(files.filter((f) => f.host === undefined), shared, undefined);

  const filesOfHost = groupByKey(files.filter((f) => f.host !== undefined), (f) => f.host!);
  const drafts: HostDraft[] = [...names.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, name]) => ({
      name,
      folder: folderOf.get(key),
      folderMatch: matchOf(key),
      files: { ...shared, ...firstOfKind(filesOfHost.get(name) ?? []) },
    }));
  for (const [host, own] of filesOfHost) for (const c of competingCopies(own, firstOfKind(own), host)) competing.push(c);

  const images = [...containerOf.values()].flatMap((c) => (c.image ? [c.image] : []));
  const hadoopVersion = options.versions?.hadoop ? configuredVersion('Hadoop', options.versions.hadoop) : detectHadoopVersion(files, images);
  const zookeeperVersion = options.versions?.zookeeper ? configuredVersion('ZooKeeper', options.versions.zookeeper) : detectZookeeperVersion(files, images);

  // Distinct Hadoop configurations: hosts whose core-site and hdfs-site copies are identical share one.
  const xmlPair = (d: { files: Partial<Record<FileKind, ClusterFile>> }) =>
    [d.files['core-site.xml'], d.files['hdfs-site.xml']].filter((f): f is XmlFile => f !== undefined);
  const candidates = [
    ...drafts.map((d) => ({ host: d.name as string | undefined, pair: xmlPair(d) })),
    { host: undefined, pair: xmlPair({ files: shared }) },
  ].filter((c) => c.pair.length > 0);
  const confGroups = groupBy(candidates, (c) => c.pair.map((f) => f.hash).join('|'));
  const confs: HadoopConf[] = confGroups
    .map((group) => {
      const rep = [...group].sort((a, b) => byPath(a.pair[0]!, b.pair[0]!))[0]!;
      const hosts = group.flatMap((c) => (c.host === undefined ? [] : [c.host]));
      const base = buildConf(rep.pair, hosts, hadoopVersion);
      return { files: base.files, hosts: base.hosts, definitions: base.definitions, effective: base.effective, hdfs: hdfsTopology(base, hadoopVersion) };
    })
    .sort((a, b) => b.hosts.length - a.hosts.length || byPath(a.files[0]!, b.files[0]!));
  const confOfHost = new Map<string, HadoopConf>();
  for (const c of confs) for (const h of c.hosts) confOfHost.set(h, c);

  // Distinct YARN/MapReduce configurations (core+yarn+mapred), grouped like confs.
  const yarnConfs = buildYarnConfs([...drafts.map((d) => ({ host: d.name as string | undefined, files: d.files })), { host: undefined, files: shared }], hadoopVersion, byPath);

  const zooFiles = files.filter((f): f is ZooCfgFile => f.kind === 'zoo.cfg');
  const zooUsers = new Map<string, number>();
  for (const d of drafts) {
    const z = d.files['zoo.cfg'];
    if (z) zooUsers.set(z.hash, (zooUsers.get(z.hash) ?? 0) + 1);
  }
  const zooConfigs = groupBy(zooFiles, (f) => f.hash)
    .map((g) => ({ rep: g[0]!, users: zooUsers.get(g[0]!.hash) ?? 0 }))
    .sort((a, b) => b.users - a.users || byPath(a.rep, b.rep))
    .map((g) => g.rep);

  const workers = pickWorkers(files, hadoopVersion.major);

  const anyMyidAtDataDir = drafts.some((d) => {
    const zoo = d.files['zoo.cfg'] as ZooCfgFile | undefined;
    return d.folder !== undefined && zoo !== undefined && (filesOfHost.get(d.name) ?? []).some((f) => f.kind === 'myid' && isExpectedMyid(f.path, d.folder!, zoo));
  });
  const hosts: Host[] = drafts.map((d) => {
    const conf = confOfHost.get(d.name);
    const zoo = d.files['zoo.cfg'] as ZooCfgFile | undefined;
    // A host its own copy does not name may be its wildcard line (src/model/own-line.ts).
    const container = containerOf.get(d.name);
    const zooServer = zoo ? SERVER_OF_HOST.first(zoo.zoo.servers, d.name) ?? (d.folder !== undefined || container ? ownWildcardLine(zoo.zoo.servers) : undefined) : undefined;
    const yarn = yarnConfs.ofHost.get(d.name);
    const placement = placeDaemons({ host: d.name, conf, zoo, zooServer, workers, hadoop: hadoopVersion, zookeeper: zookeeperVersion, yarn });
    const myids = (filesOfHost.get(d.name) ?? []).filter((f): f is MyidFile => f.kind === 'myid');
    const found = d.folder && zoo ? myids.find((f) => isExpectedMyid(f.path, d.folder!, zoo)) : undefined;
    // Folders where some myid sits at its dataDir are copies of the hosts' file systems: paths count there.
    const myid = container ? containerMyid(myids, zoo) : found ?? (d.folder && zoo && !anyMyidAtDataDir ? mountedMyid(filesOfHost.get(d.name) ?? [], zoo, d.name) : undefined);
    const time = d.files['ntp.conf'] ?? d.files['chrony.conf'];
    return {
      name: d.name,
      container,
      folder: d.folder,
      folderMatch: d.folderMatch,
      roles: placement.roles,
      files: d.files,
      conf,
      zoo,
      zooServer,
      myid,
      strayMyids: zoo ? myids.filter((f) => f !== myid) : [],
      time: time && (time.kind === 'ntp.conf' || time.kind === 'chrony.conf') ? time : undefined,
      ports: placement.ports,
      etcHosts: d.files.hosts?.kind === 'hosts' ? d.files.hosts : undefined,
      yarn,
    };
  });

  // Distinct hbase-site.xml contents; a host uses its own copy, else the shared one.
  const hbaseGroups = groupByKey(
    [...drafts.map((d) => ({ host: d.name as string | undefined, file: d.files['hbase-site.xml'] })), { host: undefined, file: shared['hbase-site.xml'] }]
      .filter((c): c is { host: string | undefined; file: XmlFile } => c.file?.kind === 'hbase-site.xml'),
    (c) => c.file.hash,
  );
  const hbaseConfs: HbaseConf[] = [...hbaseGroups.values()]
    .map((group) => {
      const file = [...group].sort((a, b) => byPath(a.file, b.file))[0]!.file;
      const hosts = group.flatMap((c) => (c.host === undefined ? [] : [c.host]));
      const { definitions, effective } = buildConf([file], hosts, hadoopVersion);
      return { file, hosts, definitions, effective };
    })
    .sort((a, b) => byPath(a.file, b.file));

  const distinct = groupBy(files, (f) => f.hash).map((g) => g[0]!);
  const unreadable = [...input.unreadable].sort(byPath);
  const unchecked = input.unchecked.map((u) => ({ ...u, host: hostOfPath(u.path) }));
  const cluster: Cluster = {
    name: part.name,
    files,
    distinctFiles: distinct.sort(byPath),
    hosts,
    confs,
    yarnConfs: yarnConfs.confs,
    zooConfigs,
    hbaseConfs,
    hadoopVersion,
    zookeeperVersion,
    workers,
    hasHostFolders: folderOf.size > 0 || containerOf.size > 0,
    containerNotes: [...input.containerNotes, ...unseenMyids(hosts)],
    definitions: input.definitions,
    unmatchedFolders,
    unreadable,
    unchecked,
    competingCopies: competing,
    parseFailures: input.parseFailures,
    maxFileSize: input.maxFileSize,
    skipped: input.skipped,
    plan: planOf({ files, setAside, unreadable, unchecked, parseFailures: input.parseFailures, hosts, competing, definitions: input.definitions }),
  };
  return cluster;
}

/**
 * A container that runs a ZooKeeper server of an ensemble but gets no myid from its definition:
 * its command or an init container writes it at start (the Kubernetes StatefulSet pattern derives
 * it from the pod's ordinal), which hacheck does not run. Said, not guessed: zookeeper/myid-missing
 * leaves such a container out.
 */
function unseenMyids(hosts: readonly Host[]): ContainerProblem[] {
  return hosts.flatMap((h) => {
    if (!h.container || !h.zoo || h.myid || h.strayMyids.length > 0 || h.zoo.zoo.servers.length < 2 || !h.zooServer) return [];
    const span = h.container.names[0]?.span ?? h.zoo.start;
    return [{ span, kind: 'unknown' as const, message: `no myid reaches ${h.name} from its definition, so it is written when the container starts (by its command or an init container) and is not checked here` }];
  });
}

/**
 * The runtime files (zoo.cfg.dynamic.next) among `paths` that no zoo.cfg names with
 * dynamicConfigFile: ZooKeeper wrote them mid-reconfiguration, no server reads them at start.
 */
function runtimeFiles(paths: readonly string[], files: readonly ClusterFile[]): Set<string> {
  if (paths.length === 0) return new Set();
  const named = files.some((f) => f.kind === 'zoo.cfg' && posix.basename(zooValue(f.zoo, 'dynamicConfigFile')?.value.value ?? '') === RUNTIME_DYNAMIC_FILE);
  return new Set(named ? [] : paths);
}

/** Hadoop 3 reads workers (slaves only as a deprecated fallback); Hadoop 2 reads slaves. */
function pickWorkers(files: readonly ClusterFile[], major: number): HostListFile | undefined {
  const lists = files.filter((f): f is HostListFile => f.kind === 'workers' || f.kind === 'slaves');
  const workers = lists.find((f) => f.kind === 'workers');
  const slaves = lists.find((f) => f.kind === 'slaves');
  return major >= 3 ? workers ?? slaves : slaves;
}
