/**
 * spawnSync's result without blocking the test process, so that a suite can keep two CLI
 * processes running at once (test/hostile.test.ts). It keeps the spawnSync semantics the
 * suites assert on: stdin is a pipe closed at once (a read of stdin sees end of file), stdout
 * and stderr are decoded as UTF-8 once the process has ended, `status` is null when a signal
 * ended it, and a run over `timeout` is killed with `killSignal` and reported in `error` as
 * ETIMEDOUT, one whose output passes `maxBuffer` is killed and reported as ENOBUFS
 * (Node's spawnSync: lib/child_process.js, checkExecSyncError / spawnSync).
 */
import { spawn } from 'node:child_process';

export interface AsyncSpawnOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeout: number;
  readonly killSignal: NodeJS.Signals;
  readonly maxBuffer: number;
}

export interface AsyncSpawnResult {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: Error;
}

export function spawnAsync(command: string, args: readonly string[], options: AsyncSpawnOptions): Promise<AsyncSpawnResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let error: Error | undefined;
    const fail = (code: string, message: string) => {
      if (error) return;
      error = Object.assign(new Error(`${code}: ${command} ${message}`), { code });
      child.kill(options.killSignal);
    };
    const timer = setTimeout(() => fail('ETIMEDOUT', `over its time limit of ${options.timeout} ms`), options.timeout);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxBuffer) fail('ENOBUFS', `more than ${options.maxBuffer} bytes of output`);
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    // A CLI that exits without reading stdin closes the pipe: that EPIPE is not the run's error.
    child.stdin.on('error', () => {});
    child.stdin.end();
    child.on('error', (e) => {
      error ??= e;
      // A process that never started (ENOENT) closes no stream: nothing else will resolve.
      if (child.pid === undefined) {
        clearTimeout(timer);
        resolve({ status: null, signal: null, stdout: '', stderr: '', error });
      }
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ...(error ? { error } : {}) });
    });
  });
}
