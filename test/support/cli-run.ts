/**
 * `hacheck <args>` without colour, with its exit code as `code`: how the suites that check
 * hacheck's answer (findings, file listings, summaries, messages, the exit code of a command)
 * run it. The run is in the test process (cli-in-process.ts), which answers exactly as the
 * spawned bundle does, for milliseconds instead of a Node.js start-up and a bundle load each.
 * Suites whose subject is the process itself (a time limit, a terminal, a preload) still spawn.
 */
import { runHacheck } from './cli-in-process.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** The working directory of the run; the test process's own when absent. */
  readonly cwd?: string;
  /** The environment of the run (NO_COLOR is added); the test process's own when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** `hacheck <args>` in process, with NO_COLOR=1 added to its environment. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const env = { ...(options.env ?? process.env), NO_COLOR: '1' };
  const r = await runHacheck(args, { cwd: options.cwd, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
