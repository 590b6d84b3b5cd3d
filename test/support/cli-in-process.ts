/**
 * The hacheck CLI run inside the test process: the same `runCli` that dist/hacheck.mjs runs
 * (src/cli/main.ts), with its standard output and error captured, its working directory and
 * environment set for the run, and standard output and error not terminals, as under spawnSync. A
 * spawned CLI costs a Node.js start-up and the loading of the bundle (about 0.3 s of CPU each,
 * 600 times in `npm test`); in process, a run of a small fixture takes milliseconds.
 *
 * What it does not show, and what the suites that need it still spawn the bundle for: the
 * process as users run it (exit code set by the process, output flushed at exit, a hang killed
 * by a time limit: test/hostile.test.ts), the bundle itself (dist.test.ts, pack.test.ts), what
 * start-up loads (startup-loads.test.ts), and writes to a closed pipe (cli-stdout.test.ts).
 *
 * Runs never overlap: each waits for the previous one, since the output streams, the working
 * directory and the environment belong to the whole process.
 */
import { runCli } from '../../src/cli/main.ts';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** The working directory of the run; the test process's own when absent. */
  readonly cwd?: string;
  /** The whole environment of the run, as spawnSync's `env`; the test process's own when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `hacheck <args>` in this process; resolves to its exit code and output. */
export function runHacheck(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const run = queue.then(() => runOnce(args, options));
  queue = run.catch(() => undefined);
  return run;
}

type Write = typeof process.stdout.write;

/** A write() that appends to `sink` and calls the callback, as a stream's write does once written. */
function capture(sink: { text: string }): Write {
  return ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((err?: Error | null) => void), callback?: (err?: Error | null) => void) => {
    sink.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  }) as Write;
}

/** Sets process.env to exactly `env`; returns the environment it replaced. */
function swapEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (!(key in env) || env[key] === undefined) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
  return saved;
}

async function runOnce(args: readonly string[], options: CliRunOptions): Promise<CliRun> {
  const out = { text: '' };
  const err = { text: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const tty = { stdout: Object.getOwnPropertyDescriptor(process.stdout, 'isTTY'), stderr: Object.getOwnPropertyDescriptor(process.stderr, 'isTTY') };
  const cwd = process.cwd();
  const env = options.env ? swapEnvironment(options.env) : undefined;
  try {
    if (options.cwd) process.chdir(options.cwd);
    // As under spawnSync: standard output and error are pipes, whatever the test process writes
    // to (collect draws its progress differently on a terminal).
    for (const stream of [process.stdout, process.stderr]) Object.defineProperty(stream, 'isTTY', { value: undefined, configurable: true, writable: true });
    process.stdout.write = capture(out);
    process.stderr.write = capture(err);
    const status = await runCli([...args]);
    return { status, stdout: out.text, stderr: err.text };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const [stream, descriptor] of [[process.stdout, tty.stdout], [process.stderr, tty.stderr]] as const) {
      if (descriptor) Object.defineProperty(stream, 'isTTY', descriptor);
      else delete (stream as { isTTY?: boolean }).isTTY;
    }
    process.chdir(cwd);
    if (env) swapEnvironment(env);
  }
}
