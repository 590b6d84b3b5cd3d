import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { markdownCell } from '../src/action/main.ts';
import { STEP_SUMMARY_LIMIT, summaryMarkdown } from '../src/action/job-summary.ts';
import type { Finding } from '../src/engine/rule.ts';
import { CONFIG_FILE_NAMES, withHookFilesPattern } from '../src/pre-commit-files.ts';
import { candidateAt, EXACT_NAMES, kindAt, kindOf, NAME_PATTERNS, PATH_PATTERNS } from '../src/recognised-files.ts';
import { lintDirectory } from '../src/lint.ts';
import { renderSummaryMarkdown } from '../src/summary/markdown.ts';
import { HOSTILE, hostileCluster } from './support/crafted.ts';
import { ROOT } from './support/fixtures.ts';
import { assertTableRowsAligned } from './support/gfm-table.ts';
import { runAction, runActionInProcess } from './support/run-action.ts';
import { site } from './support/tree.ts';
import { workflowCommands } from './support/workflow-commands.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

const SEED = join(ROOT, 'fixtures/clusters/seed-blog');
const CLEAN = join(ROOT, 'fixtures/clusters/hadoop3-per-host');

function validator(schemaFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'vendor/schemas', schemaFile), 'utf8')));
}

test('action.yml is valid action metadata: a node24 action running dist/action.mjs with the five inputs', () => {
  const validate = validator('github-action.json');
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: object; outputs: object };
  assert.ok(validate(action), JSON.stringify(validate.errors));
  assert.equal(action.runs, { using: 'node24', main: 'dist/action.mjs' });
  assert.equal(Object.keys(action.inputs), ['path', 'config', 'format', 'max-warnings', 'sarif-file']);
  assert.equal(Object.keys(action.outputs), ['errors', 'warnings', 'sarif-file']);
  assert.ok(existsSync(join(ROOT, action.runs.main)));
  // The schema is not a rubber stamp.
  assert.not.ok(validate({ ...action, runs: { using: 'node99', main: 'dist/action.mjs' } }));
});

test('.pre-commit-hooks.yaml is a valid hook manifest whose hook runs the committed bundle on what git tracks', () => {
  const validate = validator('pre-commit-hooks.json');
  const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  assert.ok(validate(hooks), JSON.stringify(validate.errors));
  assert.is(hooks.length, 1);
  const hook = hooks[0]!;
  assert.is(hook.id, 'hacheck');
  assert.is(hook.language, 'script');
  // In entry, so that a configuration's own args (the cluster directory, --max-warnings) keep it.
  assert.is(hook.entry, 'dist/hacheck.mjs --tracked-only');
  assert.is(hook.pass_filenames, false);
  assert.not.ok(validate([{ ...hook, pass_filenames: 'no' }]));
  // `files` is matched with Python's re.search against repository paths: this regex means the same in JS.
  const files = new RegExp(String(hook.files));
  const matched = [
    'zoo.cfg', 'conf/zoo.cfg', 'a/zoo.cfg.dynamic.100000000', 'server1/var/lib/zk/myid', 'etc/hadoop/core-site.xml', 'hdfs-site.xml', 'x/yarn-site.xml',
    'mapred-site.xml', 'slaves', 'c/workers', 'etc/ntp.conf', 'etc/chrony.conf', 'hbase/conf/hbase-site.xml', 'kafka/config/server.properties',
    'kafka/config/server-1.properties', 'server-2.properties', 'etc/hosts', 'server1/etc/hosts', '.hacheckrc', 'ci/.hacheckrc.json', '.hacheckrc.yaml',
    '.hacheckrc.yml', 'package.json', 'clusters/package.json',
    // Names whose content decides (src/recognised-files.ts CONTENT_PATTERNS): the hook cannot read content, so it runs.
    'zoo_1.cfg', 'zk/zoo.cfg.2181', 'kafka/config/zookeeper.properties', 'kafka/config/broker-0.properties', 'myserver.properties', 'server-.properties',
  ];
  for (const p of matched) assert.ok(files.test(p), p);
  const skipped = [
    'myzoo.cfg', 'hadoop-env.sh', 'core-site.xml.orig', 'my-hdfs-site.xml', 'workers.txt', 'README.md', 'myid2', 'hosts', 'x/hosts',
    'etc/hosts.allow', 'myetc/hosts', 'server.properties.bak', 'zoo.cfg.dynamic/x', '.hacheckrc.toml', 'package.json.bak',
  ];
  for (const p of skipped) assert.not.ok(files.test(p), p);
});

