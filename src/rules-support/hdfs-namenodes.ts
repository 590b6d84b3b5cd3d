/**
 * Shared logic of the hdfs/ HA rules (nameservices, NameNode ids and
 * addresses, fs.defaultFS, proxy providers). Pure functions of the model.
 */
import { distance } from 'fastest-levenshtein';
import type { Reporter } from '../engine/rule.ts';
import { HDFS_PORTS, portFor } from '../knowledge/default-ports.ts';
import { listItems, locatedValue, parseAddress } from '../model/hdfs-topology.ts';
import type { Address, ConfProperty, HadoopConf, NameNode, Nameservice, Version } from '../model/types.ts';
import { pieceOf } from '../text/sub-span.ts';
import type { Located, Span } from '../text/span.ts';

/** True when ${var} expansion left nothing undefined (hadoop/unresolved-placeholder reports the rest). */
export function isResolved(p: ConfProperty): boolean {
  return p.unresolved.length === 0;
}

/** A reporter that drops a finding already reported (confs that share a file report it once). */
export function reportOnce(report: Reporter): Reporter {
  const seen = new Set<string>();
  return (r) => {
    const s = r.span;
    const key = `${s.file}:${s.line}:${s.column}:${r.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    report(r);
  };
}

/** The span of characters [from, to) of a property's name. */
export function nameSpan(p: ConfProperty, from: number, to: number): Span {
  return pieceOf(p.prop.name, from, to).span;
}

/** Nameservices that list their NameNodes in dfs.ha.namenodes.<ns>. */
export function haNameservices(conf: HadoopConf): Nameservice[] {
  return conf.hdfs.nameservices.filter((ns) => ns.namenodesProperty !== undefined);
}

/** A nameservice with at least two NameNode ids: the ones clients fail over between. */
export function isHa(ns: Nameservice): boolean {
  return ns.namenodes.length >= 2;
}

export type NameNodeRole = 'rpc-address' | 'servicerpc-address' | 'lifeline.rpc-address' | 'http-address' | 'https-address';

/** The per-NameNode address keys: dfs.namenode.<role>.<ns>.<nn>. */
export const NAMENODE_ROLES: readonly NameNodeRole[] = ['rpc-address', 'servicerpc-address', 'lifeline.rpc-address', 'http-address', 'https-address'];

/** The address a NameNode has for a role, when its key is set (and not empty). */
export function roleAddress(conf: HadoopConf, nn: NameNode, role: NameNodeRole): Address | undefined {
  switch (role) {
    case 'rpc-address': return nn.rpc;
    case 'servicerpc-address': return nn.servicerpc;
    case 'http-address': return nn.http;
    case 'https-address': return nn.https;
    case 'lifeline.rpc-address': {
      const p = conf.effective[`dfs.namenode.lifeline.rpc-address.${nn.nameservice}.${nn.id.value}`];
      return p && p.value !== '' ? parseAddress(p) : undefined;
    }
  }
}

/** The port a NameNode role uses by default in the version; undefined for roles with no default. */
export function defaultPort(role: NameNodeRole, version: Version): number | undefined {
  switch (role) {
    case 'rpc-address': return portFor(HDFS_PORTS.namenodeRpc, version.major);
    case 'http-address': return portFor(HDFS_PORTS.namenodeHttp, version.major);
    case 'https-address': return portFor(HDFS_PORTS.namenodeHttps, version.major);
    default: return undefined;
  }
}

/**
 * Ports that are somebody's documented value, so never a typo of a nearby
 * default: every HDFS default of 2.x and 3.x, the secondary NameNode's, the
 * 3.0.0 RPC default 9820 (HDFS-9427, reverted by HDFS-12990) and the
 * single-node tutorial's 9000 (facts c.1).
 */
const KNOWN_PORTS = new Set<number>([
  ...Object.values(HDFS_PORTS).flatMap((p) => [p.v2, p.v3]),
  50090, 50091, 9868, 9869, 50100, 50105, 9820, 9000,
]);

/** Optimal string alignment distance is exactly 1: one character dropped, added, changed or two adjacent swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (distance(a, b) === 1) return true;
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * A port one keystroke away from the role's default in the version, and not
 * itself a documented port. With `digitCountOnly`, only a dropped or added
 * digit counts (5070 for 50070, 987 for 9870): a changed digit (8021, 9880)
 * is as often a deliberate choice.
 */
export function isNearDefault(port: number, role: NameNodeRole, version: Version, digitCountOnly = false): boolean {
  const def = defaultPort(role, version);
  if (def === undefined || KNOWN_PORTS.has(port) || !oneEditApart(String(port), String(def))) return false;
  return !digitCountOnly || String(port).length !== String(def).length;
}

const ALPHANUM = /^[A-Za-z0-9]$/;

/**
 * Whether java.net.URI accepts the string as the host of `hdfs://<s>`
 * (URI.parseServer: an IPv4 literal, a bracketed IPv6 literal, or a host
 * name of labels alphanum[alphanum|-]*alphanum separated by dots, the last
 * label starting with a letter when there are several). Otherwise URI falls
 * back to a registry authority and getHost() is null.
 */
export function isUriHost(s: string): boolean {
  if (s.startsWith('[')) return /^\[[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?\]$/.test(s) && s.includes(':');
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (ipv4 && ipv4.slice(1).every((n) => Number(n) <= 255)) return true;
  const labels = s.endsWith('.') ? s.slice(0, -1).split('.') : s.split('.');
  if (labels.length === 0 || labels.some((l) => !/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/.test(l))) return false;
  const last = labels[labels.length - 1]!;
  return labels.length === 1 || (ALPHANUM.test(last[0]!) && /[A-Za-z]/.test(last[0]!));
}

/** The closest candidate when it is a plausible typo of the value (case, or a few edits). */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === value.toLowerCase() ? 0.5 : distance(value, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** `nn1` within its own nameservice, `ns1.nn1` when two nameservices are involved. */
export function nnLabel(nn: NameNode, other: NameNode): string {
  return nn.nameservice === other.nameservice ? nn.id.value : `${nn.nameservice}.${nn.id.value}`;
}

/** An hdfs:// style URI split as java.net.URI does, with located pieces. */
export interface FsUri {
  readonly property: ConfProperty;
  readonly value: Located<string>;
  readonly scheme: string;
  /** The authority's host (the logical name or a host name). */
  readonly host: Located<string>;
  /** The port, when the authority has a colon followed by digits. */
  readonly port: Located<string> | undefined;
}

/** Parses fs.defaultFS (or fs.default.name) when it is scheme://authority[/path]. */
export function parseFsUri(p: ConfProperty): FsUri | undefined {
  const value = locatedValue(p);
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(value.value);
  if (!m) return undefined;
  const start = m[1]!.length + 3;
  const authority = m[2]!;
  const colon = authority.startsWith('[') ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
  const hostEnd = colon < 0 ? authority.length : colon;
  const host = pieceOf(value, start, start + hostEnd);
  const port = colon < 0 || colon === authority.length - 1 ? undefined : pieceOf(value, start + colon + 1, start + authority.length);
  return { property: p, value, scheme: m[1]!.toLowerCase(), host, port };
}

/** The fs.defaultFS definitions a client reads: fs.defaultFS, and its deprecated name fs.default.name. */
export function defaultFsUris(conf: HadoopConf): FsUri[] {
  const out: FsUri[] = [];
  for (const key of ['fs.defaultFS', 'fs.default.name']) {
    const p = conf.effective[key];
    if (!p || p.value === '' || !isResolved(p)) continue;
    const uri = parseFsUri(p);
    if (uri && uri.scheme === 'hdfs' && uri.host.value !== '') out.push(uri);
  }
  return out;
}

/** A key suffixed with a nameservice id: which kind of key, and where the id starts in its name. */
export interface SuffixKey {
  readonly property: ConfProperty;
  readonly role: NameNodeRole | 'namenodes';
  readonly from: number;
}

/**
 * dfs.ha.namenodes.<ns> and dfs.namenode.<role>.<ns>[.<nn>] keys whose <ns>
 * is not declared, grouped by that nameservice id (in definition order).
 */
export function undeclaredSuffixes(conf: HadoopConf, declared: readonly string[]): Map<string, SuffixKey[]> {
  const out = new Map<string, SuffixKey[]>();
  const isDeclared = new Set(declared);
  // Appended in place: copying the list on each append is quadratic in keys.
  const add = (ns: string, key: SuffixKey) => {
    const keys = out.get(ns);
    if (keys) keys.push(key);
    else out.set(ns, [key]);
  };
  for (const p of Object.values(conf.effective)) {
    if (p.name.startsWith('dfs.ha.namenodes.')) {
      const from = 'dfs.ha.namenodes.'.length;
      const ns = p.name.slice(from);
      if (ns !== '' && !isDeclared.has(ns)) add(ns, { property: p, role: 'namenodes', from });
      continue;
    }
    for (const role of NAMENODE_ROLES) {
      const prefix = `dfs.namenode.${role}.`;
      if (!p.name.startsWith(prefix) || p.name === 'dfs.namenode.rpc-address.auxiliary-ports') continue;
      const suffix = p.name.slice(prefix.length);
      if (suffix === '' || declared.some((ns) => suffix === ns || suffix.startsWith(`${ns}.`))) break;
      const dot = suffix.lastIndexOf('.');
      add(dot < 0 ? suffix : suffix.slice(0, dot), { property: p, role, from: prefix.length });
      break;
    }
  }
  return out;
}

/**
 * The nameservice ids `dfs.nameservices` declares, with the property itself;
 * undefined when the value still holds a placeholder (another rule reports it).
 */
export function declaredNameservices(conf: HadoopConf, version: Version): { property: ConfProperty | undefined; ids: string[] } | undefined {
  const property = conf.effective['dfs.nameservices'];
  if (property && property.unresolved.length > 0) return undefined;
  return { property, ids: property ? listItems(property, version).map((i) => i.value) : [] };
}
