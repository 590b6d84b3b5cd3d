import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

// The CLI's answers (findings, messages, exit codes) from the CLI run in this process
// (test/support/cli-in-process.ts): a spawned bundle costs a Node.js start-up per run.
// One test spawns the bundle, as users run it: the exit code the process sets and the
// findings it flushes to a pipe before it exits.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const INVALID = join(ROOT, 'fixtures/syntax/xml-malformed/invalid/unclosed-tag');
const VALID = join(ROOT, 'fixtures/syntax/xml-malformed/valid/wellformed');

const run = (...args: string[]) => runCli(args);

function spawnBundle(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('errors: exit 1, findings on stdout, nothing on stderr (the bundle, in its own process)', () => {
  const r = spawnBundle('--format', 'compact', INVALID);
  assert.is(r.code, 1);
  assert.is(r.stderr, '');
  assert.is(
    r.stdout,
    "core-site.xml:5:28: error: core-site.xml is not valid: Expected closing tag 'value' (opened in line 5, col 5) instead of closing tag 'valu' [syntax/xml-malformed]\n",
  );
});

test('a clean directory: exit 0 and no output', async () => {
  const r = await run('--format', 'compact', VALID);
  assert.is(r.code, 0);
  assert.is(r.stdout, '');
});

test('stylish groups by file and ends with a summary', async () => {
  const r = await run('--format', 'stylish', INVALID);
  assert.is(r.code, 1);
  assert.is(
    r.stdout,
    [
      'core-site.xml',
      "  5:28    error    core-site.xml is not valid: Expected closing tag 'value' (opened in line 5, col 5) instead of closing tag 'valu'  syntax/xml-malformed",
      '',
      '✖ 1 problem (1 error, 0 warnings, 0 info)',
      '',
    ].join('\n'),
  );
});

test('compact is the default when stdout is not a terminal', async () => {
  const r = await run(INVALID);
  assert.ok(r.stdout.startsWith('core-site.xml:5:28: error:'));
});

test('usage errors exit 2 with a message on stderr', async () => {
  for (const args of [[], ['--format', 'xml', VALID], ['--max-warnings', 'x', VALID], ['--bogus', VALID], ['/nonexistent/dir'], ['a', 'b'], ['--rule', 'no/such-rule', VALID]]) {
    const r = await run(...args);
    assert.is(r.code, 2, `exit code for ${args.join(' ')}`);
    assert.is(r.stdout, '');
    assert.match(r.stderr, /^hacheck: /);
  }
});

test('a file instead of a directory is a usage error', async () => {
  const r = await run(join(INVALID, 'core-site.xml'));
  assert.is(r.code, 2);
  assert.match(r.stderr, /is not a directory/);
});

test('a directory without any recognised file is a usage error, not a silent pass', async () => {
  const r = await run(makeTree({ 'README.md': 'x', 'conf/hadoop-env.sh': 'export X=1' }));
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /no recognised configuration file/);
});

test('a compose file that is not valid YAML is a finding (exit 1), not a directory without configuration', async () => {
  const r = await run('--format', 'compact', join(ROOT, 'fixtures/container/definition-invalid/invalid/invalid-yaml'));
  assert.is(r.code, 1);
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'docker-compose.yml:6:1: error: the file is not valid YAML (TAB_AS_INDENT) [container/definition-invalid]\n');
});

/** The Kubernetes tutorial's ZooKeeper (kubernetes.io, "Running ZooKeeper"): its image's start-zookeeper script writes zoo.cfg from its flags. */
const TUTORIAL_STATEFULSET = [
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: zk',
  'spec:',
  '  serviceName: zk-hs',
  '  replicas: 3',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: kubernetes-zookeeper',
  '        image: "registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10"',
  '        command: ["sh", "-c", "start-zookeeper --servers=3 --data_dir=/var/lib/zookeeper/data"]',
  '',
].join('\n');

test('manifests whose containers get no file hacheck reads: exit 2, saying so, not "no recognised file"; beside a checked cluster, a notice per container', async () => {
  const alone = makeTree({ 'zookeeper.yaml': TUTORIAL_STATEFULSET });
  const r = await run('--format', 'compact', alone);
  assert.equal([r.code, r.stdout], [2, '']);
  const notice = (i: number) => `zk-${i} gets no configuration file hacheck reads: how image "registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10" writes its configuration is not known here`;
  assert.is(r.stderr, [
    `hacheck: the containers that zookeeper.yaml under "${alone}" defines get no configuration file hacheck reads (see "hacheck files" and docs/containers.md)`,
    ...[0, 1, 2].map((i) => `hacheck:   zookeeper.yaml:12:17: ${notice(i)}`),
    'Run "hacheck --help" for usage.',
    '',
  ].join('\n'));
  const mixed = makeTree({ 'k8s/zookeeper.yaml': TUTORIAL_STATEFULSET, 'zk/zoo.cfg': `tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}` });
  const m = await run('--format', 'compact', mixed);
  assert.equal([m.code, m.stderr], [0, '']);
  assert.is(m.stdout, [0, 1, 2].map((i) => `k8s/zookeeper.yaml:12:17: info: ${notice(i)} [container/value-unknown]\n`).join(''));
});

test('--max-warnings: warnings alone exit 0, more warnings than allowed exit 1', async () => {
  const dir = makeTree({ 'zoo.cfg': `tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}` });
  const all = await run('--format', 'compact', dir);
  assert.is(all.stdout, 'zoo.cfg:2:9: warning: dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]\n');
  assert.is(all.code, 0);
  assert.is((await run('--format', 'compact', '--max-warnings', '1', dir)).code, 0);
  assert.is((await run('--format', 'compact', '--max-warnings', '0', dir)).code, 1);
});

test('--version and --list-rules', async () => {
  const v = await run('--version');
  assert.is(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  const l = await run('--list-rules');
  assert.is(l.code, 0);
  assert.match(l.stdout, /^syntax\/xml-malformed\s+error\s+/m);
});

test.run();
