/**
 * Storage directories a daemon falls back to when its key is unset, and
 * whether that fallback lies under /tmp (hdfs/storage-dir-default-tmp).
 */
import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import type { HadoopMajor } from '../knowledge/hadoop-extra-keys.ts';
import type { Cluster, ConfProperty, Role } from '../model/types.ts';
import { isSet } from './hdfs-ha-keys.ts';
import { roleHosts } from './role-hosts.ts';

export const TMP_DIR_KEY = 'hadoop.tmp.dir';

/** True for /tmp itself or a path below it, after the file: scheme and [DISK] tag are removed. */
export function underTmp(item: string): boolean {
  const path = item.replace(/^\[[A-Za-z_]+\]/, '').replace(/^file:(\/\/[^/]*)?/i, '').replace(/\/{2,}/g, '/');
  return path === '/tmp' || path.startsWith('/tmp/');
}

/**
 * The default of a key as `*-default.xml` writes it. dfs.journalnode.edits.dir is
 * missing from hdfs-default.xml 2.7.7 but has the same default in the code
 * (DFSConfigKeys.java (2.7.7) L737-738 DFS_JOURNALNODE_EDITS_DIR_DEFAULT), so the
 * 3.4.1 entry serves both.
 */
export function defaultOf(key: string, major: HadoopMajor): string | undefined {
  return HADOOP_KNOWLEDGE.defaults[major][key] ?? HADOOP_KNOWLEDGE.defaults['3'][key];
}

/**
 * The chain a default follows, as evidence: `file://${hadoop.tmp.dir}/dfs/name =
 * /tmp/hadoop-${user.name}/dfs/name`, with hadoop.tmp.dir at its default too.
 * ${user.name} stays as written: it is the daemon's user, which the files do not say.
 */
export function defaultChain(key: string, major: HadoopMajor): { written: string; resolved: string } | undefined {
  const written = defaultOf(key, major);
  const tmp = defaultOf(TMP_DIR_KEY, major);
  if (written === undefined || tmp === undefined) return undefined;
  const resolved = written.split('${hadoop.tmp.dir}').join(tmp).replace(/^file:\/\//i, '');
  return { written, resolved };
}

/**
 * Whether the key is set, under its name, a `.<nameservice>[.<namenode>]` suffix
 * (the NameNode and JournalNode read those, NameNode.java NAMENODE_SPECIFIC_KEYS),
 * or a deprecated name Hadoop maps onto it (dfs.name.dir, dfs.data.dir).
 */
export function setUnderAnyName(effective: Readonly<Record<string, ConfProperty>>, key: string, major: HadoopMajor, nameservices: readonly string[] = []): boolean {
  const oldNames = Object.entries(HADOOP_KNOWLEDGE.deprecated[major]).filter(([, to]) => to === key).map(([from]) => from);
  // Only a declared nameservice makes a suffix: dfs.namenode.name.dir.restore is another key.
  const suffixed = (name: string) => name.startsWith(`${key}.`) && nameservices.includes(name.slice(key.length + 1).split('.')[0]!);
  return Object.values(effective).some((p) => isSet(p) && (p.name === key || suffixed(p.name) || oldNames.includes(p.name)));
}

/**
 * Whether a daemon of this role may load a configuration used by these hosts: one
 * of them runs it, or nothing places the role on any host (a shared directory).
 */
export function loadedByRole(cluster: Cluster, confHosts: readonly string[], role: Role): boolean {
  // The role's hosts are indexed once per cluster: a shared configuration lists every host.
  const { any, names } = roleHosts(cluster, role);
  if (!any || confHosts.length === 0) return true;
  return confHosts.some((name) => names.has(name));
}
