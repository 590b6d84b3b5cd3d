import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runHacheck } from './support/cli-in-process.ts';
import { ROOT } from './support/fixtures.ts';

// The suites that run the CLI in process (test/support/cli-in-process.ts) rely on it answering
// exactly as the bundle does when spawned: the same exit code, standard output and standard
// error, for each command and for the failures that exit 2.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const SEED = 'fixtures/clusters/seed-blog';
const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };

const COMMANDS: readonly (readonly string[])[] = [
  [SEED],
  ['--format', 'compact', SEED],
  ['--format', 'json', SEED],
  ['--format', 'sarif', 'fixtures/clusters/hadoop2-per-host-defects'],
  ['--max-warnings', '0', '--format', 'compact', 'fixtures/clusters/hadoop3-per-host'],
  ['files', SEED],
  ['summary', 'fixtures/clusters/hadoop3-per-host'],
  ['explain', 'hdfs/defaultfs-pinned'],
  ['--version'],
  ['--list-rules'],
  ['--print-config', SEED],
  ['--format', 'nonsense', SEED],
  ['--rule', 'no/such-rule', SEED],
  ['fixtures/no-such-folder'],
];

for (const args of COMMANDS) {
  test(`in process as spawned: hacheck ${args.join(' ')}`, async () => {
    const spawned = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
    const inProcess = await runHacheck(args, { cwd: ROOT, env });
    assert.equal(inProcess, { status: spawned.status, stdout: spawned.stdout, stderr: spawned.stderr });
  });
}

test('in process: --output-file is written relative to the run\'s working directory, and the test process keeps its own', async () => {
  const out = mkdtempSync(join(tmpdir(), 'hacheck-in-process-'));
  const before = process.cwd();
  try {
    const r = await runHacheck(['--format', 'json', '--output-file', 'report.json', join(ROOT, SEED)], { cwd: out, env });
    assert.is(r.stdout, '');
    assert.ok(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    assert.is(process.cwd(), before);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('in process: the environment of a run is its own, and the test process gets its own back', async () => {
  const marker = 'HACHECK_IN_PROCESS_MARKER';
  process.env[marker] = 'kept';
  try {
    const plain = await runHacheck(['--format', 'compact', SEED], { cwd: ROOT, env: { ...env, GITHUB_ACTIONS: 'true' } });
    const spawned = spawnSync(process.execPath, [BIN, '--format', 'compact', SEED], { cwd: ROOT, encoding: 'utf8', env: { ...env, GITHUB_ACTIONS: 'true' } });
    assert.is(plain.stdout, spawned.stdout);
    assert.is(process.env[marker], 'kept');
    assert.is(process.env['GITHUB_ACTIONS'], env['GITHUB_ACTIONS']);
  } finally {
    delete process.env[marker];
  }
});

test('in process: runs started together run one after the other, each with its own output', async () => {
  const [a, b] = await Promise.all([runHacheck(['--version']), runHacheck(['--format', 'compact', SEED], { cwd: ROOT, env })]);
  assert.is(a.stdout, `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  assert.ok(b.stdout.includes('[hdfs/'));
  assert.not.ok(b.stdout.includes(a.stdout));
});

test.run();
