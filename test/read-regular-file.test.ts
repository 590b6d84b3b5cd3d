import { closeSync, existsSync, fstatSync, readFileSync, statSync, mkdirSync, mkdtempSync, openSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sameFileAt } from '../src/read/opened-where-found.ts';
import { readRegularFile } from '../src/read/read-regular-file.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { swapFolderBeforeOpen } from './support/swap-folder-on-open.ts';

// A folder on the way to a discovered file, swapped for a link to a folder outside the tree
// between discovery and the read: O_NOFOLLOW guards the last component only, so the open
// follows the link. The reader is called as the loader calls it, with the path discovery found.

const CHANGED = 'changed while being read: its path no longer leads to the file found in the linted directory';

/** A tree with `conf/zoo.cfg` and, beside it, `outside/conf/zoo.cfg`; `swap` replaces the tree's conf by a link to outside's. */
function scene() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'hacheck-swap-')));
  const tree = join(base, 'tree');
  mkdirSync(join(tree, 'conf'), { recursive: true });
  mkdirSync(join(base, 'outside/conf'), { recursive: true });
  writeFileSync(join(tree, 'conf/zoo.cfg'), 'clientPort=2181\n');
  writeFileSync(join(base, 'outside/conf/zoo.cfg'), 'secret=1\n');
  const found = join(tree, 'conf/zoo.cfg');
  const swap = () => {
    renameSync(join(tree, 'conf'), join(tree, 'conf.old'));
    symlinkSync(join(base, 'outside/conf'), join(tree, 'conf'));
  };
  return { base, tree, found, swap, done: () => rmSync(base, { recursive: true, force: true }) };
}

test('read: the file discovery found is read', () => {
  const s = scene();
  try {
    const r = readRegularFile(s.found, 1024);
    assert.ok(r.ok);
    assert.is(r.ok && r.bytes.toString(), 'clientPort=2181\n');
  } finally {
    s.done();
  }
});

test('read: a folder on the way swapped for a link to outside after discovery is refused, not followed', () => {
  const s = scene();
  try {
    s.swap();
    assert.equal(readRegularFile(s.found, 1024), { ok: false, tooLarge: false, reason: CHANGED });
  } finally {
    s.done();
  }
});

test('read: a folder on the way swapped for a link inside the tree is refused too (not the file found)', () => {
  const s = scene();
  try {
    mkdirSync(join(s.tree, 'other'));
    writeFileSync(join(s.tree, 'other/zoo.cfg'), 'clientPort=2182\n');
    renameSync(join(s.tree, 'conf'), join(s.tree, 'conf.old'));
    symlinkSync(join(s.tree, 'other'), join(s.tree, 'conf'));
    assert.equal(readRegularFile(s.found, 1024), { ok: false, tooLarge: false, reason: CHANGED });
  } finally {
    s.done();
  }
});

test('read: where /proc is not there, the path must still resolve to itself and to the open file', () => {
  const s = scene();
  try {
    const fd = openSync(s.found, 'r');
    try {
      const opened = fstatSync(fd);
      assert.ok(sameFileAt(s.found, opened));
      s.swap();
      assert.not.ok(sameFileAt(s.found, opened), 'a link on the way');
      // Swapped back to a folder holding another file at the same path: not the file opened.
      rmSync(join(s.tree, 'conf'));
      mkdirSync(join(s.tree, 'conf'));
      writeFileSync(join(s.tree, 'conf/zoo.cfg'), 'clientPort=2181\n');
      assert.not.ok(sameFileAt(s.found, opened), 'another file');
    } finally {
      closeSync(fd);
    }
  } finally {
    s.done();
  }
});

// The reader's sizes: what each read asks the allocator for (Buffer.allocUnsafe is looked up at
// call time, so wrapping it here sees the reader's calls).
function allocations(read: () => void): number[] {
  const sizes: number[] = [];
  const original = Buffer.allocUnsafe;
  Buffer.allocUnsafe = (size: number) => {
    sizes.push(size);
    return original(size);
  };
  try {
    read();
  } finally {
    Buffer.allocUnsafe = original;
  }
  return sizes;
}

