import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatNames } from '../src/format/registry.ts';
import { ROOT } from './support/fixtures.ts';
import { runAction } from './support/run-action.ts';
import { snapshotTree } from './support/tree-snapshot.ts';

// "hacheck never writes into the linted directory": every command and the Action, as
// users run them (the bundles, in their own processes), against a copy of a cluster
// with findings and a configuration file, snapshotted before and after each run.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'hacheck-no-write-'));
const DIR = join(scratch, 'cluster');
/** Where the runs may write: beside the linted directory, never in it. */
const OUT = join(scratch, 'out');
mkdirSync(OUT);
cpSync(join(ROOT, 'fixtures/clusters/seed-blog'), DIR, { recursive: true });
// A configuration file the search finds (and the loader reads), and a link, which the snapshot reads without following.
writeFileSync(join(DIR, '.hacheckrc.json'), `${JSON.stringify({ rules: { 'zookeeper/myid-misplaced': 'info' } })}\n`);
symlinkSync('README.md', join(DIR, 'notes'));
const BEFORE = snapshotTree(DIR);

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'CI' && k !== 'NO_COLOR') env[k] = v;
  return env;
}

function hacheck(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertUnchanged(what: string): void {
  assert.equal(snapshotTree(DIR), BEFORE, `${what} changed the linted directory`);
}

/** Each command with the exit code that shows it did its work (1: the cluster has errors). */
const COMMANDS = (dir: string): [string[], number][] => [
  ...formatNames().map((f): [string[], number] => [['-f', f, dir], 1]),
  [['-f', 'stylish', '--color', dir], 1],
  [['-f', 'github', '-f', 'sarif', '-o', join(OUT, 'hacheck.sarif'), '-f', 'json', '-o', join(OUT, 'hacheck.json'), dir], 1],
  [['--debug', '-c', join(DIR, '.hacheckrc.json'), dir], 1],
  [['--print-config', dir], 0],
  [['summary', dir], 0],
  [['summary', '-f', 'markdown', dir], 0],
  [['summary', '-f', 'markdown', '--mermaid', dir], 0],
  [['explain', 'zookeeper/myid-missing'], 0],
  [['--list-rules'], 0],
];

test('the snapshot sees what a write would leave: content, a time, a file created and deleted', () => {
  const copy = join(scratch, 'probe');
  cpSync(DIR, copy, { recursive: true, verbatimSymlinks: true });
  const before = snapshotTree(copy);
  writeFileSync(join(copy, 'server1/home/.tmp'), 'x');
  rmSync(join(copy, 'server1/home/.tmp'));
  assert.equal(Object.keys(snapshotTree(copy)), Object.keys(before));
  assert.not.equal(snapshotTree(copy)['server1/home'], before['server1/home'], 'a directory mtime');
  const file = join(copy, 'server1/etc/ntp.conf');
  const again = snapshotTree(copy);
  writeFileSync(file, readFileSync(file));
  assert.not.equal(snapshotTree(copy)['server1/etc/ntp.conf'], again['server1/etc/ntp.conf'], 'the same bytes rewritten');
  const third = snapshotTree(copy);
  utimesSync(file, new Date(0), new Date(0));
  assert.not.equal(snapshotTree(copy)['server1/etc/ntp.conf'], third['server1/etc/ntp.conf'], 'times set back');
  assert.is(before['notes']!['type'], 'symlink');
  assert.is(before['notes']!['target'], 'README.md');
});

test('every command, the directory given by its path from elsewhere', () => {
  for (const [args, code] of COMMANDS(DIR)) {
    const r = hacheck(args, OUT);
    assert.is(r.code, code, `hacheck ${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0, `hacheck ${args.join(' ')} printed nothing`);
    assertUnchanged(`hacheck ${args.join(' ')}`);
  }
  // The configuration file was read: its setting shows in the findings.
  assert.match(hacheck(['-f', 'compact', DIR], OUT).stdout, /: info: myid is not in dataDir/);
  // The output files were written, beside the directory.
  assert.is(JSON.parse(readFileSync(join(OUT, 'hacheck.sarif'), 'utf8')).runs[0].results.length, 9);
  assert.is(JSON.parse(readFileSync(join(OUT, 'hacheck.json'), 'utf8')).findings.length, 9);
});

test('every command run from inside the directory, as `.`', () => {
  for (const [args, code] of COMMANDS('.')) {
    const r = hacheck(args, DIR);
    assert.is(r.code, code, `hacheck ${args.join(' ')} in the directory: ${r.stderr}`);
    assertUnchanged(`hacheck ${args.join(' ')} run in the directory`);
  }
});

test('the Action, with its summary, outputs and SARIF file outside, and run from inside the directory', () => {
  // The Action keeps its paths inside the workspace: here the folder holding both the cluster and OUT.
  const elsewhere = runAction({ path: 'cluster', 'sarif-file': 'out/action.sarif' }, () => {}, { env: { GITHUB_WORKSPACE: scratch } });
  assert.is(elsewhere.code, 1, elsewhere.stdout);
  assert.ok(elsewhere.summary.startsWith('## hacheck: cluster\n'), elsewhere.summary.slice(0, 100));
  assert.is(JSON.parse(readFileSync(join(OUT, 'action.sarif'), 'utf8')).runs[0].results.length, 9);
  assertUnchanged('the Action');
  // The workspace is the linted directory itself (no GITHUB_WORKSPACE: the working directory).
  const inside = runAction({ path: '.' }, () => {}, { cwd: DIR, env: { GITHUB_WORKSPACE: '' } });
  assert.is(inside.code, 1, inside.stdout);
  assert.equal(inside.outputs, { errors: '3', warnings: '3', 'sarif-file': '' });
  assertUnchanged('the Action run in the directory');
});

test.run();
