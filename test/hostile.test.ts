import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectFile } from './support/expect.ts';
import { ROOT } from './support/fixtures.ts';
import { HOSTILE_CASES, type HostileCase } from './support/hostile-cases.ts';
import { runHacheckInChild, stopChild } from './support/cli-child.ts';
import { spawnAsync } from './support/spawn-async.ts';

// Each hostile case: the CLI outside the test process, a time limit that turns a hang into a
// failure, and the exact exit code, stdout and stderr in test/hostile-expected/<case>.txt
// (UPDATE=1 rewrites them for review). Most cases run in one long-lived child process
// (test/support/cli-child.ts: killed and restarted when a case passes the limit), which saves
// a Node.js start-up and a load of the bundle per case (about 0.3 s of CPU, 110 times).
// These run the bundle as users do, each in its own process:
const SPAWNED = new Set([
  // One ordinary case: the bundle itself on hostile input, its message on stderr and its exit code.
  'xml-unclosed-tag',
  // Tens of megabytes of findings through a pipe: all of them flushed before the process exits.
  'perf-many-findings-150000',
]);
// and the cases run as another user (`unprivileged`), with setpriv.
const CLI = join(ROOT, 'dist/hacheck.mjs');
const HANG_MS = 30_000;
// Cases with 150,000 findings print tens of megabytes; spawnSync's default (1 MiB) would cut them off.
const MAX_OUTPUT = 1 << 30;
const isRoot = process.getuid?.() === 0;

interface Run {
  readonly base: string;
  readonly r: { readonly status: number | null; readonly stdout: string; readonly stderr: string; readonly error?: Error };
  readonly ms: number;
}

/** Restores permissions so the scratch folder can be removed by a non-root user too, then removes it. */
function removeScratch(base: string): void {
  const dir = join(base, 'cluster');
  for (const p of [join(dir, 'zk1/zoo.cfg'), join(dir, 'zk2/conf')]) {
    try {
      chmodSync(p, 0o755);
    } catch {
      // Not part of this case.
    }
  }
  rmSync(base, { recursive: true, force: true });
}

/** Builds the case in a scratch folder and runs the CLI on it; the folder is removed if either throws. */
async function runCase(c: HostileCase): Promise<Run> {
  const base = mkdtempSync(join(tmpdir(), 'hacheck-hostile-'));
  try {
    const dir = join(base, 'cluster');
    const outside = join(base, 'outside');
    mkdirSync(dir);
    mkdirSync(outside);
    c.build(dir, outside);
    // As root every file is readable: the unreadable case runs as nobody, who needs to reach the directory.
    const asNobody = c.unprivileged === true && isRoot;
    if (asNobody) chmodSync(base, 0o755);
    const args = [...(c.args ?? ['--format', 'compact']), c.target ? c.target(dir) : dir];
    const options = { cwd: base, timeout: HANG_MS, killSignal: 'SIGKILL' as const, maxBuffer: MAX_OUTPUT, env: { ...process.env, NO_COLOR: '1' } };
    const started = process.hrtime.bigint();
    const r = asNobody
      ? await spawnAsync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], options)
      : SPAWNED.has(c.name)
        ? await spawnAsync(process.execPath, [CLI, ...args], options)
        : await runHacheckInChild(args, { cwd: base, env: options.env, timeout: HANG_MS });
    return { base, r, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } catch (err) {
    removeScratch(base);
    throw err;
  }
}

// Two cases at a time: each test builds the next case and starts its CLI before waiting for its
// own, so that one case runs while the next is built (most of a case is waiting on the child).
// Each test still asserts on its own case alone, in the order of HOSTILE_CASES.
const runs = new Map<number, Promise<Run>>();
function runOf(i: number): Promise<Run> {
  let run = runs.get(i);
  if (!run) {
    run = runCase(HOSTILE_CASES[i]!);
    // Its test awaits it later: a build that throws fails that test, not the process.
    run.catch(() => {});
    runs.set(i, run);
  }
  return run;
}

for (const [i, c] of HOSTILE_CASES.entries()) {
  test(`hostile input: ${c.name}`, async () => {
    const own = runOf(i);
    if (i + 1 < HOSTILE_CASES.length) runOf(i + 1);
    const { base, r, ms } = await own;
    runs.delete(i);
    try {
      assert.ok(!r.error, `${c.name}: ${r.error?.message} after ${Math.round(ms)} ms (a hang, or a blocking read of a FIFO)`);
      assert.not.match(r.stderr, /^\s+at /m, `${c.name}: no stack trace on stderr`);
      const normal = (s: string) => s.split(base).join('<tmp>');
      const stdout = c.select && r.stdout ? c.select(r.stdout) : r.stdout;
      expectFile(join(ROOT, 'test/hostile-expected', `${c.name}.txt`), `exit ${r.status}\n--- stdout\n${normal(stdout)}--- stderr\n${normal(r.stderr)}`);
    } finally {
      removeScratch(base);
    }
  });
}

test.after(stopChild);

test.run();
