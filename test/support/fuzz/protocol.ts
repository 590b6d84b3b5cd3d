/** What pool.ts and worker.ts exchange; apart from worker.ts, whose import starts a run. */
import type { Failure, PlantedFault, Timed } from './runner.ts';

export interface WorkerData {
  readonly seed: number;
  readonly start: number;
  readonly end: number;
  readonly limitMs: number;
  readonly faults: readonly PlantedFault[];
  /** Made by the pool, which removes it even when it has to stop the worker. */
  readonly scratchRoot: string;
  /** Int32Array slots, see SLOT_INDEX and SLOT_STARTED. */
  readonly shared: SharedArrayBuffer;
  /** Date.now() when the pool started: the slots hold times relative to it, to fit in 32 bits. */
  readonly epoch: number;
}

export type WorkerMessage =
  | { readonly type: 'failure'; readonly failure: Failure }
  | { readonly type: 'slowest'; readonly slowest: Timed }
  | { readonly type: 'done' };

/** The index of the input under way. */
export const SLOT_INDEX = 0;
/** When it started, in ms since the epoch; NOT_STARTED while the worker is still loading. */
export const SLOT_STARTED = 1;
export const NOT_STARTED = -1;
