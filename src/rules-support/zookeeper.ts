/**
 * Shared helpers for the zookeeper/ rules that check one zoo.cfg on its own:
 * Java number parsing as ZooKeeper does it, the server set a zoo.cfg stands
 * for (its own server.N lines or those of its dynamic file), and booleans.
 * Source: docs/reference/hadoop-zookeeper-facts.md sections d.1 to d.5.
 */
import { atLeast } from '../model/versions.ts';
import type { Cluster, Version, ZooCfgFile } from '../model/types.ts';
import { zooValue, type ZooCfg, type ZooEntry, type ZooServer } from '../parse/zoo-cfg.ts';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** Java's Integer.parseInt (ASCII digits, optional sign, 32-bit range); undefined when it throws. */
export function javaInt(s: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= INT_MIN && n <= INT_MAX ? n : undefined;
}

/** Java's Long.parseLong; a bigint, undefined when it throws. */
export function javaLong(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n <= 2n ** 63n - 1n ? n : undefined;
}

/** A port as InetSocketAddress takes it: a Java int in 0..65535. */
export function javaPort(s: string): number | undefined {
  const n = javaInt(s);
  return n !== undefined && n >= 0 && n <= 65535 ? n : undefined;
}

/** The integer ZooKeeper reads for a key, when it is set and parses. */
export function zooInt(cfg: ZooCfg, key: string): { entry: ZooEntry; value: number } | undefined {
  const entry = zooValue(cfg, key);
  if (!entry) return undefined;
  const value = javaInt(entry.value.value);
  return value === undefined ? undefined : { entry, value };
}

/** A boolean as QuorumPeerConfig reads it (case-insensitive true/false); undefined when unset or neither. */
export function zooBool(cfg: ZooCfg, key: string): boolean | undefined {
  const v = zooValue(cfg, key)?.value.value.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

/** Java's String.split drops trailing empty strings: "h:2888:3888:" has three parts. */
export function javaSplitLength(parts: readonly (string | undefined)[]): number {
  let n = parts.filter((p) => p !== undefined).length;
  while (n > 0 && parts[n - 1] === '') n--;
  return n;
}

/** The server.N lines that ZooKeeper uses: later duplicates of a key replace earlier ones (Properties). */
export function effectiveServers(servers: readonly ZooServer[]): ZooServer[] {
  const last = new Map<string, ZooServer>();
  for (const s of servers) last.set(s.entry.key.value, s);
  return servers.filter((s) => last.get(s.entry.key.value) === s);
}

/** The role a server line gives (ZooKeeper lowercases it; 3.6+ also trims); participant by default. */
export function roleOf(server: ZooServer): 'participant' | 'observer' | 'unknown' {
  const role = server.addresses[0]?.role?.value.trim().toLowerCase();
  if (role === undefined || role === '' || role === 'participant') return 'participant';
  return role === 'observer' ? 'observer' : 'unknown';
}

export interface ServerSet {
  /** The file the server lines are in: the zoo.cfg itself or its dynamic file. */
  readonly file: ZooCfgFile;
  readonly servers: readonly ZooServer[];
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The dynamic file a 3.5+ zoo.cfg names with dynamicConfigFile, found by file
 * name (preferring a copy in the same host folder), when the snapshot holds it.
 */
export function dynamicFileOf(cluster: Cluster, zoo: ZooCfgFile): ZooCfgFile | undefined {
  const ref = zooValue(zoo.zoo, 'dynamicConfigFile')?.value.value;
  if (!ref) return undefined;
  const name = baseName(ref);
  const candidates = cluster.files.filter((f): f is ZooCfgFile => f.kind === 'zoo.cfg.dynamic' && baseName(f.path) === name);
  return candidates.find((f) => f.host === zoo.host) ?? candidates[0];
}

/**
 * The ensemble a zoo.cfg describes. On 3.5+ with dynamicConfigFile set the
 * server lines live in the dynamic file; undefined when that file is not in
 * the snapshot (nothing can be said about the ensemble then).
 */
export function serverSetOf(cluster: Cluster, zoo: ZooCfgFile): ServerSet | undefined {
  if (atLeast(cluster.zookeeperVersion, 3, 5) && zooValue(zoo.zoo, 'dynamicConfigFile')) {
    const dyn = dynamicFileOf(cluster, zoo);
    return dyn ? { file: dyn, servers: effectiveServers(dyn.zoo.servers) } : undefined;
  }
  return { file: zoo, servers: effectiveServers(zoo.zoo.servers) };
}

/** Every file that holds server.N lines ZooKeeper parses: each distinct zoo.cfg and zoo.cfg.dynamic*. */
export function serverFiles(cluster: Cluster): ZooCfgFile[] {
  const dynamic = cluster.distinctFiles.filter((f): f is ZooCfgFile => f.kind === 'zoo.cfg.dynamic');
  return [...cluster.zooConfigs, ...dynamic];
}

/** The zoo.cfg whose settings (multiAddress.enabled, electionAlg) apply to a file's server lines. */
export function settingsFor(cluster: Cluster, file: ZooCfgFile): ZooCfg {
  if (file.kind === 'zoo.cfg') return file.zoo;
  const owner = cluster.zooConfigs.find((z) => dynamicFileOf(cluster, z) === file) ?? cluster.zooConfigs[0];
  return owner?.zoo ?? file.zoo;
}

/** Voting members (participants) of an ensemble. */
export function participants(servers: readonly ZooServer[]): ZooServer[] {
  return servers.filter((s) => roleOf(s) === 'participant');
}

/**
 * Whether ZooKeeper runs this configuration as a quorum (and so requires
 * initLimit, syncLimit and a myid): 3.4 with two or more participants
 * (QPC 3.4.14 L340-361); 3.5+ with two or more, or with standaloneEnabled=false
 * and at least one (QPC master isDistributed, L943-945).
 */
export function isDistributed(cfg: ZooCfg, servers: readonly ZooServer[], v: Version): boolean {
  const n = participants(servers).length;
  if (n >= 2) return true;
  return atLeast(v, 3, 5) && n >= 1 && zooBool(cfg, 'standaloneEnabled') === false;
}

/** "the ensemble of 3 servers" wording helper: how many failures a majority quorum of n voters survives. */
export function toleratedFailures(n: number): number {
  return Math.floor((n - 1) / 2);
}

/** The server.N key as written, for messages: "server.1". */
export function serverKey(s: ZooServer): string {
  return s.entry.key.value;
}
