/**
 * Copies that compete: two different files of one name that would both be the shared copy
 * (or one host's copy) of a kind. The model uses the first in path order; the others are
 * named, never dropped in silence (rule cluster/competing-copies, `hacheck files`).
 */
import { posix } from 'node:path';
import type { FileKind } from '../recognised-files.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { ClusterFile, CompetingCopy, ZooCfgFile } from './types.ts';
import { isWildcard } from './host-names.ts';

/**
 * Kinds of which a host reads one file. Left out: myid (a stray myid has rules of its own),
 * server.properties (each broker has its own), zoo.cfg.dynamic (one per configuration
 * version) and etc/hosts (one place per host).
 */
const ONE_PER_HOST: ReadonlySet<FileKind> = new Set<FileKind>([
  'zoo.cfg', 'core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml', 'hbase-site.xml', 'slaves', 'workers', 'ntp.conf', 'chrony.conf',
]);

/**
 * Two zoo.cfg files are two ZooKeeper servers, not two copies of one, when they keep their data
 * or serve clients in different places (a pseudo-cluster's `zoo1/zoo.cfg`, `zoo2/zoo.cfg`, a
 * second installation on a host), or when each gives a different server the wildcard address:
 * the own-line `0.0.0.0` idiom, one file per server (`server.2=0.0.0.0:2888:3888` in server 2's).
 */
function separateInstances(a: ClusterFile, b: ClusterFile): boolean {
  if (a.kind !== 'zoo.cfg' || b.kind !== 'zoo.cfg') return false;
  const differ = (key: string) => zooValue(a.zoo, key)?.value.value !== zooValue(b.zoo, key)?.value.value;
  return differ('dataDir') || differ('clientPort') || differ('secureClientPort') || wildcardServers(a) !== wildcardServers(b);
}

/** Two host lists that list the same hosts in the same order, whatever their comments and blank lines: one list. */
function sameHosts(a: ClusterFile, b: ClusterFile): boolean {
  if ((a.kind !== 'workers' && a.kind !== 'slaves') || (b.kind !== 'workers' && b.kind !== 'slaves')) return false;
  return a.list.hosts.map((h) => h.value).join('\n') === b.list.hosts.map((h) => h.value).join('\n');
}

/** The ids of the server lines that give the wildcard address, as one string. */
function wildcardServers(f: ZooCfgFile): string {
  return f.zoo.servers
    .filter((s) => s.addresses.some((a) => isWildcard(a.host.value)))
    .map((s) => s.id.value)
    .join(',');
}

/**
 * The files of `files` (one host's, or the shared ones, in path order) that lose to `used`,
 * the first of their kind: same file name, other content. Files of another name
 * (zoo1.cfg, zoo2.cfg beside each other) and zoo.cfg files of other servers are separate
 * instances, not copies.
 */
export function competingCopies(files: readonly ClusterFile[], used: Partial<Record<FileKind, ClusterFile>>, host: string | undefined): CompetingCopy[] {
  const out: CompetingCopy[] = [];
  for (const f of files) {
    const winner = used[f.kind];
    if (!winner || winner === f || !ONE_PER_HOST.has(f.kind) || winner.hash === f.hash) continue;
    if (posix.basename(f.path) !== posix.basename(winner.path) || separateInstances(f, winner) || sameHosts(f, winner)) continue;
    out.push({ file: f, used: winner, host });
  }
  return out;
}
