/**
 * The verdict on one input. The three faults: an exception out of the
 * pipeline (a crash with a stack trace), an internal error (a rule threw: the
 * CLI exits 2), and a run over the time limit. Kept apart from the pipeline so
 * that a test can hand it a pipeline that fails on purpose and see it reported.
 */
import type { PipelineResult, RuleFailure } from './pipeline.ts';

/** The bound: no input may take longer to lint. */
export const TIME_LIMIT_MS = 5000;

export type Verdict =
  | { readonly kind: 'ok'; readonly ms: number }
  | { readonly kind: 'exception'; readonly ms: number; readonly error: string }
  | { readonly kind: 'internal-error'; readonly ms: number; readonly errors: readonly RuleFailure[] }
  /** `unfinished`: it never returned; the pool's watchdog stopped its worker after `ms`. */
  | { readonly kind: 'slow'; readonly ms: number; readonly limitMs: number; readonly unfinished?: boolean };

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : `thrown non-error: ${String(err)}`;
}

export async function classify(run: () => Promise<PipelineResult>, limitMs = TIME_LIMIT_MS): Promise<Verdict> {
  const start = performance.now();
  let result: PipelineResult;
  try {
    result = await run();
  } catch (err) {
    return { kind: 'exception', ms: performance.now() - start, error: describe(err) };
  }
  const ms = performance.now() - start;
  if (result.internalErrors.length > 0) return { kind: 'internal-error', ms, errors: result.internalErrors };
  if (ms > limitMs) return { kind: 'slow', ms, limitMs };
  return { kind: 'ok', ms };
}
