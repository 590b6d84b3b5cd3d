import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectFile } from './support/expect.ts';
import { ROOT } from './support/fixtures.ts';
import { HOSTILE_CASES } from './support/hostile-cases.ts';

// Each hostile case: the CLI as a separate process, a time limit that turns a hang into a
// failure, and the exact exit code, stdout and stderr in test/hostile-expected/<case>.txt
// (UPDATE=1 rewrites them for review).
const CLI = join(ROOT, 'dist/hacheck.mjs');
const HANG_MS = 30_000;
// Cases with 150,000 findings print tens of megabytes; spawnSync's default (1 MiB) would cut them off.
const MAX_OUTPUT = 1 << 30;
const isRoot = process.getuid?.() === 0;

for (const c of HOSTILE_CASES) {
  test(`hostile input: ${c.name}`, () => {
    const base = mkdtempSync(join(tmpdir(), 'hacheck-hostile-'));
    const dir = join(base, 'cluster');
    const outside = join(base, 'outside');
    mkdirSync(dir);
    mkdirSync(outside);
    try {
      c.build(dir, outside);
      // As root every file is readable: the unreadable case runs as nobody, who needs to reach the directory.
      const asNobody = c.unprivileged === true && isRoot;
      if (asNobody) chmodSync(base, 0o755);
      const args = [...(c.args ?? ['--format', 'compact']), c.target ? c.target(dir) : dir];
      const started = process.hrtime.bigint();
      const r = asNobody
        ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], { cwd: base, encoding: 'utf8', timeout: HANG_MS, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, env: { ...process.env, NO_COLOR: '1' } })
        : spawnSync(process.execPath, [CLI, ...args], { cwd: base, encoding: 'utf8', timeout: HANG_MS, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT, env: { ...process.env, NO_COLOR: '1' } });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(!r.error, `${c.name}: ${r.error?.message} after ${Math.round(ms)} ms (a hang, or a blocking read of a FIFO)`);
      assert.not.match(r.stderr, /^\s+at /m, `${c.name}: no stack trace on stderr`);
      const normal = (s: string) => s.split(base).join('<tmp>');
      const stdout = c.select && r.stdout ? c.select(r.stdout) : r.stdout;
      expectFile(join(ROOT, 'test/hostile-expected', `${c.name}.txt`), `exit ${r.status}\n--- stdout\n${normal(stdout)}--- stderr\n${normal(r.stderr)}`);
    } finally {
      // Restore permissions so the scratch folder can be removed by a non-root user too.
      for (const p of [join(dir, 'zk1/zoo.cfg'), join(dir, 'zk2/conf')]) {
        try {
          chmodSync(p, 0o755);
        } catch {
          // Not part of this case.
        }
      }
      rmSync(base, { recursive: true, force: true });
    }
  });
}

test.run();