test("the hook's files pattern is the one made from discovery's names, and matches every file discovery reads", () => {
  const yaml = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  // Fresh: `npm run generate` writes it (scripts/generated-files.ts), so a name discovery learns reaches the hook.
  assert.is(yaml, withHookFilesPattern(yaml), 'run `npm run generate`');
  const files = new RegExp(String((parseYaml(yaml) as Record<string, unknown>[])[0]!.files));
  const names: string[] = [...EXACT_NAMES, 'zoo.cfg.dynamic.100000000', 'zoo.cfg.dynamic', 'server-1.properties', 'server-a_b.c.properties', 'hosts', 'zoo.cfg.bak', 'core-site.xml.orig', 'x', 'zoo_1.cfg', 'zoo.cfg.2181', 'zookeeper.properties', 'broker-0.properties'];
  const samples = names.flatMap((name) => [name, `server1/${name}`, `server1/etc/${name}`, `a/b/c/${name}`].map((path) => ({ path, name })));
  // Every path discovery reads runs the hook (the reverse need not hold: configuration files are not cluster files).
  for (const { path, name } of samples) if (candidateAt(path, name) !== undefined) assert.ok(files.test(path), `${path} is read by hacheck but does not run the hook`);
  for (const place of CONFIG_FILE_NAMES) assert.ok(files.test(`clusters/prod/${place}`), place);
  // Each pattern of the table has a sample above: a pattern added without one fails here.
  const exact: readonly string[] = EXACT_NAMES;
  for (const p of NAME_PATTERNS) assert.ok(samples.some((s) => !exact.includes(s.name) && kindOf(s.name) === p.kind), p.source);
  for (const p of PATH_PATTERNS) assert.ok(samples.some((s) => kindOf(s.name) === undefined && kindAt(s.path, s.name) === p.kind), p.source);
});

function copyCluster(from: string, to: string): (workspace: string) => void {
  return (ws) => cpSync(from, join(ws, to), { recursive: true });
}

