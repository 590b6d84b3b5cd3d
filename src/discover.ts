import { globby } from 'globby';

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
  /** Globs relative to `root` that are skipped (globby's `ignore`), from the configuration file. */
  readonly ignore?: readonly string[];
}

/** Lists the recognised files below `root`, sorted by path. Links are not followed out of the tree. */
export async function discover(root: string, options: DiscoverOptions = {}): Promise<DiscoveredFile[]> {
  const paths = await globby(
    [
      '**/{zoo.cfg,zoo.cfg.dynamic*,myid,core-site.xml,hdfs-site.xml,yarn-site.xml,mapred-site.xml,slaves,workers,ntp.conf,chrony.conf,hbase-site.xml,server.properties,server-*.properties}',
      // A file named hosts is too common to claim anywhere: only <host folder>/etc/hosts (the model drops the others).
      '**/etc/hosts',
    ],
    {
      cwd: root,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/.git/**', '**/node_modules/**', ...(options.ignore ?? [])],
      suppressErrors: true,
    },
  );
  const files: DiscoveredFile[] = [];
  for (const path of paths) {
    const kind = /(?:^|\/)etc\/hosts$/.test(path) ? 'hosts' : kindOf(path.slice(path.lastIndexOf('/') + 1));
    if (kind) files.push({ path, kind });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
