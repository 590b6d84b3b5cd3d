/**
 * One view of every cluster of a directory, for what reports on the directory as a whole:
 * the output formats (which host a file belongs to, what was skipped or unreadable), the
 * "what was checked" line and `hacheck files`. Rules never see it: each runs on one cluster.
 */
import type { CandidateFile } from '../discovery/plan.ts';
import type { Cluster } from './types.ts';
import { byPath } from './by-path.ts';

/** The only cluster itself, or the clusters' files, hosts and problems together, each used file naming its cluster. */
export function mergeClusters(parts: readonly Cluster[]): Cluster {
  if (parts.length === 1) return parts[0]!;
  const all = <T>(pick: (c: Cluster) => readonly T[]) => parts.flatMap(pick);
  const candidates = parts.flatMap((c) =>
    c.plan.candidates.map((f): CandidateFile => (f.verdict.used ? { path: f.path, verdict: { ...f.verdict, cluster: c.name } } : f)),
  );
  const first = parts[0]!;
  return {
    name: '.',
    files: all((c) => c.files).sort(byPath),
    distinctFiles: all((c) => c.distinctFiles),
    hosts: all((c) => c.hosts),
    confs: all((c) => c.confs),
    yarnConfs: all((c) => c.yarnConfs),
    zooConfigs: all((c) => c.zooConfigs),
    hbaseConfs: all((c) => c.hbaseConfs),
    hadoopVersion: first.hadoopVersion,
    zookeeperVersion: first.zookeeperVersion,
    workers: first.workers,
    hasHostFolders: parts.some((c) => c.hasHostFolders),
    unmatchedFolders: all((c) => c.unmatchedFolders).sort(),
    unreadable: all((c) => c.unreadable).sort(byPath),
    unchecked: all((c) => c.unchecked).sort(byPath),
    parseFailures: all((c) => c.parseFailures),
    competingCopies: all((c) => c.competingCopies),
    containerNotes: all((c) => c.containerNotes),
    definitions: all((c) => c.definitions),
    maxFileSize: first.maxFileSize,
    skipped: all((c) => c.skipped).sort(byPath),
    plan: {
      candidates: candidates.sort(byPath),
      hostFolders: parts.flatMap((c) => c.plan.hostFolders.map((h) => ({ ...h, cluster: c.name }))).sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)),
    },
    clusterNames: parts.map((c) => c.name),
  };
}
