/** What bench/run.ts measures, as bench/report.ts renders it and bench/targets.ts judges it. */
import type { Stats } from './measure.ts';

/**
 * The input families of bench/generate.ts: every host a copy of the same files, every host's
 * files different (a per-host value, as real snapshots have), and the project's own layout.
 */
export type Family = 'identical' | 'differ' | 'project';
export const FAMILIES: readonly Family[] = ['identical', 'differ', 'project'];

export interface Measured {
  readonly wall: Stats;
  readonly cpu: Stats;
  readonly rssMiB: Stats;
}

export interface Row {
  readonly label: string;
  /** Undefined for an input that is not a generated cluster (the large site file). */
  readonly family: Family | undefined;
  readonly hosts: number | undefined;
  readonly files: number;
  /** Distinct contents among the files, as the distinct floor counts them. */
  readonly distinct: number | undefined;
  /** Whether hacheck's output was exactly the predicted one. */
  readonly exact: boolean;
  readonly check: string;
  /** Undefined when hacheck ran past the time limit: then nothing was timed. */
  readonly hacheck: Measured | undefined;
  readonly floor: Measured | undefined;
  readonly distinctFloor: Measured | undefined;
  /** Set when hacheck was killed at the time limit, in seconds. */
  readonly killedAfterS?: number;
}

export interface Startup {
  readonly command: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}
