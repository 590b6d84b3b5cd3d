import type { ClusterFile, CompetingCopy, Host, UncheckedFile } from '../model/types.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import { isExpectedMyid } from '../model/myid-path.ts';
import type { CandidateFile, ContainerUse, DefinitionFile, DiscoveryPlan, FileVerdict, SetAside } from './plan.ts';
import { notUsed } from './plan.ts';

export interface PlanParts {
  readonly files: readonly ClusterFile[];
  readonly setAside: readonly SetAside[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  readonly unchecked: readonly UncheckedFile[];
  readonly parseFailures: readonly { readonly path: string }[];
  readonly hosts: readonly Pick<Host, 'name' | 'folder' | 'folderMatch' | 'zoo' | 'myid' | 'strayMyids'>[];
  readonly competing: readonly CompetingCopy[];
  /** A container project's definition files (src/containers/read-projects.ts). */
  readonly definitions?: readonly DefinitionFile[];
}

/**
 * The myids ZooKeeper never reads: in a host's folder, not at the dataDir of its zoo.cfg, nor
 * at the dataDir of another zoo.cfg in that folder (a second installation reads its own).
 */
function strayMyids(parts: PlanParts): Map<string, FileVerdict> {
  const verdicts = new Map<string, FileVerdict>();
  for (const host of parts.hosts) {
    const { folder, zoo } = host;
    if (!folder || !zoo || host.strayMyids.length === 0) continue;
    const others = parts.files.filter((f) => f.kind === 'zoo.cfg' && f.host === host.name && f !== zoo);
    const dataDir = zooValue(zoo.zoo, 'dataDir')?.value.value;
    for (const stray of host.strayMyids) {
      if (others.some((f) => f.kind === 'zoo.cfg' && isExpectedMyid(stray.path, folder, f))) continue;
      verdicts.set(stray.path, { used: false, reason: 'not in dataDir', kind: 'myid', host: host.name, dataDir });
    }
  }
  return verdicts;
}

/** The myids read as their host's although not at its dataDir (mounted from a folder that holds only them). */
function mountedMyids(parts: PlanParts): Set<string> {
  const out = new Set<string>();
  for (const { folder, zoo, myid } of parts.hosts) {
    if (folder && zoo && myid && !isExpectedMyid(myid.path, folder, zoo)) out.add(myid.path);
  }
  return out;
}

/** Whether `f` is the first file of its path seen, which `seen` then holds. */
function firstOfPath(f: { readonly path: string }, seen: Set<string>): boolean {
  if (seen.has(f.path)) return false;
  seen.add(f.path);
  return true;
}

/** One candidate per path and container: the files that container takes from that path, in order. */
function containerCandidates(files: readonly ClusterFile[]): CandidateFile[] {
  const byKey = new Map<string, { path: string; host: string; use: { service: string; files: ContainerUse['files'][number][] } }>();
  for (const f of files) {
    const c = f.container;
    if (!c || f.host === undefined) continue;
    const key = `${f.path}\0${f.host}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { path: f.path, host: f.host, use: { service: c.service, files: [] } }));
    entry.use.files.push({ kind: f.kind, target: c.target, via: c.via, ...(c.image ? { image: c.image } : {}) });
  }
  return [...byKey.values()].map(({ path, host, use }) => ({ path, verdict: { used: true, kind: use.files[0]!.kind, host, container: use } }));
}

/** The plan from what discovery, the reads and the model made of each candidate, sorted by path. */
export function planOf(parts: PlanParts): DiscoveryPlan {
  const strays = strayMyids(parts);
  const mounted = mountedMyids(parts);
  const envPaths = new Set<string>();
  const definitionPaths = new Set((parts.definitions ?? []).map((d) => d.path));
  const losers = new Map(parts.competing.map((c) => [c.file.path, c.used.path]));
  const candidates: CandidateFile[] = [
    ...containerCandidates(parts.files),
    // The site files of one environment file share its path: one candidate, naming them all.
    // A definition's shared files (a ConfigMap no workload uses) are named on its own line.
    ...parts.files.filter((f) => !f.container && !definitionPaths.has(f.path) && (!('fromEnv' in f && f.fromEnv) || firstOfPath(f, envPaths))).map((f): CandidateFile => {
      const lost = losers.get(f.path);
      if (lost !== undefined) return notUsed(f.path, `another copy is used: ${lost}`);
      const env = 'fromEnv' in f && f.fromEnv ? { env: f.fromEnv } : {};
      return { path: f.path, verdict: strays.get(f.path) ?? { used: true, kind: f.kind, host: f.host, ...(mounted.has(f.path) ? { mounted: true as const } : {}), ...env } };
    }),
    ...(parts.definitions ?? []).map((d): CandidateFile => ({ path: d.path, verdict: { used: true, definition: d.use } })),
    // An env file a project's containers load is that project's definition, whatever the tree's reading of it said.
    ...parts.setAside.filter((s) => !definitionPaths.has(s.path)).map((s) => notUsed(s.path, s.reason)),
    ...parts.unreadable.map((u) => notUsed(u.path, `cannot be read: ${u.reason}`)),
    ...parts.unchecked.map((u) => notUsed(u.path, u.reason === 'too-large' ? 'too large' : 'binary')),
    ...parts.parseFailures.map((p) => notUsed(p.path, 'parser failure')),
  ];
  const hostFolders = parts.hosts.flatMap((h) => (h.folder !== undefined && h.folderMatch !== undefined ? [{ folder: h.folder, host: h.name, match: h.folderMatch }] : []));
  return {
    candidates: candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    hostFolders: hostFolders.sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)),
  };
}
