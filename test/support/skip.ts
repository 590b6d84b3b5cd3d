// A suite whose prerequisite is missing (a JDK, ZooKeeper, pre-commit, the corpus...) still
// registers each of its tests, with uvu's own `test.skip`, so that uvu's closing "Skipped:" line
// counts them (uvu 0.5.6, dist/index.mjs: `test.skip = () => { ctx.skips++ }`, summed into
// "Skipped:" by exec). uvu keeps no name nor reason for a skip, so the reason is written, one
// JSON line per skipped test, to the file scripts/test.mjs names in SKIP_LOG_ENV; the runner lists
// each reason once under its tally, and under CI=true fails on any skip not marked `ciMaySkip`.
import { appendFileSync } from 'node:fs';
import { test, type Callback } from 'uvu';

export const SKIP_LOG_ENV = 'HACHECK_TEST_SKIP_LOG';

/** One line of the skip log (read back by scripts/test-tally.mjs). */
export interface SkipRecord {
  /** What was not run, as a noun before "tests": "corpus", "pre-commit hook". */
  readonly suite: string;
  readonly reason: string;
  /** CI installs every prerequisite but this one: its skip there is no failure. */
  readonly ciMaySkip: boolean;
}

/** `test` and the hooks a suite registers its setup with; `run` stays `test.run`, called once per file. */
export interface SuiteTest {
  (name: string, fn: Callback): void;
  readonly before: typeof test.before;
  readonly after: typeof test.after;
}

const announced = new Set<string>();

function record(entry: SkipRecord): void {
  const log = process.env[SKIP_LOG_ENV];
  if (log) {
    appendFileSync(log, `${JSON.stringify(entry)}\n`);
    return;
  }
  // Run without scripts/test.mjs (one file under uvu): the reason is said here, once.
  const key = `${entry.suite}\0${entry.reason}`;
  if (announced.has(key)) return;
  announced.add(key);
  console.log(`SKIPPED: ${entry.suite} tests: ${entry.reason}`);
}

/**
 * uvu's `test` when `missing` is undefined; otherwise a stand-in that registers each test as
 * skipped, with `missing` as the reason, and ignores the hooks (their setup needs what is missing).
 */
export function testUnless(suite: string, missing: string | undefined, options: { readonly ciMaySkip?: boolean } = {}): SuiteTest {
  if (missing === undefined) return test;
  const noHook = Object.assign(() => {}, { each: () => {} });
  const skip = (name: string, fn: Callback) => {
    test.skip(name, fn);
    record({ suite, reason: missing, ciMaySkip: options.ciMaySkip === true });
  };
  return Object.assign(skip, { before: noHook, after: noHook });
}
