import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { testUnless } from './support/skip.ts';

// The hook of .pre-commit-hooks.yaml, run by the real pre-commit (Debian's package; .ci/run installs it).
const REPO = ROOT.replace(/\/$/, '');

/**
 * pre-commit's store (PRE_COMMIT_HOME), one for the whole suite, made before the tests and removed
 * after them: pre-commit clones the hook's repository (thousands of files) into it once for the
 * suite's `run` and `install` tests, not once per call. No test here is about that install itself;
 * try-repo always clones into a store of its own.
 */
const store = { home: '' };

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  // Not GitHub's variables (they change hacheck's default format) nor a surrounding git hook's.
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GITHUB_') && !k.startsWith('GIT_')) e[k] = v;
  if (store.home) e['PRE_COMMIT_HOME'] = store.home;
  return e;
}

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: env(), ...opts });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function git(cwd: string, ...args: string[]): void {
  const r = sh('git', ['-c', 'user.name=hacheck test', '-c', 'user.email=test@hacheck.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
}

/** A new git repository holding `files` (copied folders and written files), committed. */
function repository(fill: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-pc-repo-'));
  git(dir, 'init', '-q');
  fill(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'cluster');
  return dir;
}

/**
 * The repository pre-commit tries. `try-repo` on a path with uncommitted
 * changes clones HEAD and adds only the changes to tracked files (`git add -u`
 * in pre-commit's try_repo.py): new files such as .pre-commit-hooks.yaml or
 * dist/ before their first commit would be missing, and the test would try
 * something that is not what a commit of this tree holds. So with a clean
 * tree (CI's fresh clone) this repository itself is tried; otherwise a
 * snapshot of the files a commit would hold (tracked and untracked, not
 * ignored), as the one commit of a temporary repository.
 */
function treeIsClean(): boolean {
  const status = sh('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO });
  return status.code === 0 && status.out === '';
}

function snapshotRepository(): string {
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO }).out.split('\0').filter(Boolean);
  return repository((dir) => {
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      // Deleted but still tracked files are absent from the tree: skip them, as a commit of the tree would.
      try {
        cpSync(join(REPO, f), join(dir, f));
      } catch {}
    }
  });
}

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const preCommitTest = testUnless('pre-commit hook', available ? undefined : '`pre-commit` is not installed (apt-get install pre-commit; .ci/run installs it)');
const clean = treeIsClean();
/** Its path is made (a snapshot copied) only when the tests run. */
const hook = { path: '', note: clean ? 'this repository at HEAD' : 'a snapshot of this working tree (uncommitted changes)' };
preCommitTest.before(() => {
  store.home = mkdtempSync(join(tmpdir(), 'hacheck-pre-commit-home-'));
  hook.path = clean ? REPO : snapshotRepository();
});
preCommitTest.after(() => rmSync(store.home, { recursive: true, force: true }));
const tryRepo = (cwd: string) => sh('pre-commit', ['try-repo', hook.path, 'hacheck', '--all-files'], { cwd });

preCommitTest(`pre-commit try-repo (${hook.note}): a broken cluster fails with the finding`, () => {
  const repo = repository((dir) => cpSync(join(ROOT, 'fixtures/clusters/seed-blog'), dir, { recursive: true }));
  const r = tryRepo(repo);
  assert.is(r.code, 1, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+Failed$/m);
  assert.match(r.out, /^- exit code: 1$/m);
  assert.ok(
    r.out.includes(
      'server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml:44:10: warning: "server2:5070" uses port 5070 for http-address but nn1 uses 50070 [hdfs/namenode-port-mismatch]\n',
    ),
    r.out,
  );
});

preCommitTest(`pre-commit try-repo (${hook.note}): a clean cluster passes`, () => {
  const repo = repository((dir) => cpSync(join(ROOT, 'fixtures/clusters/hadoop3-per-host'), dir, { recursive: true }));
  const r = tryRepo(repo);
  assert.is(r.code, 0, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+Passed$/m);
});

