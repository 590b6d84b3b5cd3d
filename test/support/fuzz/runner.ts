/**
 * Runs a range of inputs in this thread: generate, write into the scratch
 * copy, check, classify, restore. A failure is recorded and the run goes on,
 * so one run reports every fault it reaches, not the first.
 */
import { classify, TIME_LIMIT_MS, type Verdict } from './classify.ts';
import { loadCorpus } from './corpus.ts';
import { makeInput, type FuzzInput } from './input.ts';
import { checkCluster, optionsFor, type Pipeline } from './pipeline.ts';
import { Scratch } from './scratch.ts';

/** The seed of the CI run and of scripts/fuzz.ts when none is given. */
export const DEFAULT_SEED = 1;

/**
 * A fault planted on purpose at one input, for the fuzzer's own tests: the
 * pipeline throws there, or never returns (which only the worker pool's
 * watchdog can end). Without it nothing would show that a fault is reported.
 */
export interface PlantedFault {
  readonly index: number;
  readonly kind: 'throw' | 'hang';
}

export interface RangeOptions {
  readonly seed: number;
  /** First index, included. */
  readonly start: number;
  /** Last index, excluded. */
  readonly end: number;
  readonly limitMs?: number;
  readonly faults?: readonly PlantedFault[];
  /** The scratch folder to use (removed at the end); a new one when absent. */
  readonly scratchRoot?: string;
  /** Called before each input (the worker publishes it for the watchdog). */
  readonly onStart?: (index: number) => void;
  /** Called at once for each failure and each new slowest input: a worker passes them on before it can be stopped. */
  readonly onFailure?: (failure: Failure) => void;
  readonly onSlowest?: (slowest: Timed) => void;
}

export interface Failure {
  readonly seed: number;
  readonly index: number;
  readonly caseName: string;
  readonly file: string;
  readonly mutations: readonly string[];
  readonly verdict: Exclude<Verdict, { kind: 'ok' }>;
}

export interface Timed {
  readonly index: number;
  readonly ms: number;
  readonly caseName: string;
  readonly file: string;
}

export interface RangeResult {
  readonly count: number;
  readonly failures: Failure[];
  readonly slowest: Timed | undefined;
}

export function failureOf(input: FuzzInput, verdict: Failure['verdict']): Failure {
  return { seed: input.seed, index: input.index, caseName: input.case.name, file: input.file.path, mutations: input.mutations, verdict };
}

function planted(pipeline: Pipeline, faults: readonly PlantedFault[], index: number): Pipeline {
  const fault = faults.find((f) => f.index === index);
  if (!fault) return pipeline;
  if (fault.kind === 'throw') {
    return async () => {
      throw new Error(`deliberate fault planted at input ${index}`);
    };
  }
  return async () => {
    // Synchronous on purpose: an endless loop that no timer in this thread can interrupt.
    for (;;);
  };
}

export async function runRange(options: RangeOptions): Promise<RangeResult> {
  const corpus = await loadCorpus();
  const scratch = new Scratch(options.scratchRoot);
  const failures: Failure[] = [];
  let slowest: Timed | undefined;
  try {
    for (let index = options.start; index < options.end; index++) {
      options.onStart?.(index);
      const input = makeInput(corpus, options.seed, index);
      const pipeline = planted(checkCluster, options.faults ?? [], index);
      const verdict = await scratch.withFile(input.case, input.file, input.bytes, (dir) =>
        classify(() => pipeline(dir, optionsFor(index)), options.limitMs ?? TIME_LIMIT_MS));
      if (verdict.kind !== 'ok') {
        const failure = failureOf(input, verdict);
        failures.push(failure);
        options.onFailure?.(failure);
      }
      if (!slowest || verdict.ms > slowest.ms) {
        slowest = { index, ms: verdict.ms, caseName: input.case.name, file: input.file.path };
        options.onSlowest?.(slowest);
      }
    }
  } finally {
    scratch.dispose();
  }
  return { count: options.end - options.start, failures, slowest };
}
