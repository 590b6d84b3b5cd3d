import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ignoreMatcher } from './config/ignore-glob.ts';
import { readFailure } from './read/read-regular-file.ts';
import { insideTree } from './read/inside-tree.ts';
import { fileTypeOf } from './read/file-type.ts';
import { escapeInvalidUtf8 } from './text/escape-invalid-utf8.ts';

// The names hacheck reads live in one table, shared with the pre-commit hook's pattern.
import { candidateAt, kindAt, type ContentCheck, type FileKind, type NamedCandidate } from './recognised-files.ts';
import { RUNTIME_DYNAMIC_FILE, setAsideByName } from './discovery/names.ts';
import type { SetAside } from './discovery/plan.ts';
import { byPath } from './model/by-path.ts';
import { chooseAlternatives } from './discovery/alternatives.ts';
import type { LinkText } from './discovery/resolve-link.ts';
export { kindOf, type FileKind } from './recognised-files.ts';

export interface DiscoveredFile {
  /** Relative to the linted directory, with forward slashes. */
  readonly path: string;
  readonly kind: FileKind;
  /** Absolute path to read: the file itself, or the target of a symbolic link, always inside the linted directory. */
  readonly source: string;
  /** Set when the content decides whether the file is configuration (src/discovery/by-content.ts). */
  readonly check?: ContentCheck;
  /** A file ZooKeeper writes at run time: read only when a zoo.cfg's dynamicConfigFile names it. */
  readonly runtime?: true;
  /**
   * Recognised only by a broad name (app.properties, zoo-client.cfg): until its content says
   * so it is not configuration, so a file that cannot be read, too large or binary is set
   * aside with the reason rather than reported.
   */
  readonly broadName?: true;
}

/** A tree entry hacheck did not read, and why. */
export interface TreeEntryProblem {
  /** Relative to the linted directory, with forward slashes. */
  readonly path: string;
  readonly reason: string;
}

export interface Discovery {
  readonly files: DiscoveredFile[];
  /** Entries named like a recognised file that are not readable regular files: the check is incomplete (exit 2). */
  readonly unreadable: TreeEntryProblem[];
  /** Symbolic links to directories that were not followed (outside the tree, or back up it), and names that are not UTF-8: notices only. */
  readonly skipped: TreeEntryProblem[];
  /** Candidates set aside by their name (backups, templates), with the reason. */
  readonly setAside: SetAside[];
}

export interface DiscoverOptions {
  /** Globs relative to `root` that are skipped, from the configuration file. */
  readonly ignore?: readonly string[];
}

/** Never walked: a repository's history and installed packages hold no cluster configuration. */
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** Directories entered through symbolic links, at most: links inside the tree can fan out exponentially. */
const MAX_LINKED_DIRECTORIES = 10_000;
/**
 * Entries listed below directories entered through symbolic links, at most. Bounding the
 * directories is not enough: 10,000 links to one folder of 300 files made 3 million paths
 * and exhausted the heap. A real snapshot links a few shared folders (`server2/conf ->
 * ../server1/conf`), far below this.
 */
const MAX_LINKED_ENTRIES = 20_000;

/** Why a link out of the tree is not followed: without its target, which would disclose the outside file system. */
const LEADS_OUTSIDE = 'a symbolic link that leads outside the linted directory; not followed';

function linkError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'a symbolic link loop';
  if (code === 'ENOENT') return 'a symbolic link to nothing';
  return `a symbolic link that cannot be resolved (${code ?? String(err)})`;
}

