/**
 * One host, several configuration sets for one component side by side: Bigtop and
 * distribution packages install `etc/hadoop/conf.empty` and let update-alternatives point
 * the link `etc/hadoop/conf` at the set in use (`conf.prod`); Ambari keeps one folder per
 * stack version (`etc/hadoop/2.6.5.0-292/0`, `etc/hadoop/3.1.0.0-78/0`) and points
 * `etc/hadoop/conf` at the current one. A daemon reads one set; the others are set aside
 * here, each file with the reason, the way the host itself chooses:
 *
 * 1. a link among the sets (`conf`) names the active one, resolved inside the snapshot
 *    (src/discovery/resolve-link.ts);
 * 2. else, of versioned sets the newest;
 * 3. stock sets (`conf.empty`, `conf.dist`, `conf.pseudo`) and backups (`conf.backup`)
 *    serve only when no other set is there.
 *
 * When that still leaves two sets (two sets of the operator's, no link), none is chosen:
 * both stay, and the model's competing copies say which one it used.
 *
 * A file read through such a link is the file of the set it leads to: read once, at the
 * set's own path, which is the one a user edits.
 */
import type { NotUsedReason, SetAside } from './plan.ts';
import { indexLinks, resolveLink, type LinkIndex, type LinkText } from './resolve-link.ts';
import { isConfSetName, isVersionedSet, tierOf, type SetTier } from './set-names.ts';
import { compareVersions, isVersionName } from './version-order.ts';

/** What the choice needs of a discovered file: its path in the tree and the file it is on disk. */
export interface LocatedFile {
  readonly path: string;
  /** Two paths with the same source are one file reached two ways (through a link). */
  readonly source: string;
}

export interface AlternativesChoice<F extends LocatedFile> {
  /** The files still to read, in their order. */
  readonly kept: F[];
  /** The files set aside, with the reason, sorted by path. */
  readonly setAside: SetAside[];
  /** The links that named their group's active set: resolved, so not links that lead nowhere. */
  readonly decidingLinks: ReadonlySet<string>;
}

interface SetFolder<F> {
  readonly name: string;
  readonly files: F[];
  /** The folder is a symbolic link (its files, if any, were reached through it). */
  link: boolean;
}

const TIER_RANK: Readonly<Record<SetTier, number>> = { stock: 0, backup: 1, real: 2 };

function join(parent: string, name: string): string {
  return parent === '' ? name : `${parent}/${name}`;
}

/** Whether a folder name may name a set: a cheap test first, since every segment of every path is asked. */
function maySet(name: string): boolean {
  const c = name.charCodeAt(0);
  return name.startsWith('conf') || (c >= 48 && c <= 57);
}

/**
 * Whether `folder` is `etc/<package>`, where conf-select keeps its versioned sets
 * (/etc/<package>/<version>/0): a folder named by an IP address (10.0.1.11/) is a host's.
 */
function inEtc(folder: string): boolean {
  const parts = folder.split('/');
  return parts.length >= 2 && parts[parts.length - 2] === 'etc';
}

/** Folders named as sets (conf, conf.*, versions), by the folder that holds them. */
function setFoldersOf<F extends LocatedFile>(files: readonly F[], links: readonly LinkText[]) {
  const groups = new Map<string, Map<string, SetFolder<F>>>();
  const setFolder = (parent: string, name: string): SetFolder<F> => {
    let group = groups.get(parent);
    if (!group) groups.set(parent, (group = new Map()));
    let set = group.get(name);
    if (!set) group.set(name, (set = { name, files: [], link: false }));
    return set;
  };
  for (const f of files) {
    const path = f.path;
    for (let start = 0, slash = path.indexOf('/'); slash >= 0; start = slash + 1, slash = path.indexOf('/', start)) {
      const name = path.slice(start, slash);
      if (!maySet(name)) continue;
      const after = path.indexOf('/', slash + 1);
      const next = after < 0 ? undefined : path.slice(slash + 1, after);
      const parent = start === 0 ? '' : path.slice(0, start - 1);
      if (isConfSetName(name) || (isVersionedSet(name, next) && inEtc(parent))) setFolder(parent, name).files.push(f);
    }
  }
  for (const l of links) {
    const slash = l.path.lastIndexOf('/');
    const name = l.path.slice(slash + 1);
    if (isConfSetName(name) || isVersionName(name)) setFolder(slash < 0 ? '' : l.path.slice(0, slash), name).link = true;
  }
  return groups;
}

/** Whether any file lies below `folder`, with the set of folders built on the first question (only links leading out of their group ask). */
function folderTest(files: readonly LocatedFile[]): (folder: string) => boolean {
  let folders: Set<string> | undefined;
  return (folder) => {
    if (!folders) {
      folders = new Set();
      for (const f of files) for (let slash = f.path.indexOf('/'); slash >= 0; slash = f.path.indexOf('/', slash + 1)) folders.add(f.path.slice(0, slash));
    }
    return folders.has(folder);
  };
}

/** A link's verdict on its group: the set it leads to (undefined when outside the group), and how to name it. */
interface LinkVerdict {
  readonly link: string;
  /** Every link of the group that says the same. */
  readonly links: readonly string[];
  readonly active: string | undefined;
  readonly shown: string;
}

