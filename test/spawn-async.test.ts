// test/support/spawn-async.ts: spawnSync's result, awaited, so that test/hostile.test.ts can keep
// two CLI processes running at once and still assert exactly what spawnSync gave it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnAsync } from './support/spawn-async.ts';

const options = (cwd: string, timeout = 30_000) => ({ cwd, env: process.env, timeout, killSignal: 'SIGKILL' as const, maxBuffer: 1 << 20 });
const node = (script: string, cwd = tmpdir(), timeout?: number) => spawnAsync(process.execPath, ['-e', script], options(cwd, timeout));

test('exit code, stdout and stderr decoded as UTF-8 whole, a character split across chunks included', async () => {
  // 'é' is two bytes: written one byte at a time, a decoder per chunk would make two U+FFFD.
  const r = await node(`const b = Buffer.from('é\\n'); for (const x of b) process.stdout.write(Buffer.of(x)); process.stderr.write('warn\\n'); process.exitCode = 3;`);
  assert.equal({ status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, error: r.error }, { status: 3, signal: null, stdout: 'é\n', stderr: 'warn\n', error: undefined });
});

test('stdin is at end of file at once, as spawnSync gives it: a CLI reading stdin does not wait', async () => {
  const r = await node(`let n = 0; process.stdin.on('data', (c) => (n += c.length)).on('end', () => process.stdout.write('end after ' + n + '\\n'));`);
  assert.is(r.stdout, 'end after 0\n');
});

test('a run over the time limit is killed with the signal and reported as ETIMEDOUT', async () => {
  const r = await node('setInterval(() => {}, 1000);', tmpdir(), 300);
  assert.equal({ status: r.status, signal: r.signal, code: (r.error as NodeJS.ErrnoException | undefined)?.code }, { status: null, signal: 'SIGKILL', code: 'ETIMEDOUT' });
});

test('output past maxBuffer kills the process and is reported as ENOBUFS', async () => {
  const r = await spawnAsync(process.execPath, ['-e', `process.stdout.write('x'.repeat(4096)); setInterval(() => {}, 1000);`], { ...options(tmpdir()), maxBuffer: 1000 });
  assert.equal({ signal: r.signal, code: (r.error as NodeJS.ErrnoException | undefined)?.code }, { signal: 'SIGKILL', code: 'ENOBUFS' });
});

test('a command that does not exist is an error, not a hang', async () => {
  const r = await spawnAsync(join(tmpdir(), 'no-such-command-hacheck'), [], options(tmpdir()));
  assert.equal({ status: r.status, code: (r.error as NodeJS.ErrnoException | undefined)?.code }, { status: null, code: 'ENOENT' });
});

test('two runs proceed side by side: the first waits for a file only the second writes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-spawn-async-'));
  try {
    // Run one after the other (spawnSync), the first would wait until its time limit.
    const waiter = node(`const fs = require('node:fs'); const t = setInterval(() => { if (fs.existsSync('go')) { clearInterval(t); console.log('saw it'); } }, 20);`, dir, 20_000);
    const writer = node(`require('node:fs').writeFileSync('go', '');`, dir);
    const [a, b] = await Promise.all([waiter, writer]);
    assert.equal([a.stdout, a.error, b.status], ['saw it\n', undefined, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
