import type { ClusterFile, CompetingCopy, Host, UncheckedFile } from '../model/types.ts';
import type { CandidateFile, DiscoveryPlan, SetAside } from './plan.ts';
import { notUsed } from './plan.ts';

export interface PlanParts {
  readonly files: readonly ClusterFile[];
  readonly setAside: readonly SetAside[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  readonly unchecked: readonly UncheckedFile[];
  readonly parseFailures: readonly { readonly path: string }[];
  readonly hosts: readonly Pick<Host, 'name' | 'folder' | 'folderMatch'>[];
  readonly competing: readonly CompetingCopy[];
}

/** The plan from what discovery, the reads and the model made of each candidate, sorted by path. */
export function planOf(parts: PlanParts): DiscoveryPlan {
  const losers = new Map(parts.competing.map((c) => [c.file.path, c.used.path]));
  const candidates: CandidateFile[] = [
    ...parts.files.map((f): CandidateFile => {
      const lost = losers.get(f.path);
      return lost === undefined ? { path: f.path, verdict: { used: true, kind: f.kind, host: f.host } } : notUsed(f.path, `another copy is used: ${lost}`);
    }),
    ...parts.setAside.map((s) => notUsed(s.path, s.reason)),
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
