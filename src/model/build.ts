import { realpathSync } from 'node:fs';
import { posix } from 'node:path';
import { discover, type FileKind } from '../discover.ts';
import { onlyTracked } from '../git/tracked-filter.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import { buildConf } from './hadoop-conf.ts';
import { hdfsTopology } from './hdfs-topology.ts';
import { HostIndex } from './host-index.ts';
import { hostKey, isIpAddress, isWildcard } from './host-names.ts';
import { loadFiles } from './load.ts';
import { hostOfAddress, unmatchedHostFolders } from './host-folders.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../read/read-regular-file.ts';
import { withHost } from './copies.ts';
import { placeDaemons } from './placement.ts';
import { buildYarnConfs } from './yarn-topology.ts';
import type { ZooServer } from '../parse/zoo-cfg.ts';
import type { Cluster, ClusterFile, HadoopConf, HbaseConf, Host, HostListFile, MyidFile, XmlFile, ZooCfgFile } from './types.ts';
import { planOf } from '../discovery/plan-of.ts';
import type { SetAside } from '../discovery/plan.ts';
import { RUNTIME_DYNAMIC_FILE } from '../discovery/names.ts';
import { configuredVersion, detectHadoopVersion, detectZookeeperVersion } from './versions.ts';

/** The first server.N line naming a host, for every host of a zoo.cfg of thousands of lines. */
const SERVER_OF_HOST = new HostIndex<ZooServer>((s) => s.addresses.map((a) => a.host.value));

/** Hosts named anywhere in the configuration, by key, with the first spelling seen. */
function namedHosts(files: readonly ClusterFile[]): Map<string, string> {
  const names = new Map<string, string>();
  // Identical copies name the same hosts in the same order: read each content once.
  const hashes = new Set<string>();
  const add = (name: string | undefined) => {
    const n = name?.trim();
    if (!n || isWildcard(n) || /[${}@\s]/.test(n)) return;
    const key = hostKey(n);
    if (!names.has(key)) names.set(key, n);
  };
  for (const f of files) {
    if (hashes.has(f.hash)) continue;
    hashes.add(f.hash);
    if (f.kind === 'zoo.cfg' || f.kind === 'zoo.cfg.dynamic') {
      for (const s of f.zoo.servers) for (const a of s.addresses) add(a.host.value);
    } else if (f.kind === 'slaves' || f.kind === 'workers') {
      for (const h of f.list.hosts) add(h.value);
    } else if ('xml' in f) {
      for (const p of f.xml.properties) addFromProperty(p.name.value, p.value?.value.trim() ?? '', add);
    }
  }
  return names;
}