/**
 * Lists the recognised files below `root`, sorted by path. A symbolic link is
 * followed only when its target lies inside `root` (resolved with realpath), and
 * a link to a directory that encloses it is not entered, so the walk never leaves
 * the tree and never loops. Nothing is opened here: the loader checks again that
 * each file is a regular file before reading it. A plain directory walk: globby
 * cost about 50 ms to load, more than linting a small cluster (BENCHMARKS.md).
 */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const patterns = options.ignore ?? [];
  // The configuration's ignore globs, relative to root: a matching directory is not entered, a matching file is not read.
  // A bounded matcher, not picomatch's backtracking regular expressions: see src/config/ignore-glob.ts.
  const ignored = patterns.length > 0 ? ignoreMatcher(patterns) : () => false;
  const realRoot = realpathSync(root);
  const inside = (real: string) => insideTree(realRoot, real);
  const files: DiscoveredFile[] = [];
  const unreadable: TreeEntryProblem[] = [];
  const skipped: TreeEntryProblem[] = [];
  const setAside: SetAside[] = [];
  // Every symbolic link met, with its text: alternatives (src/discovery/alternatives.ts) resolve them inside the snapshot.
  const links: LinkText[] = [];
  let linkedDirectories = 0;
  let linkedEntries = 0;
  let linkedEntriesSpent = false;

  /**
   * `rel`: the directory's path in the tree; `real`: where it is on disk; `chain`: the real paths of it and its ancestors;
   * `linked`: whether it was reached through a symbolic link, so its entries count against MAX_LINKED_ENTRIES.
   */
  const walk = (rel: string, real: string, chain: readonly string[], linked: boolean) => {
    let entries: Dirent<Buffer>[];
    try {
      // Names as bytes: a name that is not UTF-8 would decode to U+FFFD, a path that does not exist.
      entries = readdirSync(real, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      unreadable.push({ path: rel === '' ? '.' : rel, reason: `a directory that cannot be listed, ${readFailure(err)}` });
      return;
    }
    for (const entry of entries) {
      if (linked && linkedEntriesSpent) return;
      if (linked && ++linkedEntries > MAX_LINKED_ENTRIES) {
        linkedEntriesSpent = true;
        skipped.push({ path: rel, reason: `not read further, nor any symbolic link to a directory after it: more than ${MAX_LINKED_ENTRIES} entries were already found through symbolic links` });
        return;
      }
      if (!isUtf8(entry.name)) {
        notUtf8(rel, entry);
        continue;
      }
      const name = entry.name.toString('utf8');
      const path = rel === '' ? name : `${rel}/${name}`;
      if (ignored(path)) continue;
      const full = join(real, name);
      const reason = entry.isDirectory() ? undefined : setAsideByName(name);
      if (reason) {
        setAside.push({ path, reason });
        continue;
      }
      const candidate = candidateAt(path, name);
      // Only a file recognised by its name is missed when it cannot be read; a broad name (*.properties) may be anything.
      const kind = kindAt(path, name);
      if (entry.isFile()) {
        if (candidate) files.push(discovered(path, name, candidate, full, kind === undefined));
      } else if (entry.isDirectory()) {
        if (kind) unreadable.push({ path, reason: 'a directory, not a file' });
        if (!SKIPPED_DIRECTORIES.has(name)) walk(path, full, [...chain, full], linked);
      } else if (entry.isSymbolicLink()) {
        const text = linkText(full);
        if (text !== undefined) links.push({ path, text });
        followLink(path, name, candidate, kind, full, chain);
      } else if (kind) {
        // A FIFO named zoo.cfg would block a reader forever; a device could be endless.
        unreadable.push({ path, reason: `${fileTypeOf(entry)}, not a regular file` });
      }
    }
  };

  /**
   * A name that is not UTF-8 is named in a notice and skipped: JSON, SARIF and the
   * configuration's globs all work on text. A directory or a link may hold configuration;
   * another entry only matters when its name, once decoded, is one hacheck reads.
   */
  const notUtf8 = (rel: string, entry: Dirent<Buffer>) => {
    const shown = escapeInvalidUtf8(entry.name);
    const path = rel === '' ? shown : `${rel}/${shown}`;
    if (ignored(path)) return;
    const notValid = 'whose name is not valid UTF-8;';
    if (entry.isDirectory()) skipped.push({ path, reason: `a directory ${notValid} not entered` });
    else if (entry.isSymbolicLink()) skipped.push({ path, reason: `a symbolic link ${notValid} not followed` });
    else if (kindAt(path, entry.name.toString('utf8'))) skipped.push({ path, reason: `${entry.isFile() ? 'a file' : fileTypeOf(entry)} ${notValid} not read` });
  };

  const followLink = (path: string, name: string, candidate: NamedCandidate | undefined, kind: FileKind | undefined, full: string, chain: readonly string[]) => {
    let target: string;
    try {
      target = realpathSync(full);
    } catch (err) {
      // A link out of the tree whose target is missing or loops: the same words as any link out,
      // so that the output does not tell which outside paths exist.
      if (pointsOutside(full, inside)) {
        if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
        return;
      }
      if (kind) unreadable.push({ path, reason: linkError(err) });
      else if ((err as NodeJS.ErrnoException).code === 'ELOOP') skipped.push({ path, reason: linkError(err) });
      return;
    }
    if (!inside(target)) {
      // Never followed, never opened: hacheck reads nothing outside the directory it was given,
      // and says nothing about it either (the output may be public: a CI log of a pull request).
      if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
      else if (isDirectory(target)) skipped.push({ path, reason: LEADS_OUTSIDE });
      return;
    }
    const stats = statOf(target);
    if (!stats) {
      if (kind) unreadable.push({ path, reason: 'a symbolic link to nothing' });
      return;
    }
    if (stats.isFile()) {
      if (candidate) files.push(discovered(path, name, candidate, target, kind === undefined));
    } else if (stats.isDirectory()) {
      if (kind) unreadable.push({ path, reason: 'a symbolic link to a directory, not a file' });
      if (chain.includes(target)) {
        const where = relative(realRoot, target).split(sep).join('/') || '.';
        skipped.push({ path, reason: `a symbolic link to ${where}, a directory that encloses it; not followed` });
      } else if (SKIPPED_DIRECTORIES.has(name) || linkedEntriesSpent) {
        // As for a real .git or node_modules folder; past MAX_LINKED_ENTRIES, one notice said so already.
      } else if (++linkedDirectories > MAX_LINKED_DIRECTORIES) {
        skipped.push({ path, reason: `not followed: more than ${MAX_LINKED_DIRECTORIES} directories were already entered through symbolic links` });
      } else {
        walk(path, target, [...chain, target], true);
      }
    } else if (kind) {
      unreadable.push({ path, reason: `a symbolic link to ${fileTypeOf(stats)}, not a regular file` });
    }
  };

  walk('', realRoot, [realRoot], false);
  const chosen = chooseAlternatives(files.sort(byPath), links);
  // An absolute alternatives link resolved inside its snapshot was understood, not skipped: no notice
  // (which would also depend on what this machine has at that absolute path).
  const understood = skipped.filter((s) => !(s.reason === LEADS_OUTSIDE && chosen.decidingLinks.has(s.path)));
  return { files: chosen.kept, unreadable: unreadable.sort(byPath), skipped: understood.sort(byPath), setAside: [...setAside, ...chosen.setAside].sort(byPath) };
}

/**
 * The text of the link at `full`, a path inside the tree (its folder was reached by the
 * walk), read with readlink: the target is neither opened nor looked up. Undefined when
 * it cannot be read or is not UTF-8 (no path in the tree is spelt that way).
 */
function linkText(full: string): string | undefined {
  try {
    const text = readlinkSync(full, { encoding: 'buffer' });
    return isUtf8(text) ? text.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}

function discovered(path: string, name: string, candidate: NamedCandidate, source: string, broadName: boolean): DiscoveredFile {
  return {
    path,
    kind: candidate.kind,
    source,
    ...(broadName ? { broadName: true as const } : {}),
    ...(candidate.check ? { check: candidate.check } : {}),
    ...(name === RUNTIME_DYNAMIC_FILE ? { runtime: true as const } : {}),
  };
}

/** Whether the link at `full` names a path outside the tree, read from the link's own text (nothing outside is touched). */
function pointsOutside(full: string, inside: (real: string) => boolean): boolean {
  try {
    return !inside(resolve(dirname(full), readlinkSync(full)));
  } catch {
    return false;
  }
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() === true;
}