/** The findings of fixtures/clusters/<name>/expected.txt: `path:line:col`, severity and message. */
function expectedFindings(dir: string) {
  return readFileSync(join(dir, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith(' '))
    .map((l) => {
      const m = /^(.+?:\d+:\d+): (error|warning|info): (.*) \[([a-z-]+\/[a-z-]+)\]$/.exec(l);
      if (!m) throw new Error(`not a finding line: ${l}`);
      return { location: m[1]!, severity: m[2]!, message: m[3]!, rule: m[4]! };
    });
}

// This case runs dist/action.mjs as the runner starts it: the bundle, the exit code the process sets and
// what it leaves on standard error. The others are about the Action's answer (annotations, summary,
// outputs, files, exit code) and run its main in process, without a Node.js start-up each.
test('a broken cluster: annotations, the whole summary, outputs, SARIF and exit 1', async () => {
  const r = runAction({ path: 'clusters/prod', 'sarif-file': 'reports/hacheck.sarif' }, copyCluster(SEED, 'clusters/prod'));
  assert.is(r.stderr, '');
  assert.is(r.code, 1);
  const expected = expectedFindings(SEED);
  assert.is(expected.length, 9);
  // One annotation per finding, placed at the file's path in the repository.
  const lines = r.stdout.split('\n');
  const annotations = lines.filter((l) => l.startsWith('::'));
  assert.is(annotations.length, 9);
  assert.is(annotations.filter((l) => l.startsWith('::error ')).length, 3);
  assert.is(annotations.filter((l) => l.startsWith('::warning ')).length, 6);
  assert.ok(
    annotations.includes(
      '::error file=clusters/prod/server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml,line=59,col=10,endLine=59,endColumn=18,title=hdfs/sshfence-private-key::Fencing method "sshfence" has no private key: dfs.ha.fencing.ssh.private-key-files is not set%0Aclusters/prod/server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml:63:9: note: "dfs.ha.ssh.private-key-files" is not read by sshfence',
    ),
    annotations.join('\n'),
  );
  assert.not.ok(r.stdout.includes('::notice'), 'no notice below the limit');
  assert.is(lines.at(-2), 'hacheck: 3 errors, 6 warnings, 0 info');

  // The summary: the topology as hacheck read it, then every finding.
  const result = await lintDirectory(SEED);
  assert.ok(r.summary.startsWith('## hacheck: clusters/prod\n\n**3 errors, 6 warnings, 0 info**\n\n'), r.summary.slice(0, 200));
  const topology = renderSummaryMarkdown(result.cluster).trimEnd();
  assert.ok(r.summary.includes(topology));
  assert.ok(r.summary.indexOf('\n## Findings\n') < r.summary.indexOf(topology), 'the findings come first');
  const rows = r.summary.split('\n').filter((l) => /^\| (error|warning|info) \|/.test(l));
  assert.is(rows.length, 9);
  for (const [i, f] of expected.entries()) {
    assert.ok(rows[i]!.startsWith(`| ${f.severity} | ${markdownCell(`clusters/prod/${f.location}`)} | ${markdownCell(f.message)}`), `row ${i}: ${rows[i]}`);
    assert.ok(rows[i]!.endsWith(`| [${markdownCell(f.rule)}](https://github.com/hacheck/hacheck/blob/main/rules/${f.rule}.md) |`), rows[i]);
  }
  assert.ok(
    rows.includes(
      '| error | clusters/prod/server1/home/zookeeper/zookeeper-3.4.14/conf/zoo.cfg:29:1 | server1 has no myid file at "/home/zookeeper/data/myid"' +
        '<br>note: clusters/prod/server1/home/zookeeper/zookeeper-3.4.14/conf/zoo.cfg:12:9: dataDir is "/home/zookeeper/data"' +
        '<br>note: clusters/prod/server1/home/zookeeper/zookeeper-3.4.14/data/myid:1:1: a myid at "/home/zookeeper/zookeeper-3.4.14/data/myid", which ZooKeeper does not read' +
        ' | [zookeeper/myid-missing](https://github.com/hacheck/hacheck/blob/main/rules/zookeeper/myid-missing.md) |',
    ),
    rows.join('\n'),
  );

  const sarifPath = join(r.workspace, 'reports/hacheck.sarif');
  assert.equal(r.outputs, { errors: '3', warnings: '6', 'sarif-file': sarifPath });
  const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
  assert.is(sarif.version, '2.1.0');
  assert.is(sarif.runs[0].results.length, 9);
});

test('a clean cluster: no annotation, exit 0, outputs at zero', async () => {
  const r = await runActionInProcess({ path: 'cluster' }, copyCluster(CLEAN, 'cluster'));
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'hacheck: 0 errors, 0 warnings, 0 info\n');
  assert.is(r.code, 0);
  assert.equal(r.outputs, { errors: '0', warnings: '0', 'sarif-file': '' });
  const result = await lintDirectory(CLEAN);
  assert.is(r.summary, `## hacheck: cluster\n\nNo findings.\n\n${renderSummaryMarkdown(result.cluster).trimEnd()}\n\n`);
});

/** 11 errors (placeholders nothing defines) and 12 warnings (zoo.cfg keys set twice). */
function manyFindings(ws: string): void {
  const props: Record<string, string> = {};
  for (let i = 1; i <= 11; i++) props[`p${i}`] = `\${nope.${i}}`;
  let zoo = `tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}`;
  for (let i = 1; i <= 12; i++) zoo += `key${i}=a\nkey${i}=b\n`;
  mkdirSync(join(ws, 'conf'));
  writeFileSync(join(ws, 'conf/core-site.xml'), site(props));
  writeFileSync(join(ws, 'conf/zoo.cfg'), zoo);
}