function addFromProperty(name: string, value: string, add: (n: string | undefined) => void): void {
  const hostOf = (v: string) => v.replace(/^[a-z]+:\/\//, '').split('/')[0]!.replace(/:[^:]*$/, '');
  if (/^dfs\.namenode\.(rpc|servicerpc|http|https)-address\./.test(name)) add(hostOf(value));
  else if (name.startsWith('dfs.namenode.shared.edits.dir') && value.startsWith('qjournal://')) {
    for (const h of value.slice('qjournal://'.length).split('/')[0]!.split(';')) add(hostOf(h));
  } else if (name.startsWith('ha.zookeeper.quorum')) {
    for (const h of value.split('/')[0]!.split(',')) add(hostOf(h.trim()));
  } else if (name.startsWith('yarn.resourcemanager.hostname')) add(value);
  else if (/^yarn\.resourcemanager\.(address|scheduler\.address|resource-tracker\.address|admin\.address|webapp\.address|webapp\.https\.address)\./.test(name)) add(hostOf(value));
  else if (name === 'mapreduce.jobhistory.address') add(hostOf(value));
}

/**
 * A folder such as hadoop-2.7.7 or zookeeper-3.4.14 is a release, not the host
 * hadoop-2 or zookeeper-3 under some domain: a domain name's last label is
 * never all digits (RFC 3696 section 2), unless the name is an IP address.
 */
function isReleaseFolder(name: string): boolean {
  return /\.\d+$/.test(name) && !isIpAddress(name);
}

function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

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

/** Reads a cluster directory into the model. */
export async function buildCluster(root: string, options: BuildOptions = {}): Promise<Cluster> {
  const found = onlyTracked(options.tracked, await discover(root, options.ignore ? { ignore: options.ignore } : {}));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = await loadFiles(found.files, { maxFileSize, realRoot: realpathSync(root) });
  const runtime = runtimeFiles(found.files.filter((f) => f.runtime).map((f) => f.path), read.files);
  const loaded = { ...read, files: read.files.filter((f) => !runtime.has(f.path)) };
  const setAside: SetAside[] = [...found.setAside, ...read.setAside, ...[...runtime].map((path) => ({ path, reason: 'runtime file' as const }))];
  const names = namedHosts(loaded.files);

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
    if (configured.some((c) => f.path.startsWith(`${c.folder}/`))) continue;
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
  const unmatchedFolders = unmatchedHostFolders(
    loaded.files.map((f) => f.path).filter((p) => hostOfPath(p) === undefined),
    new Set([...hostOfFolder.keys(), ...configured.map((c) => c.folder.split('/')[0]!)]),
    isReleaseFolder,
  );
  const files: ClusterFile[] = loaded.files.flatMap((f) => {
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

  const filesOfHost = groupByKey(files.filter((f) => f.host !== undefined), (f) => f.host!);
  const drafts: HostDraft[] = [...names.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, name]) => ({
      name,
      folder: folderOf.get(key),
      files: { ...shared, ...firstOfKind(filesOfHost.get(name) ?? []) },
    }));

  const hadoopVersion = options.versions?.hadoop ? configuredVersion('Hadoop', options.versions.hadoop) : detectHadoopVersion(files);
  const zookeeperVersion = options.versions?.zookeeper ? configuredVersion('ZooKeeper', options.versions.zookeeper) : detectZookeeperVersion(files);

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
      return { ...base, hdfs: hdfsTopology(base, hadoopVersion) };
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

  const hosts: Host[] = drafts.map((d) => {
    const conf = confOfHost.get(d.name);
    const zoo = d.files['zoo.cfg'] as ZooCfgFile | undefined;
    const zooServer = zoo ? SERVER_OF_HOST.first(zoo.zoo.servers, d.name) : undefined;
    const yarn = yarnConfs.ofHost.get(d.name);
    const placement = placeDaemons({ host: d.name, conf, zoo, zooServer, workers, hadoop: hadoopVersion, zookeeper: zookeeperVersion, yarn });
    const myids = (filesOfHost.get(d.name) ?? []).filter((f): f is MyidFile => f.kind === 'myid');
    const myid = d.folder && zoo ? myids.find((f) => isExpectedMyid(f.path, d.folder!, zoo)) : undefined;
    const time = d.files['ntp.conf'] ?? d.files['chrony.conf'];
    return {
      name: d.name,
      folder: d.folder,
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
  const unreadable = [...found.unreadable, ...loaded.failures].sort(byPath);
  const unchecked = loaded.unchecked.map((u) => ({ ...u, host: hostOfPath(u.path) }));
  const cluster: Cluster = {
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
    hasHostFolders: folderOf.size > 0,
    unmatchedFolders,
    unreadable,
    unchecked,
    parseFailures: loaded.parseFailures,
    maxFileSize,
    skipped: found.skipped,
    plan: planOf({ files, setAside, unreadable, unchecked, parseFailures: loaded.parseFailures, hosts }),
  };
  return cluster;
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

/**
 * ZooKeeper reads myid from `new File(dataDir, "myid")`. An absolute dataDir names one path
 * in the host folder (`..` stops at the root, as on the host). A relative one is resolved
 * against ZooKeeper's working directory, which a snapshot does not record: the folder that
 * holds it is unknown, so this returns undefined for it (see isExpectedMyid).
 */
export function expectedMyidPath(folder: string, zoo: ZooCfgFile): string | undefined {
  const dataDir = zooValue(zoo.zoo, 'dataDir')?.value.value;
  if (!dataDir || !dataDir.startsWith('/')) return undefined;
  return `${folder}${posix.normalize(`${dataDir}/myid`)}`;
}

/**
 * Whether ZooKeeper on the host of `folder` can read the myid at `path`: the path is
 * `<dataDir>/myid` for an absolute dataDir; for a relative one, `<dataDir>/myid` below some
 * directory of the host (any directory can be the working directory).
 */
export function isExpectedMyid(path: string, folder: string, zoo: ZooCfgFile): boolean {
  const dataDir = zooValue(zoo.zoo, 'dataDir')?.value.value;
  if (!dataDir) return false;
  if (dataDir.startsWith('/')) return path === expectedMyidPath(folder, zoo);
  const rel = posix.normalize(`${dataDir}/myid`);
  if (rel.startsWith('../')) return false;
  return path.startsWith(`${folder}/`) && `/${path.slice(folder.length + 1)}`.endsWith(`/${rel}`);
}
