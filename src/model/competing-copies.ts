/**
 * Copies that compete: two different files of one name that would both be the shared copy
 * (or one host's copy) of a kind. The model uses the first in path order; the others are
 * named, never dropped in silence (rule cluster/competing-copies, `hacheck files`).
 */
import { posix } from 'node:path';
import type { FileKind } from '../recognised-files.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { ClusterFile, CompetingCopy } from './types.ts';

/**
 * Kinds of which a host reads one file. Left out: myid (a stray myid has rules of its own),
 * server.properties (each broker has its own), zoo.cfg.dynamic (one per configuration
 * version) and etc/hosts (one place per host).
 */
const ONE_PER_HOST: ReadonlySet<FileKind> = new Set<FileKind>([
  'zoo.cfg', 'core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml', 'hbase-site.xml', 'slaves', 'workers', 'ntp.conf', 'chrony.conf',
]);

/**
 * Two zoo.cfg files with different dataDirs in one host's folder are two ZooKeeper servers on
 * that host (a second installation, each with its own myid), not two copies of one: a copy
 * would share the data. Shared files are not judged so: every host would run both.
 */
function separateInstances(a: ClusterFile, b: ClusterFile): boolean {
  if (a.kind !== 'zoo.cfg' || b.kind !== 'zoo.cfg') return false;
  const dataDir = (f: typeof a) => zooValue(f.zoo, 'dataDir')?.value.value;
  return dataDir(a) !== dataDir(b);
}

/**
 * The files of `files` (one host's, or the shared ones, in path order) that lose to `used`,
 * the first of their kind: same file name, other content. Files of another name
 * (zoo1.cfg, zoo2.cfg beside each other) and zoo.cfg files of other dataDirs are separate
 * instances, not copies.
 */
export function competingCopies(files: readonly ClusterFile[], used: Partial<Record<FileKind, ClusterFile>>, host: string | undefined): CompetingCopy[] {
  const out: CompetingCopy[] = [];
  for (const f of files) {
    const winner = used[f.kind];
    if (!winner || winner === f || !ONE_PER_HOST.has(f.kind) || winner.hash === f.hash) continue;
    if (posix.basename(f.path) !== posix.basename(winner.path) || (host !== undefined && separateInstances(f, winner))) continue;
    out.push({ file: f, used: winner, host });
  }
  return out;
}
