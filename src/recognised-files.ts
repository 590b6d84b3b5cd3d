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
/** How the content of a file recognised by a broad name decides whether it is read (src/discovery/by-content.ts). */
export type ContentCheck = 'kafka-broker' | 'zookeeper-server' | 'container-env' | 'compose' | 'kubernetes';

/**
 * Names that may be configuration: the file is read, and its content decides
 * (a ZooKeeper server sets dataDir and a client port or server lines; a Kafka
 * broker sets broker keys). The first matching pattern wins: Kafka's bundled
 * zookeeper.properties is a ZooKeeper configuration, not a broker's.
 */
export const CONTENT_PATTERNS: readonly { readonly kind: FileKind; readonly check: ContentCheck; readonly source: string }[] = [
  // zoo_1.cfg, zoo1.cfg, zoo.cfg.2181, Kafka's config/zookeeper.properties and its copies per instance (zookeeper1.properties).
  { kind: 'zoo.cfg', check: 'zookeeper-server', source: 'zoo[^/]*\\.cfg|zoo\\.cfg\\.[^/]+|zookeeper[^/]*\\.properties' },
  // server1.properties, server_1.properties, broker-0.properties: any name, when it sets broker keys.
  { kind: 'server.properties', check: 'kafka-broker', source: '[^/]+\\.properties' },
  // An environment file that a Hadoop image's entrypoint turns into site files (src/model/container-env.ts):
  // Compose's .env and env_file files (hadoop.env), or any file named config. Read as the site files it becomes.
  { kind: 'core-site.xml', check: 'container-env', source: 'config|[^/]*\\.env' },
  // Container definitions (src/containers/): a Docker Compose file, and any other YAML file, which is read
  // as Kubernetes manifests when its documents have apiVersion and kind. `kind` is unused for both.
  { kind: 'core-site.xml', check: 'compose', source: '(?:docker-)?compose(?:[.-][^/]*)?\\.ya?ml' },
  { kind: 'core-site.xml', check: 'kubernetes', source: '[^/]*\\.ya?ml' },
];

export const PATH_PATTERNS: readonly { readonly kind: FileKind; readonly source: string }[] = [{ kind: 'hosts', source: '(?:^|/)etc/hosts' }];

const EXACT: ReadonlySet<string> = new Set(EXACT_NAMES);
const BY_NAME = NAME_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`^(?:${p.source})$`) }));
const BY_CONTENT = CONTENT_PATTERNS.map((p) => ({ kind: p.kind, check: p.check, re: new RegExp(`^(?:${p.source})$`) }));
const BY_PATH = PATH_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`(?:${p.source})$`) }));

export function kindOf(fileName: string): FileKind | undefined {
  if (EXACT.has(fileName)) return fileName as FileKind;
  return BY_NAME.find((p) => p.re.test(fileName))?.kind;
}

/** The kind of the file at `path` (relative, forward slashes) named `name`, if hacheck reads it. */
export function kindAt(path: string, name: string): FileKind | undefined {
  return BY_PATH.find((p) => p.re.test(path))?.kind ?? kindOf(name);
}

/** A candidate's name: read as `kind`, with its content deciding when `check` is set. */
export interface NamedCandidate {
  readonly kind: FileKind;
  readonly check?: ContentCheck;
}

/** The kind a file named `name` may be, by its exact name, a name pattern, or a name whose content decides. */
export function candidateOf(name: string): NamedCandidate | undefined {
  const kind = kindOf(name);
  if (kind) return kind === 'server.properties' ? { kind, check: 'kafka-broker' } : { kind };
  const byContent = BY_CONTENT.find((p) => p.re.test(name));
  return byContent ? { kind: byContent.kind, check: byContent.check } : undefined;
}

/** candidateOf for the file at `path` (relative, forward slashes), recognised path endings included. */
export function candidateAt(path: string, name: string): NamedCandidate | undefined {
  const byPath = BY_PATH.find((p) => p.re.test(path))?.kind;
  return byPath ? { kind: byPath } : candidateOf(name);
}
