/** Timing one command under GNU time, and summarising samples: shared by bench/run.ts and bench/run-blowups.ts. */
import { spawnSync } from 'node:child_process';
import { ROOT_DIR } from './paths.ts';

export const TIME = '/usr/bin/time';

export interface Sample { wall: number; cpu: number; rssMiB: number }

export interface Timed {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
  /** Undefined when the command was killed at the timeout. */
  readonly sample: Sample | undefined;
}

/** Runs a command under GNU time; returns its output and the measurements (none when it ran past `timeoutMs`). */
export function timed(cmd: string[], options: { cwd?: string; timeoutMs?: number } = {}): Timed {
  const r = spawnSync(TIME, ['-f', '@@TIME %e %U %S %M', ...cmd], {
    cwd: options.cwd ?? ROOT_DIR,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
    ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
  });
  const lines = (r.stderr ?? '').split('\n');
  let at = lines.length - 1;
  while (at >= 0 && !lines[at]!.startsWith('@@TIME ')) at--;
  if (at < 0) {
    if (r.error && options.timeoutMs) return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, sample: undefined };
    throw new Error(`no timing for ${cmd.join(' ')}: ${r.stderr}`);
  }
  const [wall, user, sys, rss] = lines[at]!.slice(7).split(' ').map(Number) as [number, number, number, number];
  // GNU time's own line is not the command's stderr; "Command exited with non-zero status" neither.
  const stderr = lines.slice(0, at).filter((l) => !l.startsWith('Command exited with non-zero status')).join('\n');
  return { stdout: r.stdout, stderr: stderr === '' ? '' : `${stderr}\n`, status: r.status, sample: { wall, cpu: user + sys, rssMiB: rss / 1024 } };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Stats { median: number; min: number; max: number }

export function stats(xs: readonly number[]): Stats {
  // A loop, not Math.min(...xs): the rule of src/ holds here too.
  return { median: median(xs), min: xs.reduce((a, b) => Math.min(a, b)), max: xs.reduce((a, b) => Math.max(a, b)) };
}

/**
 * Wall times of short commands, for start-up: `runs` runs of each after `warmups`, the commands
 * interleaved so that drift on the machine hits all alike. Timed here with process.hrtime around
 * spawnSync (no shell), as hyperfine -N times them: GNU time prints hundredths of a second, too
 * coarse for commands of about 0.1 s, where one step is a tenth of the ratio being judged.
 */
export function startupWalls(commands: readonly (readonly string[])[], options: { runs: number; warmups: number; cwd?: string }): Stats[] {
  const samples: number[][] = commands.map(() => []);
  for (let i = 0; i < options.warmups + options.runs; i++) {
    for (const [k, [cmd, ...args]] of commands.entries()) {
      const started = process.hrtime.bigint();
      spawnSync(cmd!, args, { cwd: options.cwd ?? ROOT_DIR, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
      if (i >= options.warmups) samples[k]!.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
  }
  return samples.map(stats);
}