preCommitTest(`pre-commit run (${hook.note}): the README's configuration, with the cluster directory in args`, () => {
  const rev = sh('git', ['rev-parse', 'HEAD'], { cwd: hook.path }).out.trim();
  const repo = repository((dir) => {
    cpSync(join(ROOT, 'fixtures/clusters/seed-blog'), join(dir, 'clusters/prod'), { recursive: true });
    writeFileSync(
      join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${JSON.stringify(hook.path)}\n    rev: ${rev}\n    hooks:\n      - id: hacheck\n        args: [clusters/prod, --max-warnings=0]\n        files: ^clusters/prod/\n`,
    );
  });
  const r = sh('pre-commit', ['run', '--all-files'], { cwd: repo });
  assert.is(r.code, 1, r.out);
  assert.ok(r.out.includes('\nserver1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml:44:10: warning: "server2:5070" uses port 5070'), r.out);
});

preCommitTest(`pre-commit run (${hook.note}): the hook with its default arguments fails on a defect in clusters/staging beside a correct clusters/prod`, () => {
  const rev = sh('git', ['rev-parse', 'HEAD'], { cwd: hook.path }).out.trim();
  const repo = repository((dir) => {
    cpSync(join(ROOT, 'fixtures/clusters/hadoop2-per-host'), join(dir, 'clusters/prod'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/clusters/hadoop2-per-host-defects'), join(dir, 'clusters/staging'), { recursive: true });
    writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hook.path)}\n    rev: ${rev}\n    hooks:\n      - id: hacheck\n`);
  });
  const r = sh('pre-commit', ['run', '--all-files'], { cwd: repo });
  assert.is(r.code, 1, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+Failed$/m);
  assert.ok(r.out.includes('\nclusters/staging/worker1/var/lib/zookeeper/myid:1:1: error: myid "2" is the id of server.2, but worker1.example.com is server.3 [zookeeper/myid-mismatch]\n'), r.out);
  assert.not.match(r.out, /^clusters\/prod\//m);
});

/** A repository holding a clean cluster and a configuration that uses the hook, with the hook installed in git. */
function installedRepository(): string {
  const rev = sh('git', ['rev-parse', 'HEAD'], { cwd: hook.path }).out.trim();
  const repo = repository((dir) => {
    cpSync(join(ROOT, 'fixtures/clusters/hadoop3-per-host'), dir, { recursive: true });
    writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hook.path)}\n    rev: ${rev}\n    hooks:\n      - id: hacheck\n`);
  });
  const r = sh('pre-commit', ['install'], { cwd: repo });
  assert.is(r.code, 0, r.out);
  return repo;
}

const commit = (repo: string) => sh('git', ['-c', 'user.name=hacheck test', '-c', 'user.email=test@hacheck.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'change'], { cwd: repo });

// HBase's client file alone: HBase not distributed, so it would start its own ZooKeeper instead of the cluster's.
const standaloneHbase = '<?xml version="1.0"?>\n<configuration>\n<property><name>hbase.zookeeper.quorum</name><value>zk1:2181,zk2:2181</value></property>\n</configuration>\n';

preCommitTest(`git commit with the hook installed (${hook.note}): a commit touching only hbase-site.xml runs the hook, which fails on its defect`, () => {
  const repo = installedRepository();
  writeFileSync(join(repo, 'hbase-site.xml'), standaloneHbase);
  git(repo, 'add', 'hbase-site.xml');
  const r = commit(repo);
  assert.is(r.code, 1, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+Failed$/m);
  assert.ok(r.out.includes('\nhbase-site.xml:3:53: error: hbase.cluster.distributed is not set (default false), so HBase runs standalone with its own ZooKeeper instead of this quorum of 2 servers [hbase/not-distributed]\n'), r.out);
});

preCommitTest(`git commit with the hook installed (${hook.note}): a commit touching only a host's etc/hosts runs the hook, which fails on its defect`, () => {
  const repo = installedRepository();
  writeFileSync(join(repo, 'namenode1/etc/hosts'), '127.0.0.1 localhost\n127.0.1.1 namenode1\n');
  git(repo, 'add', 'namenode1/etc/hosts');
  const r = commit(repo);
  assert.is(r.code, 1, r.out);
  assert.ok(
    r.out.includes(
      '\nnamenode1/etc/hosts:2:1: error: namenode1\'s /etc/hosts maps its own name "namenode1" to the loopback address "127.0.1.1", so daemons bound to that name listen on loopback only [cluster/hostname-loopback]\n',
    ),
    r.out,
  );
});

preCommitTest(`git commit with the hook installed (${hook.note}): an untracked broken zoo.cfg in the tree does not change the verdict`, () => {
  const repo = installedRepository();
  // Broken, and left untracked: pre-commit stashes unstaged changes to tracked files, but leaves this one in the tree.
  writeFileSync(join(repo, 'zoo.cfg'), 'tickTime=2000\nserver.1=zk1:2888\n');
  const unrestricted = spawnSync(process.execPath, [join(hook.path, 'dist/hacheck.mjs'), '--format', 'compact', '.'], { cwd: repo, encoding: 'utf8', env: env() });
  assert.is(unrestricted.status, 1, 'hacheck without --tracked-only reads the untracked file and fails');
  // A harmless staged change to a recognised file, so that the hook runs.
  const site = readdirSync(repo, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('hdfs-site.xml'))!;
  appendFileSync(join(repo, site), '<!-- reviewed -->\n');
  git(repo, 'add', site);
  const r = commit(repo);
  assert.is(r.code, 0, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+Passed$/m);
});

preCommitTest(`pre-commit try-repo (${hook.note}): without a recognised file the hook does not run`, () => {
  const repo = repository((dir) => writeFileSync(join(dir, 'README.md'), '# not a cluster\n'));
  const r = tryRepo(repo);
  assert.is(r.code, 0, r.out);
  assert.match(r.out, /^hacheck \(Hadoop HA \/ ZooKeeper configuration\)\.+\(no files to check\)Skipped$/m);
});

test.run();
