import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { configHostsTree, configRulesTree, everyPlaceTree } from './support/prototype-names-tree.ts';
import { makeTree } from './support/tree.ts';

// Names found in the input are data. A plain object answers for the names of
// Object.prototype's members ("constructor", "toString", "__proto__", ...) without
// being told, so a lookup keyed by such a name finds a function, or sets a prototype.
// Each name below, taken from Object.prototype at run time so that none is left out,
// is put in every place hacheck keys a lookup by a name it read; the CLI must answer
// exactly as it does for a name of the same shape that means nothing to JavaScript (the
// stand-in): same exit code, same findings, same summary. The CLI runs in this process
// (test/support/cli-in-process.ts), 140 runs in milliseconds each rather than 140 spawned
// bundles; the last test runs the bundle as users run it, once, on the trees of every name,
// and asserts that it answers exactly as the CLI in process, so that a difference of the
// bundle alone (its own copy of a lookup table, say) still shows.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Same length, same case and punctuation, letters that spell nothing: "toString" -> "qqQqqqqq". */
function standIn(name: string): string {
  return name.replace(/[a-z]/g, 'q').replace(/[A-Z]/g, 'Q');
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The JSON report, when the run wrote one. */
  readonly json?: string;
}

const ENV = { ...process.env, NO_COLOR: '1' };

const hacheck = (args: readonly string[]): Promise<Run> => runCli(args);

