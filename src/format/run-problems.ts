import type { Cluster } from '../model/types.ts';

/** A problem of the run itself rather than of the cluster: what machine-readable formats report next to the findings. */
export interface RunProblem {
  /** unreadable: a recognised file could not be read (exit 2); skipped: a link not followed; internal-error: a bug in hacheck (exit 2). */
  readonly kind: 'unreadable' | 'skipped' | 'internal-error';
  readonly message: string;
  /** Relative to the linted directory; absent for an internal error of a rule. */
  readonly path?: string;
}

export interface RunProblemSource {
  readonly cluster: Pick<Cluster, 'unreadable' | 'skipped'>;
  /** One line each (InternalError.report). */
  readonly internalErrors?: readonly { readonly report: string }[];
}

/** The problems in the order stderr shows them: notices, then what makes the run exit 2. */
export function runProblems(input: RunProblemSource): RunProblem[] {
  return [
    ...input.cluster.skipped.map((s) => ({ kind: 'skipped' as const, message: `skipped ${s.path}: ${s.reason}`, path: s.path })),
    ...input.cluster.unreadable.map((u) => ({ kind: 'unreadable' as const, message: `cannot read ${u.path} (${u.reason})`, path: u.path })),
    ...(input.internalErrors ?? []).map((e) => ({ kind: 'internal-error' as const, message: e.report })),
  ];
}