test('more than 10 errors or warnings: 10 annotations of each, one notice counting the rest, all in summary and SARIF', async () => {
  const r = await runActionInProcess({ path: 'conf', 'sarif-file': 'hacheck.sarif' }, manyFindings);
  assert.is(r.code, 1);
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
  assert.is(annotations.filter((l) => l.startsWith('::error ')).length, 10);
  assert.is(annotations.filter((l) => l.startsWith('::warning ')).length, 10);
  assert.equal(annotations.filter((l) => l.startsWith('::notice ')), [
    '::notice title=hacheck::3 more findings not shown as annotations (1 error, 2 warnings, 0 info): GitHub shows 10 of each kind per step. The job summary and hacheck.sarif list all 23.',
  ]);
  // The first ten of each kind in report order: p11's error and key11, key12's warnings are left out.
  assert.ok(annotations.some((l) => l.startsWith('::error file=conf/core-site.xml,') && l.includes('"${nope.10}" in "p10"')));
  assert.not.ok(annotations.some((l) => l.includes('"${nope.11}"')));
  assert.not.ok(annotations.some((l) => l.includes('key11 is set again')));
  assert.is(r.summary.split('\n').filter((l) => /^\| (error|warning) \|/.test(l)).length, 23);
  assert.ok(r.summary.includes('"${nope.11}" in "p11"'));
  assert.ok(r.summary.includes('key12 is set again'));
  assert.equal(r.outputs, { errors: '11', warnings: '12', 'sarif-file': join(r.workspace, 'hacheck.sarif') });
  assert.is(JSON.parse(readFileSync(join(r.workspace, 'hacheck.sarif'), 'utf8')).runs[0].results.length, 23);
});

/** `n` findings of about 400 bytes a row, with a note each: 4,000 of them make a summary of about 1.6 MiB. */
function syntheticFindings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'hadoop/unresolved-placeholder',
    severity: i % 3 === 0 ? 'error' : 'warning',
    message: `"\${nope.${i}}" in "p${i}" is not defined by any property or system property ${'é'.repeat(40)}`,
    span: { file: `server${i % 7}/etc/hadoop/core-site.xml`, line: i + 1, column: 5, endLine: i + 1, endColumn: 9 },
    related: [{ span: { file: 'etc/hadoop/core-site.xml', line: 1, column: 1, endLine: 1, endColumn: 2 }, message: 'a note | with a pipe' }],
    docsUrl: 'https://github.com/hacheck/hacheck/blob/main/rules/hadoop/unresolved-placeholder.md',
  }));
}

const ROW = /^\| (error|warning|info) \|/;

