// Standard output that cannot be written: a full device, or a reader that went away.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { testUnless } from './support/skip.ts';
import { site } from './support/tree.ts';

const BIN = join(ROOT, 'dist/hacheck.mjs');
const SEED = join(ROOT, 'fixtures/clusters/seed-blog');
const env = { ...process.env, NO_COLOR: '1' };

/** Runs hacheck with its standard output on /dev/full, where every write fails with ENOSPC. */
function toFullDevice(args: string[]) {
  const fd = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** A cluster whose compact output (about 1 MB) is far larger than a pipe's buffer (64 KiB on Linux). */
function bigCluster(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-big-'));
  const props: Record<string, string> = {};
  for (let i = 1; i <= 4000; i++) props[`p${i}.${'x'.repeat(150)}`] = `\${nope.${i}}`;
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'conf/core-site.xml'), site(props));
  return dir;
}

/** Runs hacheck, reads its first chunk of output and closes the pipe, as `| head -1` does. */
function readerLeavesEarly(args: string[]): Promise<{ code: number | null; stderr: string; read: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stderr = '';
    let read = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.on('close', (code) => done({ code, stderr, read }));
  });
}

const fullDeviceTest = testUnless('standard output on /dev/full', existsSync('/dev/full') ? undefined : 'this system has no /dev/full');

fullDeviceTest('a write error on standard output (/dev/full): one line on stderr and exit 2, for every command', () => {
  const commands = [[SEED], ['--format', 'json', SEED], ['summary', SEED], ['summary', '--format', 'markdown', SEED], ['explain', 'hdfs/sshfence-private-key'], ['--help'], ['--version'], ['--list-rules']];
  for (const args of commands) {
    const r = toFullDevice(args);
    assert.is(r.stderr, 'hacheck: cannot write to standard output: no space left on device (ENOSPC)\n', args.join(' '));
    assert.is(r.code, 2, args.join(' '));
  }
});

test('the reader goes away (| head -1): nothing on stderr, and the exit code is still the verdict on the cluster', async () => {
  const dir = bigCluster();
  const r = await readerLeavesEarly(['--format', 'compact', dir]);
  assert.ok(r.read.startsWith('conf/core-site.xml:'), r.read.slice(0, 100));
  assert.is(r.stderr, '');
  // 4,000 errors: exit 1 as when every line was read, not 0 as if the cluster were clean.
  assert.is(r.code, 1);
});

test.run();