export function chooseAlternatives<F extends LocatedFile>(files: readonly F[], links: readonly LinkText[]): AlternativesChoice<F> {
  if (files.length === 0) return { kept: [], setAside: [], decidingLinks: new Set() };
  const index: LinkIndex = indexLinks(links);
  const groups = setFoldersOf(files, links);
  const holdsFiles = folderTest(files);
  const reasons = new Map<string, NotUsedReason>();
  const decidingLinks = new Set<string>();
  const setAside = (f: LocatedFile, reason: NotUsedReason) => {
    if (!reasons.has(f.path)) reasons.set(f.path, reason);
  };

  sameFiles(files, links, index, setAside);

  for (const [parent, group] of groups) {
    if (group.size < 2) continue;
    const sets = [...group.values()];
    const verdict = linkVerdict(parent, sets, index, holdsFiles);
    if (verdict) {
      for (const l of verdict.links) decidingLinks.add(l);
      for (const s of sets) {
        if (s.link || s.name === verdict.active) continue;
        for (const f of s.files) setAside(f, `not the active alternative: ${verdict.link} links to ${verdict.shown}`);
      }
      continue;
    }
    const withFiles = sets.filter((s) => s.files.length > 0);
    const versions = withFiles.filter((s) => isVersionName(s.name));
    const newest = versions.reduce<SetFolder<F> | undefined>((a, s) => (a === undefined || compareVersions(s.name, a.name) > 0 ? s : a), undefined);
    const older = new Set(versions.filter((s) => compareVersions(s.name, newest!.name) < 0));
    for (const s of older) for (const f of s.files) setAside(f, `older version (${s.name}) than ${newest!.name}`);
    const current = withFiles.filter((s) => !older.has(s));
    const best = Math.max(...current.map((s) => TIER_RANK[tierOf(s.name)]));
    const beside = current.filter((s) => TIER_RANK[tierOf(s.name)] === best).map((s) => s.name).join(', ');
    for (const s of current) {
      const tier = tierOf(s.name);
      if (tier === 'real' || TIER_RANK[tier] === best) continue;
      for (const f of s.files) setAside(f, `${tier} set (${s.name}), not used beside ${beside}`);
    }
  }

  const kept = files.filter((f) => !reasons.has(f.path));
  const aside = [...reasons].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { kept, setAside: aside, decidingLinks };
}

/**
 * What the group's links say: every link among the sets that resolves to a folder
 * holding files. Links that disagree decide nothing.
 */
function linkVerdict<F>(parent: string, sets: readonly SetFolder<F>[], index: LinkIndex, holdsFiles: (folder: string) => boolean): LinkVerdict | undefined {
  const verdicts: LinkVerdict[] = [];
  for (const s of sets) {
    if (!s.link) continue;
    const link = join(parent, s.name);
    const r = resolveLink(link, index);
    if (r.kind !== 'path' || !holdsFiles(r.path)) continue;
    const owner = sets.find((o) => !o.link && o.files.length > 0 && (r.path === join(parent, o.name) || r.path.startsWith(`${join(parent, o.name)}/`)));
    const inside = parent === '' ? r.path : r.path.startsWith(`${parent}/`) ? r.path.slice(parent.length + 1) : undefined;
    verdicts.push({ link, links: [], active: owner?.name, shown: owner && inside !== undefined ? inside : r.path });
  }
  const first = verdicts[0];
  if (!first) return undefined;
  return verdicts.every((v) => v.active === first.active && v.shown === first.shown) ? { ...first, links: verdicts.map((v) => v.link) } : undefined;
}

/**
 * Files reached through a link that leads to another folder of the tree where the same
 * file is found: set aside as that file. Only for the links alternatives use (named as a
 * set, or in an `alternatives` folder, as Debian's /etc/alternatives): a link from one
 * host's folder to another's (`server2/conf -> ../server1/conf`) is how a snapshot shares
 * a folder, and each host keeps its copy.
 */
function sameFiles<F extends LocatedFile>(files: readonly F[], links: readonly LinkText[], index: LinkIndex, setAside: (f: LocatedFile, reason: NotUsedReason) => void): void {
  // Link path -> where it leads (undefined: nowhere in the tree); null until resolved.
  const candidates = new Map<string, string | null | undefined>();
  for (const l of links) {
    const parts = l.path.split('/');
    const name = parts[parts.length - 1]!;
    if (isConfSetName(name) || isVersionName(name) || parts[parts.length - 2] === 'alternatives') candidates.set(l.path, null);
  }
  if (candidates.size === 0) return;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const targetOf = (link: string): string | undefined => {
    const cached = candidates.get(link);
    if (cached !== null) return cached;
    const r = resolveLink(link, index);
    const target = r.kind === 'path' && r.path !== link ? r.path : undefined;
    candidates.set(link, target);
    return target;
  };
  for (const f of files) {
    for (let slash = f.path.indexOf('/'); slash >= 0; slash = f.path.indexOf('/', slash + 1)) {
      const link = f.path.slice(0, slash);
      if (!candidates.has(link)) continue;
      const target = targetOf(link);
      const counterpart = target === undefined ? undefined : byPath.get(target + f.path.slice(slash));
      if (counterpart && counterpart !== f && counterpart.source === f.source) {
        setAside(f, `same file as ${counterpart.path}`);
        break;
      }
    }
  }
}