test("job summary over GitHub's 1 MiB step limit: cut at a row boundary, the last line counts what is left out and says where it all is", () => {
  const findings = syntheticFindings(4000);
  const base = { title: 'clusters/prod', findings, topology: '## Cluster topology\n\nthe topology\n', prefix: 'clusters/prod/', sarifFile: 'reports/hacheck.sarif', fullLog: false };
  const whole = summaryMarkdown(base, Infinity);
  assert.ok(Buffer.byteLength(whole) > STEP_SUMMARY_LIMIT, 'the test needs a summary over the limit');
  const md = summaryMarkdown(base);
  assert.ok(Buffer.byteLength(md) <= STEP_SUMMARY_LIMIT, String(Buffer.byteLength(md)));
  const lines = md.split('\n');
  const rows = lines.filter((l) => ROW.test(l));
  const kept = rows.length;
  assert.ok(kept > 1000 && kept < 4000, String(kept));
  // Whole rows, the first ones, in order: the same lines as the uncut summary's.
  assert.equal(rows, whole.split('\n').filter((l) => ROW.test(l)).slice(0, kept));
  assertTableRowsAligned(lines);
  // As many as fit: one more row would cross the limit.
  const nextRow = whole.split('\n').filter((l) => ROW.test(l))[kept]!;
  assert.ok(Buffer.byteLength(md) + Buffer.byteLength(nextRow) + 1 > STEP_SUMMARY_LIMIT);
  assert.is(lines.at(-1), '');
  assert.is(
    lines.at(-2),
    `**${4000 - kept} findings of 4000 and the cluster topology are left out**: GitHub drops a step's summary larger than 1 MiB. The SARIF file reports/hacheck.sarif lists all 4000.`,
  );
  assert.not.ok(md.includes('the topology'));
  assert.ok(md.startsWith('## hacheck: clusters/prod\n\n**1334 errors, 2666 warnings, 0 info**\n\n## Findings\n\n| Severity | Location | Message | Rule |\n| --- | --- | --- | --- |\n| error | clusters/prod/server0/etc/hadoop/core-site.xml:1:5 |'));

  // Where the full list is when there is no SARIF file: the log with another format, else how to get it.
  const lastLine = (o: Partial<typeof base>) => summaryMarkdown({ ...base, ...o }).split('\n').at(-2)!;
  assert.ok(lastLine({ sarifFile: '', fullLog: true }).endsWith("larger than 1 MiB. The step's log lists all 4000."));
  assert.ok(lastLine({ sarifFile: '' }).endsWith("larger than 1 MiB. Set the action's sarif-file input (or format: compact, for the log) to get all 4000."));
  // What the step's summary already holds counts against the limit.
  assert.ok(Buffer.byteLength(summaryMarkdown(base, STEP_SUMMARY_LIMIT - 100_000)) <= STEP_SUMMARY_LIMIT - 100_000);
});

test('job summary: when every finding fits but the topology would not, the topology alone is left out, with a line saying so', () => {
  const findings = syntheticFindings(10);
  const topology = `## Cluster topology\n\n${'| a | b |\n'.repeat(150_000)}`;
  const md = summaryMarkdown({ title: 'c', findings, topology, prefix: '', sarifFile: '', fullLog: false });
  assert.ok(Buffer.byteLength(md) <= STEP_SUMMARY_LIMIT);
  assert.is(md.split('\n').filter((l) => ROW.test(l)).length, 10);
  assert.ok(md.endsWith("\n\nThe cluster topology is left out: GitHub drops a step's summary larger than 1 MiB (`hacheck summary -f markdown` prints it).\n"), md.slice(-300));
});

/** A core-site.xml with `n` placeholders nothing defines: `n` errors, each with a long property name. */
function placeholders(n: number): (ws: string) => void {
  return (ws) => {
    const props: Record<string, string> = {};
    for (let i = 1; i <= n; i++) props[`p${i}.${'x'.repeat(150)}`] = `\${nope.${i}}`;
    mkdirSync(join(ws, 'conf'));
    writeFileSync(join(ws, 'conf/core-site.xml'), site(props));
  };
}

test("the Action's job summary stays within 1 MiB on a cluster with 4,000 findings; the SARIF file has them all", async () => {
  const r = await runActionInProcess({ path: 'conf', 'sarif-file': 'hacheck.sarif' }, placeholders(4000));
  assert.is(r.code, 1);
  assert.ok(Buffer.byteLength(r.summary) <= STEP_SUMMARY_LIMIT, String(Buffer.byteLength(r.summary)));
  const kept = r.summary.split('\n').filter((l) => ROW.test(l)).length;
  assert.ok(kept > 1000 && kept < 4000, String(kept));
  assert.is(r.summary.split('\n').at(-2), `**${4000 - kept} findings of 4000 and the cluster topology are left out**: GitHub drops a step's summary larger than 1 MiB. The SARIF file hacheck.sarif lists all 4000.`);
  assert.is(JSON.parse(readFileSync(join(r.workspace, 'hacheck.sarif'), 'utf8')).runs[0].results.length, 4000);
});

