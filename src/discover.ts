import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { readFailure } from './read/read-regular-file.ts';

/** The kinds of file hacheck reads, recognised by file name at any depth. */
export type FileKind =
  | 'zoo.cfg'
  | 'zoo.cfg.dynamic'
  | 'myid'
  | 'core-site.xml'
  | 'hdfs-site.xml'
  | 'yarn-site.xml'
  | 'mapred-site.xml'
  | 'slaves'
  | 'workers'
  | 'ntp.conf'
  | 'chrony.conf'
  | 'hbase-site.xml'
  | 'server.properties'
  | 'hosts';

const EXACT: ReadonlySet<string> = new Set([
  'zoo.cfg', 'myid', 'core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml',
  'slaves', 'workers', 'ntp.conf', 'chrony.conf', 'hbase-site.xml', 'server.properties',
]);

export function kindOf(fileName: string): FileKind | undefined {
  if (EXACT.has(fileName)) return fileName as FileKind;
  if (fileName.startsWith('zoo.cfg.dynamic')) return 'zoo.cfg.dynamic';
  // Kafka's multi-broker quickstart copies server.properties to server-1.properties, server-2.properties.
  if (/^server-[\w.-]+\.properties$/.test(fileName)) return 'server.properties';
  return undefined;
}

/** The kind of the file at `path` (relative, forward slashes), if hacheck reads it. */
function kindAt(path: string, name: string): FileKind | undefined {
  // A file named hosts is too common to claim anywhere: only <host folder>/etc/hosts (the model drops the others).
  return /(?:^|\/)etc\/hosts$/.test(path) ? 'hosts' : kindOf(name);
}

export interface DiscoveredFile {
  /** Relative to the linted directory, with forward slashes. */
  readonly path: string;
  readonly kind: FileKind;
  /** Absolute path to read: the file itself, or the target of a symbolic link, always inside the linted directory. */
  readonly source: string;
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
  /** Symbolic links to directories that were not followed (outside the tree, or back up it): notices only. */
  readonly skipped: TreeEntryProblem[];
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

function typeOf(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

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
  const ignored = patterns.length > 0 ? picomatch([...patterns], { dot: true }) : () => false;
  const realRoot = realpathSync(root);
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const files: DiscoveredFile[] = [];
  const unreadable: TreeEntryProblem[] = [];
  const skipped: TreeEntryProblem[] = [];
  let linkedDirectories = 0;
  let linkedEntries = 0;
  let linkedEntriesSpent = false;

  /**
   * `rel`: the directory's path in the tree; `real`: where it is on disk; `chain`: the real paths of it and its ancestors;
   * `linked`: whether it was reached through a symbolic link, so its entries count against MAX_LINKED_ENTRIES.
   */
  const walk = (rel: string, real: string, chain: readonly string[], linked: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(real, { withFileTypes: true });
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
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (ignored(path)) continue;
      const kind = kindAt(path, entry.name);
      const full = join(real, entry.name);
      if (entry.isFile()) {
        if (kind) files.push({ path, kind, source: full });
      } else if (entry.isDirectory()) {
        if (kind) unreadable.push({ path, reason: 'a directory, not a file' });
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path, full, [...chain, full], linked);
      } else if (entry.isSymbolicLink()) {
        followLink(path, entry.name, kind, full, chain);
      } else if (kind) {
        // A FIFO named zoo.cfg would block a reader forever; a device could be endless.
        unreadable.push({ path, reason: `${typeOf(entry)}, not a regular file` });
      }
    }
  };

  const followLink = (path: string, name: string, kind: FileKind | undefined, full: string, chain: readonly string[]) => {
    let target: string;
    try {
      target = realpathSync(full);
    } catch (err) {
      if (kind) unreadable.push({ path, reason: linkError(err) });
      else if ((err as NodeJS.ErrnoException).code === 'ELOOP') skipped.push({ path, reason: linkError(err) });
      return;
    }
    if (!inside(target)) {
      // Never followed, never opened: hacheck reads nothing outside the directory it was given.
      if (kind) unreadable.push({ path, reason: `a symbolic link to ${target}, outside the linted directory; not followed` });
      else if (isDirectory(target)) skipped.push({ path, reason: `a symbolic link to the directory ${target}, outside the linted directory; not followed` });
      return;
    }
    const stats = statOf(target);
    if (!stats) {
      if (kind) unreadable.push({ path, reason: 'a symbolic link to nothing' });
      return;
    }
    if (stats.isFile()) {
      if (kind) files.push({ path, kind, source: target });
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
      unreadable.push({ path, reason: `a symbolic link to ${typeOf(stats)}, not a regular file` });
    }
  };

  walk('', realRoot, [realRoot], false);
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files.sort(byPath), unreadable: unreadable.sort(byPath), skipped: skipped.sort(byPath) };
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
