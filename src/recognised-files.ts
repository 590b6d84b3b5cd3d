/**
 * The files hacheck reads, by name: one table that discovery (kindOf, kindAt)
 * and the pre-commit hook's `files` pattern (src/pre-commit-files.ts, checked
 * against .pre-commit-hooks.yaml by a test) are both made from, so the hook
 * cannot miss a file discovery learns to read.
 */

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

/** Kinds recognised by their exact file name, which is the kind itself. */
export const EXACT_NAMES: readonly FileKind[] = [
  'zoo.cfg', 'myid', 'core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml',
  'slaves', 'workers', 'ntp.conf', 'chrony.conf', 'hbase-site.xml', 'server.properties',
];

/**
 * Kinds recognised by a pattern over the file name: regular-expression sources
 * written in the syntax JavaScript and Python (pre-commit's `re.search`) read
 * alike, matched against the whole name.
 */
export const NAME_PATTERNS: readonly { readonly kind: FileKind; readonly source: string }[] = [
  // ZooKeeper's dynamic configuration file, zoo.cfg.dynamic.<version>.
  { kind: 'zoo.cfg.dynamic', source: 'zoo\\.cfg\\.dynamic[^/]*' },
  // Kafka's multi-broker quickstart copies server.properties to server-1.properties, server-2.properties.
  { kind: 'server.properties', source: 'server-[A-Za-z0-9_.-]+\\.properties' },
];

/**
 * Kinds recognised by the end of their path (relative, forward slashes), in the
 * same syntax. A file named hosts is too common to claim anywhere: only
 * <host folder>/etc/hosts (the model drops the others).
 */
export const PATH_PATTERNS: readonly { readonly kind: FileKind; readonly source: string }[] = [{ kind: 'hosts', source: '(?:^|/)etc/hosts' }];

const EXACT: ReadonlySet<string> = new Set(EXACT_NAMES);
const BY_NAME = NAME_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`^(?:${p.source})$`) }));
const BY_PATH = PATH_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`(?:${p.source})$`) }));

export function kindOf(fileName: string): FileKind | undefined {
  if (EXACT.has(fileName)) return fileName as FileKind;
  return BY_NAME.find((p) => p.re.test(fileName))?.kind;
}

/** The kind of the file at `path` (relative, forward slashes) named `name`, if hacheck reads it. */
export function kindAt(path: string, name: string): FileKind | undefined {
  return BY_PATH.find((p) => p.re.test(path))?.kind ?? kindOf(name);
}