test('max-warnings (INPUT_MAX-WARNINGS): more warnings than allowed fail the step', async () => {
  const warningsOnly = (ws: string) => {
    let zoo = `tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}`;
    for (let i = 1; i <= 3; i++) zoo += `key${i}=a\nkey${i}=b\n`;
    writeFileSync(join(ws, 'zoo.cfg'), zoo);
  };
  const unlimited = await runActionInProcess({}, warningsOnly);
  assert.is(unlimited.code, 0);
  assert.equal(unlimited.outputs, { errors: '0', warnings: '3', 'sarif-file': '' });
  assert.is((await runActionInProcess({ 'max-warnings': '3' }, warningsOnly)).code, 0);
  const over = await runActionInProcess({ 'max-warnings': '2' }, warningsOnly);
  assert.is(over.code, 1);
  assert.ok(over.stdout.endsWith('hacheck: 0 errors, 3 warnings, 0 info: more warnings than max-warnings (2)\n'), over.stdout);
});

test('format: another format is printed in full before the annotations', async () => {
  const r = await runActionInProcess({ path: 'c', format: 'compact' }, copyCluster(SEED, 'c'));
  assert.is(r.code, 1);
  const expected = readFileSync(join(SEED, 'expected.txt'), 'utf8');
  assert.ok(r.stdout.startsWith(expected), r.stdout.slice(0, 300));
  assert.is(r.stdout.slice(expected.length).split('\n').filter((l) => l.startsWith('::')).length, 9);
});

test('config: the file the input names (relative to the workspace), else the one found from the cluster directory', async () => {
  const rules = { 'zookeeper/myid-missing': 'off', 'hdfs/sshfence-private-key': 'warning' };
  const named = await runActionInProcess({ path: 'c', config: 'ci/hacheck.json' }, (ws) => {
    copyCluster(SEED, 'c')(ws);
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci/hacheck.json'), JSON.stringify({ rules }));
  });
  // The misspelt dfs.ha.ssh.private-key-files (hadoop/misspelled-critical-property) is the one error left.
  assert.is(named.code, 1, named.stdout);
  assert.equal(named.outputs, { errors: '1', warnings: '7', 'sarif-file': '' });
  const found = await runActionInProcess({ path: 'c' }, (ws) => {
    copyCluster(SEED, 'c')(ws);
    writeFileSync(join(ws, 'c/.hacheckrc.json'), JSON.stringify({ rules: { 'hdfs/sshfence-private-key': 'off' } }));
  });
  assert.is(found.code, 1);
  assert.equal(found.outputs, { errors: '2', warnings: '6', 'sarif-file': '' });
  const missing = await runActionInProcess({ path: 'c', config: 'nope.json' }, copyCluster(SEED, 'c'));
  assert.is(missing.code, 2);
  assert.match(missing.stdout, /^::error::hacheck: cannot read configuration file ".*nope\.json": no such file\n$/);
});

test('failures of the run itself: one ::error:: line and exit 2', async () => {
  const cases: [Record<string, string>, string][] = [
    [{ path: 'missing' }, '::error::hacheck: cannot read "missing": no such directory'],
    [{ format: 'xml' }, '::error::hacheck: unknown format "xml" (expected compact, stylish, json, sarif, github)'],
    [{ 'max-warnings': 'many' }, '::error::hacheck: max-warnings takes a whole number (or -1 for no limit), not "many"'],
    [{ path: 'empty' }, '::error::hacheck: no recognised configuration file under "empty" (zoo.cfg, myid, *-site.xml, slaves, workers, ntp.conf, chrony.conf)'],
  ];
  for (const [inputs, line] of cases) {
    const r = await runActionInProcess(inputs, (ws) => mkdirSync(join(ws, 'empty')));
    assert.is(r.code, 2, JSON.stringify(inputs));
    assert.is(r.stdout, `${line}\n`);
    assert.equal(r.outputs, {});
  }
});