test('read: an unchanged file costs one buffer of its size + 1; the end-of-file probe allocates nothing', () => {
  const s = scene();
  try {
    readRegularFile(s.found, 1024); // the first read of the process allocates the shared scratch buffer
    const content = 'x'.repeat(100_000);
    writeFileSync(join(s.tree, 'conf/zoo.cfg'), content);
    let bytes = '';
    assert.equal(allocations(() => {
      const r = readRegularFile(s.found, 1024 * 1024);
      bytes = r.ok ? r.bytes.toString() : 'not read';
    }), [100_001]);
    assert.is(bytes, content);
  } finally {
    s.done();
  }
});

// procfs files are regular files whose fstat size is 0 however much they hold: the reader must
// read to the end regardless. A child's environment is such a file that does not change while read,
// and large variables make it span several scratch-buffer reads (one string is at most 128 KiB).
const PROC = existsSync('/proc/self/environ');
const BIG_ENV = { A: 'x'.repeat(50_000), B: 'x'.repeat(50_000), C: 'x'.repeat(50_000), D: 'x'.repeat(50_000) };
const BIG_ENV_BYTES = 4 * ('A='.length + 50_000 + 1);

/** A sleeping child with BIG_ENV; its /proc environ once exec has written it. */
async function sleeperEnviron(): Promise<{ environ: string; kill: () => void }> {
  const child = spawn('sleep', ['30'], { env: BIG_ENV, stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  const environ = `/proc/${child.pid}/environ`;
  // Until exec, the file holds this process's environment (the fork's).
  while (!readFileSync(environ).toString().startsWith('A=')) await new Promise((resolve) => setTimeout(resolve, 10));
  return { environ: realpathSync(environ), kill: () => child.kill() };
}

test('read: a procfs file (fstat size 0) is read to the end, across several reads', async () => {
  if (!PROC) return;
  const child = await sleeperEnviron();
  try {
    assert.is(statSync(child.environ).size, 0);
    const r = readRegularFile(child.environ, 1024 * 1024);
    assert.ok(r.ok);
    assert.is(r.ok && r.bytes.length, BIG_ENV_BYTES);
    assert.equal(r.ok && r.bytes, readFileSync(child.environ));
  } finally {
    child.kill();
  }
});

test('read: a procfs file larger than the limit stops one byte past it', async () => {
  if (!PROC) return;
  const child = await sleeperEnviron();
  try {
    assert.equal(readRegularFile(child.environ, 100_000), { ok: false, tooLarge: true, size: 100_001 });
  } finally {
    child.kill();
  }
});

// The same swap as users would meet it, while the CLI runs: from the sources in process, with
// openSync wrapped around the run, and from the bundle in its own process, with the wrapper as a
// preload (the bundle's own binding of openSync is the subject there).
const TSX = import.meta.resolve('tsx');
const SWAP = join(ROOT, 'test/support/swap-folder-before-open.ts');
const EXPECTED = {
  code: 2,
  stdout: 'nn1/core-site.xml:3:19: warning: "hadoop.tmp.dirr" is not a Hadoop property; did you mean "hadoop.tmp.dir" [hadoop/unknown-property]\n',
  stderr: `hacheck: cannot read conf/zoo.cfg (${CHANGED})\n`,
};

/** The scene with a misspelt property beside the file that is swapped away. */
function swapScene() {
  const s = scene();
  mkdirSync(join(s.tree, 'nn1'));
  writeFileSync(join(s.tree, 'nn1/core-site.xml'), '<?xml version="1.0"?>\n<configuration>\n  <property><name>hadoop.tmp.dirr</name><value>/x</value></property>\n</configuration>\n');
  return s;
}

test('CLI (the sources, in process): a folder swapped for a link to outside while hacheck runs: the file is not read, exit 2', async () => {
  const s = swapScene();
  const restore = swapFolderBeforeOpen();
  try {
    assert.equal(await runCli(['-f', 'compact', s.tree], { cwd: ROOT }), EXPECTED);
  } finally {
    restore();
    s.done();
  }
});

test('CLI (dist/hacheck.mjs): a folder swapped for a link to outside while hacheck runs: the file is not read, exit 2', () => {
  const s = swapScene();
  try {
    const r = spawnSync(process.execPath, ['--import', TSX, '--import', SWAP, join(ROOT, 'dist/hacheck.mjs'), '-f', 'compact', s.tree], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal({ code: r.status, stdout: r.stdout, stderr: r.stderr }, EXPECTED);
  } finally {
    s.done();
  }
});

test.run();
