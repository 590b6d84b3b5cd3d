/**
 * The hacheck CLI run inside the test process: the same `runCli` that dist/hacheck.mjs runs
 * (src/cli/main.ts), through captured-run.ts (output captured, the run's working directory and
 * environment, streams not terminals, one run at a time). A spawned CLI costs a Node.js
 * start-up and the loading of the bundle (about 0.3 s of CPU each, 600 times in `npm test`);
 * in process, a run of a small fixture takes milliseconds.
 *
 * What it does not show, and what the suites that need it still spawn the bundle for: the
 * process as users run it (exit code set by the process, output flushed at exit, a hang killed
 * by a time limit: test/hostile.test.ts), the bundle itself (dist.test.ts, pack.test.ts), what
 * start-up loads (startup-loads.test.ts), and writes to a closed pipe (cli-stdout.test.ts).
 */
import { runCli } from '../../src/cli/main.ts';
import { runCaptured, type CapturedRunOptions } from './captured-run.ts';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export type CliRunOptions = CapturedRunOptions;

/** Runs `hacheck <args>` in this process; resolves to its exit code and output. */
export async function runHacheck(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const r = await runCaptured(options, () => runCli([...args]));
  return { status: r.value, stdout: r.stdout, stderr: r.stderr };
}
