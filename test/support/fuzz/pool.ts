/**
 * Splits a run between worker threads (one input takes about 5 ms, mostly
 * CPU: 20,000 in one thread took about 100 s). Each worker gets a contiguous
 * sub-range; since input i depends on (seed, i) alone, the split changes
 * nothing in what is tested.
 *
 * The main thread is a watchdog: an input that never returns (an endless
 * loop in a parser) would otherwise hang the test run instead of failing it.
 * Such a worker, or one that dies, is replaced by a new one that resumes after
 * the input it was on, which is recorded as a failure.
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { TIME_LIMIT_MS, type Verdict } from './classify.ts';
import { loadCorpus, type Corpus } from './corpus.ts';
import { makeInput } from './input.ts';
import { NOT_STARTED, SLOT_INDEX, SLOT_STARTED, type WorkerData, type WorkerMessage } from './protocol.ts';
import { failureOf, type Failure, type PlantedFault, type RangeResult, type Timed } from './runner.ts';
import { scratchRoot } from './scratch.ts';

export interface PoolOptions {
  readonly seed: number;
  readonly start: number;
  readonly end: number;
  readonly workers: number;
  readonly limitMs?: number;
  /** An input still running after this long is taken as endless: its worker is stopped. */
  readonly hangMs?: number;
  readonly faults?: readonly PlantedFault[];
  /** Called about every second with the number of inputs finished. */
  readonly onProgress?: (done: number) => void;
  /** Called for each failure as it is found: a long run that is interrupted has still told its findings. */
  readonly onFailure?: (failure: Failure) => void;
}

export interface PoolResult extends RangeResult {
  /** Wall time of the whole run, worker start-up included. */
  readonly ms: number;
}

const HANG_MS = 60_000;

/**
 * The worker's entry, evaluated as a script. A .ts file given to new Worker()
 * is not loaded through the tsx hooks of the parent (ERR_UNKNOWN_FILE_EXTENSION
 * on Node 20), so the worker registers tsx itself before importing worker.ts.
 */
function bootstrap(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
}

function stackOf(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

interface Shared {
  readonly options: PoolOptions;
  readonly corpus: Corpus;
  readonly epoch: number;
  readonly failures: Failure[];
  slowest: Timed | undefined;
  finished: number;
  /** Per running worker: where its range began, and its slots. */
  readonly running: Set<{ readonly from: number; readonly slots: Int32Array }>;
}

/** Runs [from, to) in one worker, then the rest in another if that worker hung or died. */
function runChunk(s: Shared, from: number, to: number): Promise<void> {
  const { options } = s;
  const limitMs = options.limitMs ?? TIME_LIMIT_MS;
  const hangMs = options.hangMs ?? HANG_MS;
  const slots = new Int32Array(new SharedArrayBuffer(8));
  Atomics.store(slots, SLOT_INDEX, from);
  Atomics.store(slots, SLOT_STARTED, NOT_STARTED);
  const root = scratchRoot();
  const data: WorkerData = {
    seed: options.seed, start: from, end: to, limitMs, faults: options.faults ?? [], scratchRoot: root,
    shared: slots.buffer as SharedArrayBuffer, epoch: s.epoch,
  };
  const worker = new Worker(bootstrap(), { eval: true, workerData: data });
  const entry = { from, slots };
  s.running.add(entry);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    /** Ends this worker's part; `resumeAt` is where a replacement starts, undefined when the range is done. */
    const settle = (resumeAt: number | undefined) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      s.running.delete(entry);
      s.finished += (resumeAt ?? to) - from;
      // A stopped worker never reaches its own clean-up: its copy of the fixtures is removed here, once it has exited.
      void worker.terminate().then(() => rmSync(root, { recursive: true, force: true }));
      resolve(resumeAt !== undefined && resumeAt < to ? runChunk(s, resumeAt, to) : undefined);
    };
    const record = (failure: Failure) => {
      s.failures.push(failure);
      options.onFailure?.(failure);
    };
    /** Records the input under way as failed; returns the index after it. */
    const blame = (verdict: Failure['verdict']): number => {
      const index = Atomics.load(slots, SLOT_INDEX);
      record(failureOf(makeInput(s.corpus, options.seed, index), verdict));
      return index + 1;
    };
    const elapsed = () => {
      const started = Atomics.load(slots, SLOT_STARTED);
      return started === NOT_STARTED ? 0 : Date.now() - s.epoch - started;
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'failure') record(m.failure);
      else if (m.type === 'slowest') {
        if (!s.slowest || m.slowest.ms > s.slowest.ms) s.slowest = m.slowest;
      } else settle(undefined);
    });
    /**
     * A worker that dies before its first input failed to load (a syntax error in the code under
     * test): not a finding, and a replacement would die the same way, once per input.
     */
    const died = (reason: string) => {
      if (settled) return;
      if (Atomics.load(slots, SLOT_STARTED) === NOT_STARTED) {
        settled = true;
        clearInterval(watchdog);
        s.running.delete(entry);
        rmSync(root, { recursive: true, force: true });
        reject(new Error(`a fuzz worker failed before its first input: ${reason}`));
        return;
      }
      settle(blame({ kind: 'exception', ms: elapsed(), error: `the worker died: ${reason}` }));
    };
    worker.on('error', (err) => died(stackOf(err)));
    worker.on('exit', (code) => died(`it exited with code ${code} before the end of its range`));
    const watchdog = setInterval(() => {
      const ms = elapsed();
      if (ms <= hangMs) return;
      const verdict: Verdict = { kind: 'slow', ms, limitMs, unfinished: true };
      settle(blame(verdict));
    }, Math.min(1000, hangMs / 4));
  });
}

export async function runPool(options: PoolOptions): Promise<PoolResult> {
  const t0 = performance.now();
  const s: Shared = { options, corpus: await loadCorpus(), epoch: Date.now(), failures: [], slowest: undefined, finished: 0, running: new Set() };
  const total = options.end - options.start;
  if (total <= 0) return { count: 0, failures: [], slowest: undefined, ms: 0 };
  const n = Math.max(1, Math.min(options.workers, total));
  const size = Math.ceil(total / n);
  const chunks: Promise<void>[] = [];
  for (let from = options.start; from < options.end; from += size) chunks.push(runChunk(s, from, Math.min(options.end, from + size)));
  const progress = options.onProgress && setInterval(() => {
    let inFlight = 0;
    for (const r of s.running) inFlight += Atomics.load(r.slots, SLOT_INDEX) - r.from;
    options.onProgress!(s.finished + inFlight);
  }, 1000);
  try {
    await Promise.all(chunks);
  } finally {
    if (progress) clearInterval(progress);
  }
  const failures = [...s.failures].sort((a, b) => a.index - b.index);
  return { count: s.finished, failures, slowest: s.slowest, ms: performance.now() - t0 };
}
