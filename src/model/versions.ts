import type { ClusterFile, Version } from './types.ts';
import type { Located } from '../text/span.ts';
import { imageRelease } from '../containers/image-versions.ts';

/** The newest releases hacheck knows; assumed when nothing in the snapshot tells. */
export const NEWEST_HADOOP = { major: 3, minor: 4, label: '3.4' };
export const NEWEST_ZOOKEEPER = { major: 3, minor: 9, label: '3.9' };

const HADOOP_DIR = /(?:^|\/)hadoop-(\d+)\.(\d+)(?:\.(\d+))?[^/]*\//;
const ZOOKEEPER_DIR = /(?:^|\/)(?:apache-)?zookeeper-(\d+)\.(\d+)(?:\.(\d+))?[^/]*\//;

function fromPath(files: readonly ClusterFile[], re: RegExp, product: Version['product']): Version | undefined {
  for (const f of files) {
    const m = re.exec(f.path);
    if (!m) continue;
    const label = [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.');
    return { product, major: Number(m[1]), minor: Number(m[2]), source: 'path', evidence: f.start, label };
  }
  return undefined;
}

/** The release the first container image naming one runs (src/containers/image-versions.ts): a release named, as a folder names it. */
function fromImage(images: readonly Located<string>[], product: Version['product']): Version | undefined {
  for (const image of images) {
    const r = imageRelease(image.value, product);
    if (r) return { product, ...r, source: 'path', evidence: image.span };
  }
  return undefined;
}

/**
 * Hadoop's version: a container's image tag; a folder such as hadoop-2.7.7/ in the snapshot; else
 * evidence (a workers file means 3.x, a slaves file alone means 2.x); else
 * the newest. Keys are no evidence: the 2.7.7 default files leave out keys
 * that 2.x reads (dfs.journalnode.edits.dir), and 2.8-2.10 added many.
 */
export function detectHadoopVersion(files: readonly ClusterFile[], images: readonly Located<string>[] = []): Version {
  const byImage = fromImage(images, 'Hadoop');
  if (byImage) return byImage;
  const hadoopFiles = files.filter((f) => (f.kind.endsWith('-site.xml') && f.kind !== 'hbase-site.xml') || f.kind === 'slaves' || f.kind === 'workers');
  const byPath = fromPath(hadoopFiles, HADOOP_DIR, 'Hadoop');
  if (byPath) return byPath;
  const workers = files.find((f) => f.kind === 'workers');
  if (workers) return { product: 'Hadoop', major: 3, minor: 0, source: 'evidence', evidence: workers.start, label: '3.x' };
  const slaves = files.find((f) => f.kind === 'slaves');
  if (slaves) return { product: 'Hadoop', major: 2, minor: 0, source: 'evidence', evidence: slaves.start, label: '2.x' };
  return { product: 'Hadoop', ...NEWEST_HADOOP, source: 'assumed', evidence: undefined };
}

/** A release the configuration file names ("2.7.7", "3.4"; the schema checks the form). */
export function configuredVersion(product: Version['product'], release: string): Version {
  const [major, minor] = release.split('.').map(Number);
  return { product, major: major!, minor: minor!, source: 'config', evidence: undefined, label: release };
}

/** True when the release itself is known (named by the configuration file or a folder), not only its line. */
export function isKnownRelease(v: Version): boolean {
  return v.source === 'config' || v.source === 'path';
}

/** Keys that ZooKeeper 3.4 does not have. */
const ZK35_KEYS = ['dynamicConfigFile', 'standaloneEnabled', 'reconfigEnabled', 'admin.enableServer', 'admin.serverPort', 'secureClientPort', 'multiAddress.enabled'];

/**
 * ZooKeeper's version: a container's image tag; a folder such as zookeeper-3.4.14/; else 3.5+ syntax
 * (a `;clientPort` server part or a 3.5-only key); else the newest.
 */
export function detectZookeeperVersion(files: readonly ClusterFile[], images: readonly Located<string>[] = []): Version {
  const byImage = fromImage(images, 'ZooKeeper');
  if (byImage) return byImage;
  const zkFiles = files.filter((f) => f.kind === 'zoo.cfg' || f.kind === 'myid' || f.kind === 'zoo.cfg.dynamic');
  const byPath = fromPath(zkFiles, ZOOKEEPER_DIR, 'ZooKeeper');
  if (byPath) return byPath;
  // Copies of one content give one answer: reading each copy would re-home every one (copies.ts).
  const seen = new Set<string>();
  for (const f of zkFiles) {
    if (!('zoo' in f) || seen.has(f.hash)) continue;
    seen.add(f.hash);
    const server = f.zoo.servers.find((s) => s.client !== undefined);
    const entry = server?.entry ?? f.zoo.entries.find((e) => ZK35_KEYS.includes(e.key.value));
    if (entry) return { product: 'ZooKeeper', major: 3, minor: 5, source: 'evidence', evidence: entry.key.span, label: '3.5+' };
  }
  return { product: 'ZooKeeper', ...NEWEST_ZOOKEEPER, source: 'assumed', evidence: undefined };
}

/** " (assumed Hadoop 3.4)" when a message depends on a version nothing in the snapshot gave. */
export function assumedNote(v: Version): string {
  return v.source === 'assumed' ? ` (assuming ${v.product} ${v.label})` : '';
}

export function atLeast(v: Version, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}
