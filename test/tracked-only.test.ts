// --tracked-only: hacheck reads what git tracks (a commit's content), so untracked files cannot change the verdict.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';

const CLEAN = join(ROOT, 'fixtures/clusters/hadoop3-per-host');
const BROKEN_ZOO = 'tickTime=2000\nserver.1=zk1:2888\n';

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  // Not a surrounding git's variables; and git never looks above the test's folder for a repository.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && !k.startsWith('GITHUB_') && k !== 'NO_COLOR') e[k] = v;
  e['GIT_CEILING_DIRECTORIES'] = realpathSync(tmpdir());
  return e;
}

function hacheck(cwd: string, ...args: string[]) {
  return runCli(args, { cwd, env: env() });
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@hacheck.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: env() });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A repository with the clean cluster under clusters/prod, committed. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-tracked-'));
  git(dir, 'init', '-q');
  cpSync(CLEAN, join(dir, 'clusters/prod'), { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'cluster');
  return dir;
}

test('untracked files, and untracked folders, are not read; the same tree without the option reads them', async () => {
  const repo = repository();
  writeFileSync(join(repo, 'clusters/prod/zoo.cfg'), BROKEN_ZOO);
  mkdirSync(join(repo, 'clusters/prod/scratch'));
  writeFileSync(join(repo, 'clusters/prod/scratch/core-site.xml'), '<configuration><property>');
  const all = await hacheck(repo, '--format', 'compact', 'clusters/prod');
  assert.is(all.code, 1, 'the untracked files are broken');
  const lint = await hacheck(repo, '--tracked-only', '--format', 'compact', 'clusters/prod');
  assert.equal([lint.code, lint.stdout, lint.stderr], [0, '', '']);
  // The summary too reads the committed cluster only: the same text as for the clean cluster itself.
  const summary = await hacheck(repo, '--tracked-only', 'summary', 'clusters/prod');
  assert.equal([summary.code, summary.stderr], [0, '']);
  assert.is(summary.stdout, (await hacheck(CLEAN, 'summary', '.')).stdout);
  // From inside the cluster folder, as pre-commit runs a hook from the repository root with `.`.
  assert.is((await hacheck(join(repo, 'clusters/prod'), '--tracked-only', '--format', 'compact', '.')).code, 0);
  // A tracked file is read from the tree as it is: staged, it counts.
  git(repo, 'add', 'clusters/prod/zoo.cfg');
  const staged = await hacheck(repo, '--tracked-only', '--format', 'compact', 'clusters/prod');
  assert.is(staged.code, 1);
  assert.match(staged.stdout, /^zoo\.cfg:1:1: error: zoo\.cfg does not set dataDir/m);
});

test('outside a git repository: one clear line and exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-not-git-'));
  cpSync(CLEAN, dir, { recursive: true });
  const r = await hacheck(dir, '--tracked-only', '.');
  assert.is(r.stdout, '');
  assert.is(r.stderr, 'hacheck: --tracked-only: "." is not in a git repository\nRun "hacheck --help" for usage.\n');
  assert.is(r.code, 2);
});

test("an untracked configuration file found by the search is refused, not used: it would change the verdict", async () => {
  const repo = repository();
  writeFileSync(join(repo, '.hacheckrc.json'), JSON.stringify({ rules: { 'hdfs/namenode-port-mismatch': 'off' } }));
  const r = await hacheck(repo, '--tracked-only', 'clusters/prod');
  assert.is(r.stdout, '');
  assert.is(r.stderr, 'hacheck: --tracked-only: the configuration file ".hacheckrc.json" is not tracked by git (commit it, or remove it or name another with --config)\nRun "hacheck --help" for usage.\n');
  assert.is(r.code, 2);
  git(repo, 'add', '.hacheckrc.json');
  assert.is((await hacheck(repo, '--tracked-only', 'clusters/prod')).code, 0);
});

test("the repository's own git configuration runs nothing: core.fsmonitor is off for git ls-files", async () => {
  const repo = repository();
  const marker = join(repo, 'fsmonitor-ran');
  // A checkout cannot carry .git/config, but a directory handed over whole (an archive, a shared disk) can.
  git(repo, 'config', 'core.fsmonitor', `touch '${marker}'; false`);
  const r = await hacheck(repo, '--tracked-only', '--format', 'compact', 'clusters/prod');
  assert.is(r.code, 0, r.stderr);
  assert.not.ok(existsSync(marker), 'git ran the repository\'s fsmonitor command');
});

test('--help documents --tracked-only', async () => {
  const r = await hacheck(ROOT, '--help');
  assert.ok(r.stdout.includes('      --tracked-only       read only the files git tracks (its index) under <cluster-dir>:\n'), r.stdout);
});

test.run();
