/**
 * Splits a tree into the clusters it holds. A repository may keep several set-ups side by
 * side (clusters/prod and clusters/staging, a standalone ZooKeeper next to the ensemble,
 * two unrelated ensembles): cross-file rules must never compare files that never run
 * together. The rule, applied from the top down:
 *
 * - A folder's entries are its units: each sub-folder, and the files directly in it. A unit
 *   named after a host the folder's files name (or an address its etc/hosts files map to
 *   one) is a host folder.
 * - Two units compete when they describe different set-ups: files of one family whose
 *   addresses have nothing in common (src/discovery/setup-identity.ts), or two folders
 *   that each hold a snapshot of the same host. Host folders never compete with each other:
 *   hosts that disagree are what the cross-host rules are for.
 * - Without competition the folder is one cluster. With it, units that do not compete and
 *   name a common host stay together; every other unit is a cluster of its own, and a
 *   single sub-folder is split again the same way. A folder that holds everything in one
 *   sub-folder is looked into (a cluster nested in a repository).
 */
import type { ClusterFile } from '../model/types.ts';
import { hostKey } from '../model/host-names.ts';
import { hostOfAddress, isReleaseFolder } from '../model/host-folders.ts';
import { namedHosts } from '../model/named-hosts.ts';
import { originalOf } from '../model/copies.ts';
import { setupIdentity, type SetupFamily, type SetupIdentity } from './setup-identity.ts';

/** Part of a cluster: a folder with everything below it, or only the files directly in it. */
export interface ClusterUnit {
  /** Relative to the linted directory, forward slashes; '' for the directory itself. */
  readonly path: string;
  readonly directOnly: boolean;
}

export interface ClusterPart {
  /**
   * How the cluster is named to users: its folder ("." for the whole directory), its folders
   * joined by " + ", or "<folder>/*" for the files directly in a folder.
   */
  readonly name: string;
  /** The folder the cluster's host folders are found under. */
  readonly root: string;
  readonly units: readonly ClusterUnit[];
}

export interface Partition {
  readonly parts: readonly ClusterPart[];
  /** The index in `parts` of the cluster a path belongs to. */
  partOf(path: string): number;
}

interface UnitFacts {
  readonly unit: ClusterUnit;
  readonly files: ClusterFile[];
  readonly isHost: boolean;
  /** Addresses per family of the set-ups its files define. */
  readonly identities: Map<SetupFamily, Set<string>>;
  /** Hosts whose snapshot folder lies inside the unit (for a unit that is not itself a host folder). */
  readonly hostFolders: Set<string>;
}

/** The clusters of a tree. `configuredFolders` are the folders of the configuration file's `hosts:`. */
export function partitionClusters(files: readonly ClusterFile[], configuredFolders: readonly string[] = []): Partition {
  const identities = new Map<string, SetupIdentity | undefined>();
  const identityOf = (f: ClusterFile) => {
    if (!identities.has(f.hash)) identities.set(f.hash, setupIdentity(originalOf(f)));
    return identities.get(f.hash);
  };
  const parts = split('', [...files], { identityOf, configured: new Set(configuredFolders) });
  return { parts, partOf: (path) => partOf(parts, path) };
}

interface SplitContext {
  readonly identityOf: (f: ClusterFile) => SetupIdentity | undefined;
  readonly configured: ReadonlySet<string>;
}

function join(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** `named`: the folder a chain of single sub-folders started from, which names the cluster found at its end. */
function split(dir: string, files: ClusterFile[], ctx: SplitContext, named = dir): ClusterPart[] {
  const whole: ClusterPart = { name: named === '' ? '.' : named, root: dir, units: [{ path: dir, directOnly: false }] };
  if (files.length === 0) return [whole];
  const byUnit = new Map<string, ClusterFile[]>();
  for (const f of files) {
    const rest = dir === '' ? f.path : f.path.slice(dir.length + 1);
    const slash = rest.indexOf('/');
    const key = slash < 0 ? '' : rest.slice(0, slash);
    const list = byUnit.get(key);
    if (list) list.push(f);
    else byUnit.set(key, [f]);
  }
  const names = namedHosts(files);
  const byAddress = hostOfAddress(files, names);
  const isHostName = (name: string, path: string) =>
    ctx.configured.has(path) || (!isReleaseFolder(name) && (names.has(hostKey(name)) || byAddress.has(name.toLowerCase())));
  if (byUnit.size === 1 && !byUnit.has('')) {
    const child = [...byUnit.keys()][0]!;
    return isHostName(child, join(dir, child)) ? [whole] : split(join(dir, child), files, ctx, named);
  }
  const units = [...byUnit.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, unitFiles]) => unitFacts(dir, key, unitFiles, isHostName, ctx));
  const pairs = competingPairs(units);
  if (pairs.length === 0) return [whole];
  const groups = groupsOf(units, pairs, namedBy);
  // One group of several units is the folder itself, less what was split off (the per-host
  // snapshots beside an example zoo.cfg): it is named after the folder.
  const namedAfterFolder = groups.filter((g) => g.length > 1).length === 1;
  return groups.flatMap((group) => {
    if (group.length === 1) {
      const u = group[0]!;
      return !u.unit.directOnly && !u.isHost ? split(u.unit.path, u.files, ctx) : [partOfUnits(dir, [u.unit], false)];
    }
    return [partOfUnits(dir, group.map((u) => u.unit), namedAfterFolder)];
  });
}