test('inputs holding shell metacharacters are data: nothing is executed', async () => {
  // Were an input ever run by a shell, `touch pwnedN` would create pwnedN in the working directory (the runner's) or the workspace.
  const evil = 'a $(touch pwned1) ; touch pwned2 `touch pwned3` b';
  // A directory and a SARIF file whose names hold the metacharacters: both are used as names, literally.
  const r = await runActionInProcess({ path: evil, 'sarif-file': `${evil}.sarif`, 'max-warnings': '0' }, copyCluster(SEED, evil));
  assert.is(r.code, 1);
  assert.is(r.outputs['errors'], '3');
  assert.is(r.outputs['sarif-file'], join(r.workspace, `${evil}.sarif`));
  assert.ok(existsSync(join(r.workspace, `${evil}.sarif`)));
  assert.ok(r.stdout.includes(`::error file=${evil}/server1/home/zookeeper/zookeeper-3.4.14/conf/zoo.cfg,line=29,`), r.stdout);
  assert.ok(r.summary.startsWith('## hacheck: a $(touch pwned1) ; touch pwned2 \\`touch pwned3\\` b\n'), r.summary.slice(0, 100));
  const failed = await runActionInProcess({ path: '$(touch pwned4)', config: '; touch pwned5', format: '`touch pwned6`' }, () => {});
  assert.is(failed.code, 2);
  for (const run of [r, failed]) {
    for (const dir of [run.runner, run.workspace]) {
      for (let i = 1; i <= 6; i++) assert.not.ok(existsSync(join(dir, `pwned${i}`)), `pwned${i} was created: an input ran as a command`);
    }
  }
});

test('hostile names and values: one annotation per finding and a job summary whose rows hold, with no HTML', async () => {
  const r = await runActionInProcess({ path: 'c' }, copyCluster(hostileCluster(), 'c'));
  assert.is(r.code, 1);
  assert.is(r.stderr, '');
  const findings = (await lintDirectory(join(r.workspace, 'c'))).findings;
  assert.is(findings.length, 14);
  const commands = workflowCommands(r.stdout);
  assert.equal(commands.map((c) => c.name), findings.map((f) => (f.severity === 'info' ? 'notice' : f.severity)));
  const dataDir = commands.find((c) => c.properties['file'] === 'c/\\u000a::error file=forged.txt::x%0A\\u000d100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)/zoo.cfg');
  assert.is(dataDir?.data, 'dataDir is "/tmp/zk\\n::error file=forged.txt::x%0A\\r100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)", under a temporary directory that the system may clear');

  // eslint-disable-next-line no-control-regex
  assert.not.match(r.summary, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  // No HTML but the line breaks between a finding and its notes (the topology's values are code spans: summary.test.ts).
  const findingsPart = r.summary.slice(r.summary.indexOf('## Findings'), r.summary.indexOf('## Cluster topology'));
  assert.not.ok(findingsPart.replace(/<br>note: /g, '').includes('<'), findingsPart);
  const rows = r.summary.split('\n');
  assert.ok(
    rows.includes(
      '| warning | c/\\\\u000a::error file=forged.txt::x%0A\\\\u000d100% ##\\\\u005berror\\]\\\\u001b\\[31m\\\\u009b\\\\u2028&lt;img src=x&gt;\\|\\`\\*\\_\\~\\[x\\](y)/zoo.cfg:2:9 | ' +
        'dataDir is "/tmp/zk\\\\n::error file=forged.txt::x%0A\\\\r100% ##\\\\u005berror\\]\\\\u001b\\[31m\\\\u009b\\\\u2028&lt;img src=x&gt;\\|\\`\\*\\_\\~\\[x\\](y)", under a temporary directory that the system may clear' +
        ' | [zookeeper/datadir-in-tmp](https://github.com/hacheck/hacheck/blob/main/rules/zookeeper/datadir-in-tmp.md) |',
    ),
    r.summary,
  );
  assertTableRowsAligned(rows);
  assert.is(rows.filter((l) => /^\| (error|warning|info) \|/.test(l)).length, 14);
  assert.ok(HOSTILE.includes('\r'));
});

test.run();
