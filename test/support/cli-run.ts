/**
 * `hacheck <args>` without colour, with its exit code as `code`: how the suites that check
 * hacheck's answer (findings, file listings, summaries, messages, the exit code of a command)
 * run it. The run is in the test process (cli-in-process.ts), which answers exactly as the
 * spawned bundle does, for milliseconds instead of a Node.js start-up and a bundle load each.
 * Suites whose subject is the process itself (a time limit, a terminal, a preload) still spawn.
 */
import { runHacheck, type CliRunOptions } from './cli-in-process.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `hacheck <args>` in process, with NO_COLOR=1 added to its environment (the test process's own when `env` is absent). */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = { ...(options.env ?? process.env), NO_COLOR: '1' };
  const r = await runHacheck(args, { cwd: options.cwd, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