function unitFacts(dir: string, key: string, files: ClusterFile[], isHostName: (name: string, path: string) => boolean, ctx: SplitContext): UnitFacts {
  const path = key === '' ? dir : join(dir, key);
  const isHost = key !== '' && isHostName(key, path);
  const identities = new Map<SetupFamily, Set<string>>();
  for (const f of files) {
    const id = ctx.identityOf(f);
    if (!id) continue;
    const set = identities.get(id.family) ?? new Set<string>();
    for (const t of id.tokens) set.add(t);
    identities.set(id.family, set);
  }
  const hostFolders = new Set<string>();
  if (key !== '' && !isHost) {
    for (const f of files) {
      const segments = f.path.slice(path.length + 1).split('/').slice(0, -1);
      let at = path;
      for (const s of segments) {
        at = join(at, s);
        if (isHostName(s, at)) {
          hostFolders.add(hostKey(s));
          break;
        }
      }
    }
  }
  return { unit: { path, directOnly: key === '' }, files, isHost, identities, hostFolders };
}

/**
 * The hosts a unit's files name, and the hosts of its host folders. Only asked when units
 * compete: with a thousand host folders each holding the thousand-line workers file, asking it
 * of every unit would read a million names.
 */
function namedBy(u: UnitFacts): Set<string> {
  const own = u.isHost ? [hostKey(u.unit.path.slice(u.unit.path.lastIndexOf('/') + 1))] : [];
  return new Set<string>([...namedHosts(u.files).keys(), ...u.hostFolders, ...own]);
}

/**
 * The pairs (i < j) of units that compete. Host folders never compete with each other, so
 * only pairs with a unit that is not a host folder are compared: a snapshot of ten thousand
 * hosts is not fifty million comparisons.
 */
function competingPairs(units: readonly UnitFacts[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.isHost) continue;
    for (let j = 0; j < units.length; j++) {
      if (j === i || (!units[j]!.isHost && j < i)) continue;
      if (compete(units[i]!, units[j]!)) pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs;
}

function compete(a: UnitFacts, b: UnitFacts): boolean {
  if (a.isHost && b.isHost) return false;
  for (const [family, tokens] of a.identities) {
    const other = b.identities.get(family);
    if (other && !intersects(tokens, other)) return true;
  }
  return !a.isHost && !b.isHost && intersects(a.hostFolders, b.hostFolders);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Units that do not compete and name a common host, joined; a group that still holds two
 * competing units is broken into single units (hacheck cannot tell which way they go).
 */
function groupsOf(units: readonly UnitFacts[], pairs: readonly [number, number][], namedOf: (u: UnitFacts) => Set<string>): UnitFacts[][] {
  const against = new Set(pairs.map(([i, j]) => `${i},${j}`));
  const named = units.map(namedOf);
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (!against.has(`${i},${j}`) && intersects(named[i]!, named[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < units.length; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  return [...groups.values()].flatMap((g) => {
    const mixed = pairs.some(([i, j]) => g.includes(i) && g.includes(j));
    return mixed ? g.map((i) => [units[i]!]) : [g.map((i) => units[i]!)];
  });
}

function partOfUnits(dir: string, units: readonly ClusterUnit[], namedAfterFolder: boolean): ClusterPart {
  // The files directly in a folder, as a unit of their own, are "<folder>/*".
  const name = namedAfterFolder ? dir || '.' : units.map((u) => (u.directOnly ? `${u.path || '.'}/*` : u.path)).join(' + ');
  const single = units.length === 1 && !units[0]!.directOnly;
  return { name, root: single ? units[0]!.path : dir, units };
}

/** The part whose unit holds `path`; a path no unit holds (a skipped link beside the clusters) goes to the first. */
function partOf(parts: readonly ClusterPart[], path: string): number {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const index = parts.findIndex((p) =>
    p.units.some((u) => (u.directOnly ? parent === u.path : u.path === '' || path === u.path || path.startsWith(`${u.path}/`))),
  );
  return index < 0 ? 0 : index;
}
