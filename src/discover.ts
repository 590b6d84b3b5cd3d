import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

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

export interface DiscoveredFile {
  /** Relative to the linted directory, with forward slashes. */
  readonly path: string;
  readonly kind: FileKind;
}

export interface DiscoverOptions {
  /** Globs relative to `root` that are skipped, from the configuration file. */
  readonly ignore?: readonly string[];
}

/** Never walked: a repository's history and installed packages hold no cluster configuration. */
const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/**
 * Lists the recognised files below `root`, sorted by path. Symbolic links are
 * not followed (a link never leads out of the tree or into a loop), and a
 * directory that cannot be listed is skipped. A plain directory walk: globby
 * cost about 50 ms to load, more than linting a small cluster (BENCHMARKS.md).
 */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<DiscoveredFile[]> {
  const patterns = options.ignore ?? [];
  // The configuration's ignore globs, relative to root, as globby's `ignore` read them: a matching
  // directory is not entered, a matching file is not read.
  const ignored = patterns.length > 0 ? picomatch([...patterns], { dot: true }) : () => false;
  const files: DiscoveredFile[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '' ? root : join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !ignored(path)) walk(path);
      } else if (entry.isFile() && !ignored(path)) {
        // A file named hosts is too common to claim anywhere: only <host folder>/etc/hosts (the model drops the others).
        const kind = /(?:^|\/)etc\/hosts$/.test(path) ? 'hosts' : kindOf(entry.name);
        if (kind) files.push({ path, kind });
      }
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
