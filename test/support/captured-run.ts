/**
 * Code that writes to standard output and error and reads the environment and the working
 * directory, run in the test process as if it were a process of its own: output captured,
 * the run's working directory and environment set, both streams not terminals (as under
 * spawnSync), and everything put back afterwards. The in-process CLI (cli-in-process.ts) and
 * Action (run-action.ts) runs share it.
 *
 * Runs never overlap, whoever starts them: one queue for all, since the streams, the working
 * directory and the environment belong to the whole process.
 */
export interface CapturedRunOptions {
  /** The working directory of the run; the test process's own when absent. */
  readonly cwd?: string;
  /** The whole environment of the run, as spawnSync's `env`; the test process's own when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface Captured<T> {
  readonly value: T;
  readonly stdout: string;
  readonly stderr: string;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `body` captured (see above), after every run started before it. */
export function runCaptured<T>(options: CapturedRunOptions, body: () => Promise<T>): Promise<Captured<T>> {
  const run = queue.then(() => runOnce(options, body));
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
  for (const key of Object.keys(process.env)) if (env[key] === undefined) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
  return saved;
}

async function runOnce<T>(options: CapturedRunOptions, body: () => Promise<T>): Promise<Captured<T>> {
  const out = { text: '' };
  const err = { text: '' };
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((s) => s.write);
  const ttys = streams.map((s) => Object.getOwnPropertyDescriptor(s, 'isTTY'));
  const cwd = process.cwd();
  const env = options.env ? swapEnvironment(options.env) : undefined;
  try {
    if (options.cwd) process.chdir(options.cwd);
    // As under spawnSync: pipes, whatever the test process writes to (the CLI picks its format and
    // colours by it, collect draws its progress by it).
    for (const s of streams) Object.defineProperty(s, 'isTTY', { value: undefined, configurable: true, writable: true });
    process.stdout.write = capture(out);
    process.stderr.write = capture(err);
    const value = await body();
    return { value, stdout: out.text, stderr: err.text };
  } finally {
    streams.forEach((s, i) => {
      s.write = writes[i]!;
      const tty = ttys[i];
      if (tty) Object.defineProperty(s, 'isTTY', tty);
      else delete (s as { isTTY?: boolean }).isTTY;
    });
    process.chdir(cwd);
    if (env) swapEnvironment(env);
  }
}