/** Runs the CLI on the tree; `json` also writes the JSON report (outside the linted directory). */
async function runOn(files: Record<string, string>, args: readonly string[], json = false): Promise<Run> {
  const dir = makeTree(files);
  const out = mkdtempSync(join(tmpdir(), 'hacheck-proto-out-'));
  try {
    const report = join(out, 'report.json');
    const r = await hacheck([...args, ...(json ? ['--format', 'json', '--output-file', report] : []), dir]);
    const normal = (s: string) => s.split(dir).join('<dir>');
    return { code: r.code, stdout: normal(r.stdout), stderr: normal(r.stderr), ...(json ? { json: normal(readFileSync(report, 'utf8')) } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** The stand-in's output as it reads with `name` in its place (host names are also shown in lower case). */
function renamed(text: string, name: string): string {
  const s = standIn(name);
  return text.split(s).join(name).split(s.toLowerCase()).join(name.toLowerCase());
}

/** Runs the tree built with `name` and with its stand-in, and asserts that the two answer alike. */
async function assertLikeStandIn(build: (name: string) => Record<string, string>, name: string, args: readonly string[], json = false): Promise<Run> {
  const actual = await runOn(build(name), args, json);
  const expected = await runOn(build(standIn(name)), args, json);
  const what = `${JSON.stringify(name)} with ${args.join(' ')}`;
  assert.not.match(actual.stderr, /internal error/, `${what}: ${actual.stderr}`);
  assert.is(actual.code, expected.code, `${what}: exit code (stderr: ${actual.stderr})`);
  assert.fixture(actual.stderr, renamed(expected.stderr, name), `${what}: stderr`);
  assert.fixture(actual.stdout, renamed(expected.stdout, name), `${what}: stdout`);
  if (json) assert.equal(JSON.parse(actual.json!), JSON.parse(renamed(expected.json!, name)), `${what}: JSON report`);
  return actual;
}

test('the stand-in cluster has a finding for the name in each kind of place', async () => {
  assert.is(standIn('toString'), 'qqQqqqqq');
  assert.is(standIn('__proto__'), '__qqqqq__');
  // Comparing with the stand-in compares these findings: the variable nothing defines, the
  // property only one host sets, the suppression comments that name no rule, the entity nothing
  // declares (w3's declared one is expanded: its MapReduce runs on YARN, hence aux-services-shuffle).
  const r = await runOn(everyPlaceTree(standIn('toString')), ['--format', 'compact']);
  assert.is(r.code, 1);
  assert.is(r.stderr, '');
  for (const finding of [
    'w2/opt/hadoop-3.4.1/etc/hadoop/core-site.xml:13:18: error: "${qqQqqqqq}" in "hadoop.tmp.dir" is a variable that nothing defines; Hadoop keeps it literally [hadoop/unresolved-placeholder]',
    'qqQqqqqq/opt/hadoop-3.4.1/etc/hadoop/core-site.xml:13:12: warning: qqQqqqqq is "1" in this copy but not set on 2 of 3 hosts [cluster/config-drift]',
    'qqQqqqqq/opt/hadoop-3.4.1/etc/hadoop/hdfs-site.xml:3:34: warning: "qqQqqqqq" is not a hacheck rule [syntax/unused-suppression]',
    'qqQqqqqq/opt/apache-zookeeper-3.8.4-bin/conf/zoo.cfg:1:24: warning: "qqQqqqqq" is not a hacheck rule [syntax/unused-suppression]',
    'w2/opt/hadoop-3.4.1/etc/hadoop/mapred-site.xml:5:12: error: mapred-site.xml is not valid: the entity "qqQqqqqq" is referenced but not declared [syntax/xml-malformed]',
  ]) assert.ok(r.stdout.split('\n').includes(finding), `missing: ${finding}\n${r.stdout}`);
  // The configuration file maps the host to its folder and lowers the severity there.
  const config = await runOn(configHostsTree(standIn('toString')), ['--format', 'compact']);
  assert.is(config.code, 0);
  assert.is(config.stdout, [
    'node-a/var/lib/zookeeper/myid:1:1: warning: myid "4" names no server in the server list, but qqQqqqqq is server.1 [zookeeper/myid-mismatch]',
    '  conf/zoo.cfg:6:1: note: qqQqqqqq is server.1=qqQqqqqq:2888:3888',
    '',
  ].join('\n'));
});

for (const name of NAMES) {
  test(`${JSON.stringify(name)} in every place of a cluster: lint (compact and JSON) and summary`, async () => {
    assert.is((await assertLikeStandIn(everyPlaceTree, name, ['--format', 'compact'], true)).code, 1);
    await assertLikeStandIn(everyPlaceTree, name, ['summary']);
  });

  test(`${JSON.stringify(name)} as a host in the configuration file's hosts and overrides`, async () => {
    await assertLikeStandIn(configHostsTree, name, ['--format', 'compact']);
    const printed = await assertLikeStandIn(configHostsTree, name, ['--print-config']);
    assert.is(JSON.parse(printed.stdout).hosts[name], 'node-a');
  });

  test(`${JSON.stringify(name)} as a rule id in the configuration file: the usual message, exit 2`, async () => {
    const r = await runOn(configRulesTree(name), ['--format', 'compact']);
    assert.is(r.code, 2);
    assert.is(r.stdout, '');
    assert.is(r.stderr, [
      `hacheck: <dir>/.hacheckrc.json:3:5: rules: unknown rule id ${JSON.stringify(name)}`,
      `hacheck: <dir>/.hacheckrc.json:11:9: overrides[0].rules: unknown rule id ${JSON.stringify(name)}`,
      '',
    ].join('\n'));
  });

  test(`${JSON.stringify(name)} as a format, a rule to run or to explain: unknown, exit 2`, async () => {
    const dir = makeTree({ 'conf/zoo.cfg': 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' });
    try {
      for (const [args, message] of [
        [['--format', name, dir], `unknown format "${name}" (expected compact, stylish, json, sarif, github)`],
        [['--rule', name, dir], `unknown rule "${name}" (hacheck --list-rules lists every rule)`],
        [['explain', name], `unknown rule "${name}" (hacheck --list-rules lists every rule)`],
      ] as const) {
        const r = await hacheck(args);
        assert.is(r.code, 2, args.join(' '));
        assert.is(r.stdout, '', args.join(' '));
        assert.is(r.stderr, `hacheck: ${message}\nRun "hacheck --help" for usage.\n`, args.join(' '));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the bundle, run as users run it, answers as the CLI in process for every name in every place', async () => {
  // One spawned run for all the names: each name's cluster and configuration-file trees, linted
  // as several directories, with the JSON report written beside the compact output.
  const dirs = NAMES.flatMap((name) => [makeTree(everyPlaceTree(name)), makeTree(configHostsTree(name))]);
  const out = mkdtempSync(join(tmpdir(), 'hacheck-proto-out-'));
  try {
    const args = (report: string) => ['--format', 'json', '--output-file', join(out, report), '--format', 'compact', ...dirs];
    const spawned = spawnSync(process.execPath, [BIN, ...args('spawned.json')], { encoding: 'utf8', env: ENV });
    const inProcess = await hacheck(args('in-process.json'));
    assert.is(spawned.status, 1, spawned.stderr);
    assert.is(spawned.status, inProcess.code);
    assert.fixture(spawned.stderr, inProcess.stderr);
    assert.fixture(spawned.stdout, inProcess.stdout);
    assert.fixture(readFileSync(join(out, 'spawned.json'), 'utf8'), readFileSync(join(out, 'in-process.json'), 'utf8'));
    // Each name is in the answer: the directories were all linted.
    for (const name of NAMES) assert.ok(spawned.stdout.includes(`/${name}/opt/hadoop-3.4.1/etc/hadoop/core-site.xml:`), name);
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});

test.run();
