import type { ClusterFile, UncheckedFile } from '../model/types.ts';
import type { CandidateFile, DiscoveryPlan, SetAside } from './plan.ts';
import { notUsed } from './plan.ts';

export interface PlanParts {
  readonly files: readonly ClusterFile[];
  readonly setAside: readonly SetAside[];
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
  readonly unchecked: readonly UncheckedFile[];
  readonly parseFailures: readonly { readonly path: string }[];
}

/** The plan from what discovery, the reads and the model made of each candidate, sorted by path. */
export function planOf(parts: PlanParts): DiscoveryPlan {
  const candidates: CandidateFile[] = [
    ...parts.files.map((f): CandidateFile => ({ path: f.path, verdict: { used: true, kind: f.kind, host: f.host } })),
    ...parts.setAside.map((s) => notUsed(s.path, s.reason)),
    ...parts.unreadable.map((u) => notUsed(u.path, `cannot be read: ${u.reason}`)),
    ...parts.unchecked.map((u) => notUsed(u.path, u.reason === 'too-large' ? 'too large' : 'binary')),
    ...parts.parseFailures.map((p) => notUsed(p.path, 'parser failure')),
  ];
  return { candidates: candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
