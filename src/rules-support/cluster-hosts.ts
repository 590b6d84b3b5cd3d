/**
 * Shared helpers of the cluster/ and ntp/ rules: host identity in host
 * lists, host names in messages, spans in a host's own copy, majorities.
 */
import { isIpAddress, sameHost } from '../model/host-names.ts';
import type { Cluster, ClusterFile, HadoopConf, Host } from '../model/types.ts';
import type { Span } from '../text/span.ts';

/**
 * Whether two host names name one machine. A short name matches the first
 * label of a fully qualified one (`sameHost`); two fully qualified names must
 * be equal, so `node1.dc1.example.com` and `node1.dc2.example.com` stay apart.
 */
export function sameMachine(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (isIpAddress(x) || isIpAddress(y)) return false;
  if (x.includes('.') && y.includes('.')) return false;
  return sameHost(x, y);
}

/** "server1", "server1 and server2", "server1, server2 and 3 more". */
export function hostList(names: readonly string[], shown = 3): string {
  return hostListOf(names, names.length, shown);
}

/** hostList of `total` names given only the first ones (`shown` of them, or all when fewer). */
export function hostListOf(first: readonly string[], total: number, shown = 3): string {
  if (total <= 1) return first[0] ?? '';
  if (total <= shown) return `${first.slice(0, total - 1).join(', ')} and ${first[total - 1]}`;
  return `${first.slice(0, shown - 1).join(', ')} and ${total - shown + 1} more`;
}

/** A stable key of a span, for deduplication. */
export function spanKey(s: Span): string {
  return `${s.file}\0${s.line}\0${s.column}\0${s.endLine}\0${s.endColumn}`;
}

/** Orders spans by file path, line and column. */
export function compareSpans(a: Span, b: Span): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

const pathIndex = new WeakMap<Cluster, Map<string, ClusterFile>>();

/** The cluster's files by path, built once per cluster. */
function filesByPath(cluster: Cluster): Map<string, ClusterFile> {
  let index = pathIndex.get(cluster);
  if (!index) pathIndex.set(cluster, (index = new Map(cluster.files.map((f) => [f.path, f]))));
  return index;
}

/**
 * The same span in the host's own copy of the file, when the host has a copy
 * with identical content (the model points shared configurations at their
 * first copy); else the span unchanged.
 */
export function ownSpan(cluster: Cluster, host: Host, span: Span): Span {
  if (host.folder === undefined || span.file.startsWith(`${host.folder}/`)) return span;
  const source = filesByPath(cluster).get(span.file);
  const own = source ? host.files[source.kind] : undefined;
  if (!source || !own || own.host !== host.name || own.hash !== source.hash) return span;
  return { ...span, file: own.path };
}

/**
 * Groups weighted items by key; returns the groups heaviest first (ties keep
 * the order in which the keys were first seen).
 */
export function weightedGroups<T>(items: readonly T[], key: (t: T) => string, weight: (t: T) => number): { key: string; items: T[]; weight: number }[] {
  const groups = new Map<string, { key: string; items: T[]; weight: number }>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, items: [], weight: 0 }));
    g.items.push(item);
    g.weight += weight(item);
  }
  return [...groups.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Finds the first item added under a name of the same machine (`sameMachine`)
 * in constant time, so that lists of thousands of hosts stay linear.
 */
export class MachineIndex<T> {
  private readonly exact = new Map<string, T>();
  private readonly shortNames = new Map<string, T>();
  private readonly anyByLabel = new Map<string, T>();

  find(name: string): T | undefined {
    const n = name.toLowerCase();
    const hit = this.exact.get(n);
    if (hit !== undefined || isIpAddress(n)) return hit;
    const label = n.split('.')[0]!;
    return n.includes('.') ? this.shortNames.get(label) : this.anyByLabel.get(label);
  }

  add(name: string, item: T): void {
    const n = name.toLowerCase();
    if (!this.exact.has(n)) this.exact.set(n, item);
    if (isIpAddress(n)) return;
    const label = n.split('.')[0]!;
    if (!n.includes('.') && !this.shortNames.has(label)) this.shortNames.set(label, item);
    if (!this.anyByLabel.has(label)) this.anyByLabel.set(label, item);
  }
}

/** The names that remain when names of one machine (`sameMachine`) are kept once. */
export function distinctHosts(names: readonly string[]): string[] {
  const index = new MachineIndex<string>();
  const out: string[] = [];
  for (const n of names) {
    if (index.find(n) !== undefined) continue;
    index.add(n, n);
    out.push(n);
  }
  return out;
}

/**
 * Remembers findings by content rather than path: distinct configurations
 * (core-site + hdfs-site pairs) often share an identical copy of one file, and
 * a finding about that file needs reporting once, at its first copy.
 */
export class OncePerContent {
  private readonly seen = new Set<string>();

  /** True the first time a position in a file of this content is seen. */
  first(fileHash: string, span: Span): boolean {
    const key = `${fileHash}\0${span.line}\0${span.column}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/** The configurations in the path order of one of their files (its first copy first), for `OncePerContent`. */
export function confsByPath(cluster: Cluster, kind: 'core-site.xml' | 'hdfs-site.xml'): HadoopConf[] {
  const path = (c: HadoopConf) => c.files.find((f) => f.kind === kind)?.path ?? c.files[0]!.path;
  return [...cluster.confs].sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}
