/**
 * The hacheck CLI run in a long-lived child process (test/support/cli-child-server.ts, the
 * sources under tsx), for suites that run many inputs that may hang: a run in the test
 * process itself could not be stopped, and a spawned bundle per input costs a Node.js
 * start-up and a load of the bundle each (about 0.3 s of CPU). A run over its time limit
 * kills the child (SIGKILL, as spawnSync's `killSignal`) and is reported in `error` as
 * ETIMEDOUT; a child that dies during a run fails that run; the next run starts a new child.
 *
 * What it does not show: the process as users run it (the bundle, its exit, its flushed
 * output). The suites keep a spawned run for those.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CliRunOptions } from './cli-in-process.ts';
import { ROOT } from './fixtures.ts';

const SERVER = join(ROOT, 'test/support/cli-child-server.ts');

export interface ChildRun {
  /** null when the run did not end (time limit, the child died). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
}

let child: ChildProcess | undefined;
let ready: Promise<void> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function start(): Promise<void> {
  if (child && ready) return ready;
  // No stdin (a run that reads it sees end of file); the child's own stdout and stderr are the
  // suite's, for a crash report: the runs' output goes through the IPC channel.
  const c = fork(SERVER, [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  child = c;
  // A send to a child that just died (EPIPE): its 'exit' fails the run.
  c.on('error', () => {});
  c.on('exit', () => {
    if (child === c) child = undefined;
  });
  ready = new Promise((resolve, reject) => {
    c.once('message', () => resolve());
    c.once('exit', (code, signal) => reject(new Error(`the CLI child exited before it was ready (${signal ?? code})`)));
  });
  return ready;
}

/** A child that is running a case keeps the suite alive; an idle one does not, once its tests are done. */
function hold(c: ChildProcess, held: boolean): void {
  const channel = (c as unknown as { channel?: { ref(): void; unref(): void } }).channel;
  if (held) {
    c.ref();
    channel?.ref();
  } else {
    c.unref();
    channel?.unref();
  }
}

async function runOnce(args: readonly string[], options: CliRunOptions, timeout: number): Promise<ChildRun> {
  start();
  const c = child!;
  hold(c, true);
  await ready;
  const result = await new Promise<ChildRun>((resolve) => {
    const fail = (error: Error) => {
      clearTimeout(timer);
      c.off('message', answer);
      c.off('exit', died);
      resolve({ status: null, stdout: '', stderr: '', error });
    };
    const timer = setTimeout(() => {
      fail(Object.assign(new Error(`ETIMEDOUT: the CLI child over its time limit of ${timeout} ms`), { code: 'ETIMEDOUT' }));
      // The next run starts a new child at once, not this one, which may take a while to die.
      if (child === c) child = undefined;
      c.kill('SIGKILL');
    }, timeout);
    const answer = (r: ChildRun) => {
      clearTimeout(timer);
      c.off('exit', died);
      resolve(r);
    };
    const died = (code: number | null, signal: NodeJS.Signals | null) => fail(new Error(`the CLI child died during the run (${signal ?? `exit ${code}`})`));
    c.once('message', answer);
    c.once('exit', died);
    c.send({ args, options });
  });
  hold(c, false);
  return result;
}

/** Runs `hacheck <args>` in the child, runs one at a time; `timeout` (ms) counts from the run's start. */
export function runHacheckInChild(args: readonly string[], options: CliRunOptions & { readonly timeout: number }): Promise<ChildRun> {
  const { timeout, ...rest } = options;
  const run = queue.then(() => runOnce(args, rest, timeout));
  queue = run.catch(() => undefined);
  return run;
}

/** Ends the child and waits for it, so that its CPU time counts in the suite's (a process's children are counted once reaped). */
export async function stopChild(): Promise<void> {
  const c = child;
  if (!c) return;
  child = undefined;
  // Held, or the suite would end (an idle child is unrefed) before the child is reaped.
  hold(c, true);
  await new Promise<void>((resolve) => {
    c.once('exit', () => resolve());
    c.disconnect();
  });
}
