import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test as uvu } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { startLoopbackHosts, sshdUnavailable, type LoopbackHosts } from './support/loopback-sshd.ts';
import { testUnless } from './support/skip.ts';

// `hacheck collect` for real: the system ssh against an OpenSSH server on loopback whose hosts each
// serve the files of one host folder of a fixture at their real paths (test/support/loopback-sshd.ts).
// The snapshot made must be that fixture again, file for file, and read and lint exactly as it does.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const FIXTURE = join(ROOT, 'fixtures/clusters/hadoop3-per-host');
const HOSTS = ['namenode1', 'namenode2', 'worker1', 'worker2', 'worker3'];
// The fixture's configuration directories are not among collect's defaults: the tarballs unpacked under /opt.
const PATHS = ['--path', '/opt/hadoop-3.4.1/etc/hadoop', '--path', '/opt/apache-zookeeper-3.8.4-bin/conf'];

/** `hacheck collect` as users run it: the bundle, in its own process. */
function hacheck(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (test/support/cli-in-process.ts): what it answers, without a Node.js start-up each. */
const inProcess = (args: string[]) => runCli(args);

/** Every file under dir with its content, by relative path. */
function tree(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = relative(dir, join(e.parentPath, e.name));
    if (!skip.includes(rel)) out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** What hacheck says about a directory, its path replaced by <dir> so two directories compare. */
async function readings(dir: string) {
  const norm = (s: string) => s.split(dir).join('<dir>');
  const lint = await inProcess(['-f', 'compact', dir]);
  const summary = await inProcess(['summary', dir]);
  const files = await inProcess(['files', dir]);
  return { lint: [lint.code, norm(lint.stdout)], summary: [summary.code, norm(summary.stdout)], files: [files.code, norm(files.stdout)] };
}

const unavailable = sshdUnavailable();
// .ci/run installs sshd; a CI sandbox that refuses user namespaces cannot give each test host its own root.
const test = testUnless('hacheck collect over a real sshd', unavailable, { ciMaySkip: unavailable?.includes('mount namespaces') === true });
let hosts!: LoopbackHosts;
test.before(async () => {
  hosts = await startLoopbackHosts(Object.fromEntries(HOSTS.map((h) => [h, join(FIXTURE, h)])), ['worker9']);
});
test.after(() => hosts.stop());

// This case runs the bundle as users do (the exit code the process sets, the progress lines on a
// standard error that is a pipe); the --from case and the readings of the snapshot run in process.
test('collect over ssh rebuilds the per-host fixture, which lints, summarises and lists exactly like it; an unreachable host is reported and the rest kept', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'hacheck-collect-')), 'snapshot');
  const r = hacheck(['collect', '--ssh-config', hosts.sshConfig, ...PATHS, out, ...HOSTS, 'worker9']);
  assert.is(r.code, 1, r.stderr);
  const refused = /^hacheck: worker9: not collected: ssh: connect to host 127\.0\.0\.250 port \d+: Connection refused$/m;
  assert.match(r.stderr, refused);
  // Progress is plain lines when standard error is not a terminal: one per host, in the order they finish.
  assert.is(r.stderr.split('\n').filter((l) => /^\[\d\/6\] /.test(l)).length, 6, r.stderr);
  assert.equal(tree(out), tree(FIXTURE, ['expected.txt']));
  assert.equal(await readings(out), await readings(FIXTURE));
  const files = (host: string, paths: string[]) => `${host}: ${paths.length} files\n${paths.map((p) => `  ${p}\n`).join('')}`;
  const hadoop = ['core-site.xml', 'hdfs-site.xml', 'mapred-site.xml', 'workers', 'yarn-site.xml'].map((f) => `/opt/hadoop-3.4.1/etc/hadoop/${f}`);
  const zk = (host: string) => files(host, ['/etc/ntp.conf', '/opt/apache-zookeeper-3.8.4-bin/conf/zoo.cfg', ...hadoop, '/var/lib/zookeeper/myid']);
  assert.is(
    r.stdout,
    files('namenode1', ['/etc/ntp.conf', ...hadoop]) +
      files('namenode2', ['/etc/ntp.conf', ...hadoop]) +
      zk('worker1') + zk('worker2') + zk('worker3') +
      `\n5 of 6 hosts collected into ${out}. Next, see what hacheck reads, then lint:\n  hacheck summary ${out}\n  hacheck ${out}\n`,
  );
});

test('--from a first snapshot: the hosts its configuration names (NameNodes, workers, ZooKeeper servers), all collected, exit 0', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'hacheck-collect-')), 'snapshot');
  const r = await inProcess(['collect', '--ssh-config', hosts.sshConfig, ...PATHS, '--from', FIXTURE, out]);
  assert.is(r.code, 0, r.stderr);
  assert.equal(tree(out), tree(FIXTURE, ['expected.txt']));
});

uvu.run();
