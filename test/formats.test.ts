import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.ts';
import { docsUrl, type Finding } from '../src/engine/rule.ts';
import { escapeData, escapeProperty } from '../src/format/github-escape.ts';
import { formatGithub } from '../src/format/github.ts';
import { FORMATTERS, type FormatInput } from '../src/format/registry.ts';
import { FINGERPRINT_KEY, partialFingerprints } from '../src/format/sarif-fingerprint.ts';
import { lintDirectory, type LintResult } from '../src/lint.ts';
import { FORGED, FORGED_FOLDER, HOSTILE, craftedCluster, hostileCluster } from './support/crafted.ts';
import { DISGUISED, DISGUISED_SHOWN, disguisedCluster } from './support/disguised.ts';
import { expectFile } from './support/expect.ts';
import { ROOT } from './support/fixtures.ts';
import { jsonFormatErrors, sarifErrors } from './support/schemas.ts';
import { makeTree } from './support/tree.ts';
import { workflowCommands } from './support/workflow-commands.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

const SEED = join(ROOT, 'fixtures/clusters/seed-blog');
const GOLDEN = join(ROOT, 'test/golden');
const seed = await lintDirectory(SEED);

/** A fixed tool version, so that the expected output does not change with each release. */
function input(result: LintResult, root: string, over: Partial<FormatInput> = {}): FormatInput {
  return { findings: result.findings, cluster: result.cluster, rules: RULES, color: false, toolVersion: '9.9.9', root, workspace: ROOT, ...over };
}

function format(name: string, i: FormatInput): string {
  return FORMATTERS[name]!(i);
}

function finding(over: Partial<Finding> & { line?: number }): Finding {
  const line = over.line ?? 3;
  return {
    ruleId: 'zookeeper/datadir-in-tmp',
    severity: 'warning',
    message: 'm',
    span: { file: 'zoo.cfg', line, column: 9, endLine: line, endColumn: 20 },
    related: [],
    docsUrl: docsUrl('zookeeper/datadir-in-tmp'),
    ...over,
  };
}

// ---------------------------------------------------------------- github

const P = 'fixtures/clusters/seed-blog/';
const HDFS = `${P}server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml`;
const ZOO = (h: string) => `${P}${h}/home/zookeeper/zookeeper-3.4.14/conf/zoo.cfg`;
const STRAY = (h: string) => `${P}${h}/home/zookeeper/zookeeper-3.4.14/data/myid`;

test('github: one workflow command per finding, paths from the repository root, notes in the message', () => {
  assert.is(
    format('github', input(seed, SEED)),
    [
      `::warning file=${HDFS},line=44,col=10,endLine=44,endColumn=22,title=hdfs/namenode-port-mismatch::"server2:5070" uses port 5070 for http-address but nn1 uses 50070%0A${HDFS}:39:10: note: nn1's http-address is "server1:50070"`,
      `::warning file=${HDFS},line=59,col=10,endLine=59,endColumn=18,title=hdfs/fencing-fallback::Fencing ends with "sshfence", which fails when the active NameNode's host is down and then blocks failover`,
      `::error file=${HDFS},line=59,col=10,endLine=59,endColumn=18,title=hdfs/sshfence-private-key::Fencing method "sshfence" has no private key: dfs.ha.fencing.ssh.private-key-files is not set%0A${HDFS}:63:9: note: "dfs.ha.ssh.private-key-files" is not read by sshfence`,
      `::error file=${HDFS},line=63,col=9,endLine=63,endColumn=37,title=hadoop/misspelled-critical-property::"dfs.ha.ssh.private-key-files" is not a Hadoop property; "dfs.ha.fencing.ssh.private-key-files" is meant and is not set, so Hadoop uses its default`,
      `::warning file=${ZOO('server1')},line=1,col=1,endLine=1,endColumn=1,title=zookeeper/autopurge-disabled::zoo.cfg does not set autopurge.purgeInterval, so automatic purging is off (the default) and ZooKeeper keeps every snapshot and transaction log until the disk is full`,
      `::error file=${ZOO('server1')},line=29,col=1,endLine=29,endColumn=27,title=zookeeper/myid-missing::server1 has no myid file at "/home/zookeeper/data/myid"%0A${ZOO('server1')}:12:9: note: dataDir is "/home/zookeeper/data"%0A${STRAY('server1')}:1:1: note: a myid at "/home/zookeeper/zookeeper-3.4.14/data/myid", which ZooKeeper does not read`,
      `::warning file=${STRAY('server1')},line=1,col=1,endLine=1,endColumn=1,title=zookeeper/myid-misplaced::myid is not in dataDir "/home/zookeeper/data", so ZooKeeper never reads it%0A${ZOO('server1')}:12:9: note: dataDir is "/home/zookeeper/data"`,
      `::warning file=${STRAY('server2')},line=1,col=1,endLine=1,endColumn=1,title=zookeeper/myid-misplaced::myid is not in dataDir "/home/zookeeper/data", so ZooKeeper never reads it%0A${ZOO('server2')}:12:9: note: dataDir is "/home/zookeeper/data"%0A${P}server2/home/zookeeper/data/myid:1:1: note: the myid ZooKeeper reads holds "2"`,
      `::warning file=${STRAY('server3')},line=1,col=1,endLine=1,endColumn=1,title=zookeeper/myid-misplaced::myid is not in dataDir "/home/zookeeper/data", so ZooKeeper never reads it%0A${ZOO('server3')}:12:9: note: dataDir is "/home/zookeeper/data"%0A${P}server3/home/zookeeper/data/myid:1:1: note: the myid ZooKeeper reads holds "3"`,
      '',
    ].join('\n'),
  );
});

test('github: the runner reads exactly one annotation per finding, with the message and location back', () => {
  const commands = workflowCommands(format('github', input(seed, SEED)));
  assert.is(commands.length, seed.findings.length);
  const first = commands[0]!;
  assert.is(first.name, 'warning');
  assert.equal(first.properties, { file: HDFS, line: '44', col: '10', endLine: '44', endColumn: '22', title: 'hdfs/namenode-port-mismatch' });
  assert.is(first.data, `"server2:5070" uses port 5070 for http-address but nn1 uses 50070\n${HDFS}:39:10: note: nn1's http-address is "server1:50070"`);
});

test('github: paths relative to the workspace; a directory outside it keeps its absolute path', () => {
  const at = (workspace: string) => workflowCommands(format('github', input(seed, SEED, { workspace })))[0]!.properties['file'];
  assert.is(at(SEED), 'server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml');
  assert.is(at(join(ROOT, 'fixtures')), 'clusters/seed-blog/server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml');
  assert.is(at('/elsewhere/repo'), `${SEED}/server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml`);
  // A sibling whose name starts with the workspace's is outside it, too.
  assert.is(at(`${SEED}-other`), `${SEED}/server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml`);
});

test('github: severities map to error, warning and notice; a span over several lines has no columns', () => {
  const out = formatGithub({
    root: '/r',
    workspace: '/r',
    findings: [
      finding({ severity: 'error' }),
      finding({ severity: 'info', span: { file: 'zoo.cfg', line: 3, column: 9, endLine: 5, endColumn: 2 } }),
    ],
  });
  assert.is(
    out,
    '::error file=zoo.cfg,line=3,col=9,endLine=3,endColumn=20,title=zookeeper/datadir-in-tmp::m\n' +
      '::notice file=zoo.cfg,line=3,endLine=5,title=zookeeper/datadir-in-tmp::m\n',
  );
});

test('github: data and properties are escaped as @actions/core escapes them', () => {
  assert.is(escapeData('100% \r\n a::b, c:d'), '100%25 %0D%0A a::b, c:d');
  assert.is(escapeProperty('100% \r\n a::b, c:d'), '100%25 %0D%0A a%3A%3Ab%2C c%3Ad');
  // % first, so an escape already in the text is kept as text, not decoded.
  assert.is(escapeData('%0A'), '%250A');
  const out = formatGithub({ root: '/r', workspace: '/r', findings: [finding({ message: 'a % b', span: { file: 'a,b:c/zoo.cfg', line: 1, column: 1, endLine: 1, endColumn: 2 } })] });
  assert.is(out, '::warning file=a%2Cb%3Ac/zoo.cfg,line=1,col=1,endLine=1,endColumn=2,title=zookeeper/datadir-in-tmp::a %25 b\n');
});

// ---------------------------------------------------------------- json

test('json: the documented shape for the example cluster, valid against its schema', () => {
  const out = format('json', input(seed, SEED));
  expectFile(join(GOLDEN, 'seed-blog.json'), out);
  const doc = JSON.parse(out);
  assert.equal(jsonFormatErrors(doc), []);
  assert.is(doc.schemaVersion, 1);
  assert.equal(doc.summary, { errors: 3, warnings: 6, infos: 0 });
  assert.is(doc.findings.length, seed.findings.length);
  assert.equal(doc.problems, []);
});

test('json and sarif: files not read, links not followed and internal errors are recorded with the run', () => {
  const cluster = { ...seed.cluster, unreadable: [{ path: 'zk1/zoo.cfg', reason: 'a FIFO, not a regular file' }], skipped: [{ path: 'zk1/up', reason: 'a symbolic link loop' }] };
  const internalErrors = [{ report: 'internal error in rule x/y: boom (at rules/x/y.ts:1:1)' }];
  const doc = JSON.parse(format('json', { ...input({ ...seed, cluster }, SEED), internalErrors }));
  assert.equal(jsonFormatErrors(doc), []);
  assert.equal(doc.problems, [
    { kind: 'skipped', message: 'skipped zk1/up: a symbolic link loop', path: 'zk1/up' },
    { kind: 'unreadable', message: 'cannot read zk1/zoo.cfg (a FIFO, not a regular file)', path: 'zk1/zoo.cfg' },
    { kind: 'internal-error', message: 'internal error in rule x/y: boom (at rules/x/y.ts:1:1)', path: null },
  ]);
  const sarif = JSON.parse(format('sarif', { ...input({ ...seed, cluster }, SEED), internalErrors }));
  assert.equal(sarifErrors(sarif), []);
  const location = (uri: string) => [{ physicalLocation: { artifactLocation: { uri, uriBaseId: 'CLUSTERROOT' } } }];
  assert.equal(sarif.runs[0].invocations, [
    {
      executionSuccessful: false,
      toolExecutionNotifications: [
        { level: 'note', message: { text: 'skipped zk1/up: a symbolic link loop' }, locations: location('zk1/up') },
        { level: 'error', message: { text: 'cannot read zk1/zoo.cfg (a FIFO, not a regular file)' }, locations: location('zk1/zoo.cfg') },
        { level: 'error', message: { text: 'internal error in rule x/y: boom (at rules/x/y.ts:1:1)' } },
      ],
    },
  ]);
  assert.equal(JSON.parse(format('sarif', input(seed, SEED))).runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
});

const sharedDir = makeTree({ 'conf/zoo.cfg': `tickTime=2000\ndataDir=/tmp/zk\nclientPort=2181\n${ZOO_HOUSEKEEPING}` });
const sharedResult = await lintDirectory(sharedDir);

test('json: a shared file has host null; a file in a host folder names its host', () => {
  const shared = JSON.parse(format('json', input(sharedResult, sharedDir)));
  assert.equal(shared.findings, [
    {
      ruleId: 'zookeeper/datadir-in-tmp',
      severity: 'warning',
      message: 'dataDir is "/tmp/zk", under a temporary directory that the system may clear',
      file: 'conf/zoo.cfg',
      line: 2,
      column: 9,
      endLine: 2,
      endColumn: 16,
      host: null,
      docsUrl: 'https://github.com/hacheck/hacheck/blob/main/rules/zookeeper/datadir-in-tmp.md',
      related: [],
    },
  ]);
  const hosts = JSON.parse(format('json', input(seed, SEED))).findings.map((f: { host: string | null; related: { host: string | null }[] }) => [f.host, ...f.related.map((r) => r.host)]);
  assert.equal(hosts, [
    ['server1', 'server1'],
    ['server1'],
    ['server1', 'server1'],
    ['server1'],
    ['server1'],
    ['server1', 'server1', 'server1'],
    ['server1', 'server1'],
    ['server2', 'server2', 'server2'],
    ['server3', 'server3', 'server3'],
  ]);
});

test('json: the example in docs/json-format.md is what the tool prints', async () => {
  const doc = readFileSync(join(ROOT, 'docs/json-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(example, 'docs/json-format.md has a json example');
  const result = await lintDirectory(SEED, { only: ['hdfs/namenode-port-mismatch'] });
  const shown = JSON.parse(example);
  assert.equal(jsonFormatErrors(shown), []);
  // Only the version may differ: the example is not rewritten at each release.
  assert.is(example, format('json', input(result, SEED, { toolVersion: shown.tool.version })));
});

test('json: an empty run is valid too', () => {
  const doc = JSON.parse(format('json', input({ ...seed, findings: [] }, SEED)));
  assert.equal(jsonFormatErrors(doc), []);
  assert.equal(doc.findings, []);
  assert.equal(doc.summary, { errors: 0, warnings: 0, infos: 0 });
});

// ---------------------------------------------------------------- sarif

test('sarif: valid SARIF 2.1.0, with the results of the example cluster', () => {
  // Only the rules that report, so that a new rule elsewhere does not shift the ruleIndex values.
  const reporting = RULES.filter((r) => seed.findings.some((f) => f.ruleId === r.meta.id));
  const doc = JSON.parse(format('sarif', input(seed, SEED, { rules: reporting })));
  assert.equal(sarifErrors(doc), []);
  assert.is(doc.version, '2.1.0');
  assert.is(doc.runs.length, 1);
  const run = doc.runs[0];
  assert.equal(run.originalUriBaseIds, { CLUSTERROOT: { uri: `${pathToFileURL(SEED).href}/`, description: { text: 'The linted cluster directory' } } });
  assert.is(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'hacheck');
  assert.equal(run.tool.driver.version, '9.9.9');
  expectFile(join(GOLDEN, 'seed-blog.sarif-results.json'), `${JSON.stringify(run.results, null, 2)}\n`);
});

test('sarif: every rule that ran is in tool.driver.rules, and each result points at its rule', () => {
  const some = RULES.filter((r) => r.meta.id.startsWith('zookeeper/'));
  const doc = JSON.parse(format('sarif', input(seed, SEED, { rules: some })));
  assert.equal(sarifErrors(doc), []);
  const rules = doc.runs[0].tool.driver.rules;
  assert.equal(
    rules,
    some.map((r) => ({
      id: r.meta.id,
      shortDescription: { text: r.meta.description },
      fullDescription: { text: r.meta.rationale, markdown: r.meta.rationale },
      help: { text: r.meta.fix, markdown: r.meta.fix },
      helpUri: `https://github.com/hacheck/hacheck/blob/main/rules/${r.meta.id}.md`,
      defaultConfiguration: { level: { error: 'error', warning: 'warning', info: 'note' }[r.meta.severity] },
      properties: { tags: ['zookeeper'] },
    })),
  );
  for (const result of JSON.parse(format('sarif', input(seed, SEED))).runs[0].results) {
    assert.is(RULES[result.ruleIndex]!.meta.id, result.ruleId);
  }
});

test('sarif: URIs are relative to the linted directory and percent-encoded', () => {
  const f = finding({ span: { file: 'server 1/a#b%c/zoo.cfg', line: 2, column: 9, endLine: 2, endColumn: 16 } });
  const doc = JSON.parse(format('sarif', input({ ...seed, findings: [f] }, '/data/my cluster')));
  assert.equal(sarifErrors(doc), []);
  assert.equal(doc.runs[0].results[0].locations, [
    { physicalLocation: { artifactLocation: { uri: 'server%201/a%23b%25c/zoo.cfg', uriBaseId: 'CLUSTERROOT' }, region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 16 } } },
  ]);
  assert.is(doc.runs[0].originalUriBaseIds.CLUSTERROOT.uri, 'file:///data/my%20cluster/');
});

test('sarif: an empty run is valid and lists the rules', () => {
  const doc = JSON.parse(format('sarif', input({ ...seed, findings: [] }, SEED)));
  assert.equal(sarifErrors(doc), []);
  assert.equal(doc.runs[0].results, []);
  assert.is(doc.runs[0].tool.driver.rules.length, RULES.length);
});

// ---------------------------------------------------------------- fingerprints

function fingerprintsOf(text: string): string[] {
  return JSON.parse(text).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
}

test('sarif: fingerprints do not change when an unrelated line is added above the findings', async () => {
  const copy = join(mkdtempSync(join(tmpdir(), 'hacheck-fp-')), 'seed-blog');
  cpSync(SEED, copy, { recursive: true });
  // Every host's copy, so that the copies stay identical and findings stay at server1's.
  const hosts = ['server1', 'server2', 'server3', 'server4'];
  const files = [...hosts.map((h) => `${h}/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml`), ...hosts.slice(0, 3).map((h) => `${h}/home/zookeeper/zookeeper-3.4.14/conf/zoo.cfg`)];
  for (const file of files) {
    const path = join(copy, file);
    const [first, ...rest] = readFileSync(path, 'utf8').split('\n');
    // After the XML declaration (which must stay first); a comment line for zoo.cfg.
    writeFileSync(path, [first, file.endsWith('.xml') ? '<!-- reviewed -->' : '# reviewed', ...rest].join('\n'));
  }
  const moved = await lintDirectory(copy);
  // A finding at a file's start (a myid, a key zoo.cfg does not set) stays at 1:1.
  assert.equal(moved.findings.map((f) => f.span.line), seed.findings.map((f) => f.span.line + (f.span.file.endsWith('myid') || f.ruleId === 'zookeeper/autopurge-disabled' ? 0 : 1)));
  const before = fingerprintsOf(format('sarif', input(seed, SEED)));
  assert.equal(fingerprintsOf(format('sarif', input(moved, copy))), before);
  assert.is(new Set(before).size, before.length, 'fingerprints are distinct');
  assert.ok(before.every((f) => /^[0-9a-f]{32}$/.test(f)));
});

test('sarif: two findings alike in rule, file and message keep apart, and a parser position does not count', () => {
  const [a, b] = partialFingerprints([finding({ line: 3 }), finding({ line: 9 })]);
  assert.is.not(a, b);
  // The same two findings, moved down and with another finding before them.
  const moved = partialFingerprints([finding({ ruleId: 'zookeeper/duplicate-key', line: 1 }), finding({ line: 4 }), finding({ line: 10 })]);
  assert.equal(moved.slice(1), [a, b]);
  const xml = (line: number) => finding({ ruleId: 'syntax/xml-malformed', message: `Expected closing tag 'value' (opened in line ${line}, col 5) instead of closing tag 'valu'`, line });
  assert.equal(partialFingerprints([xml(5)]), partialFingerprints([xml(6)]));
  assert.is.not(partialFingerprints([xml(5)])[0], partialFingerprints([finding({ ruleId: 'syntax/xml-malformed', message: 'other', line: 5 })])[0]);
});

// ---------------------------------------------------------------- crafted values, in every format

const crafted = craftedCluster();
const craftedResult = await lintDirectory(crafted);

test('crafted values: the crafted cluster reports the value and the folder name', () => {
  assert.is(craftedResult.findings.length, 2);
  assert.ok(craftedResult.findings.some((f) => f.span.file === `${FORGED_FOLDER}/zoo.cfg`));
  assert.ok(craftedResult.findings.some((f) => f.message.includes('::error file=forged.txt')));
});

const hostile = hostileCluster();
const hostileResult = await lintDirectory(hostile);

for (const [cluster, result, dir] of [['crafted', craftedResult, crafted], ['hostile', hostileResult, hostile]] as const) {
  for (const name of Object.keys(FORMATTERS)) {
    for (const color of name === 'stylish' ? [false, true] : [false]) {
      test(`${cluster} values: ${name}${color ? ' in colour' : ''} cannot forge an annotation nor paint the terminal`, () => {
        const out = format(name, input(result, dir, { color }));
        // Colour codes are stylish's own, added around the escaped text: take them away first.
        // eslint-disable-next-line no-control-regex
        const text = color ? out.replace(/\u001b\[\d+m/g, '') : out;
        // eslint-disable-next-line no-control-regex
        assert.not.match(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/, 'no control character but the line feed');
        const commands = workflowCommands(out);
        if (name === 'github') {
          assert.equal(commands.map((c) => c.name), result.findings.map((f) => ({ error: 'error', warning: 'warning', info: 'notice' })[f.severity]));
          assert.is(out.split('\n').length, result.findings.length + 1);
        } else {
          assert.equal(commands, []);
        }
        if (name === 'json' || name === 'sarif') {
          // The escapes are JSON's own: the document still holds the exact message and path.
          const doc = JSON.stringify(JSON.parse(out));
          for (const f of result.findings) {
            assert.ok(doc.includes(JSON.stringify(f.message)), 'message kept');
            assert.ok(doc.includes(JSON.stringify(f.span.file.split('/').map(name === 'sarif' ? encodeURIComponent : (s: string) => s).join('/'))), 'path kept');
          }
        }
      });
    }
  }
}

test('crafted values: with colour, stylish adds colour codes and nothing else', () => {
  const plain = format('stylish', input(craftedResult, crafted));
  const colored = format('stylish', input(craftedResult, crafted, { color: true }));
  assert.ok(colored.includes('\u001b['));
  // eslint-disable-next-line no-control-regex
  assert.is(colored.replace(/\u001b\[\d+m/g, ''), plain);
});

test('crafted values: the escaped value reads back as the value', () => {
  assert.ok(FORGED.includes('\n'));
  const line = format('compact', input(craftedResult, crafted)).split('\n').find((l) => l.startsWith('conf/zoo.cfg'))!;
  assert.ok(line.includes('\\n::error file=forged.txt,line=1::forged%0A::warning::x ##\\u005b' + 'error]legacy\\u001b[31mred'), line);
  const folderLine = format('compact', input(craftedResult, crafted)).split('\n')[0]!;
  assert.ok(folderLine.startsWith('./::error file=forged.txt'), folderLine);
});

// ---------------------------------------------------------------- hostile text, exactly as each format writes it

/** HOSTILE as every line-based format shows a folder or file name holding it (printable). */
const SHOWN = '\\u000a::error file=forged.txt::x%0A\\u000d100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)';
/** The message on the zoo.cfg whose dataDir holds HOSTILE: quote() escapes, printable() breaks the legacy command. */
const DATADIR = 'dataDir is "/tmp/zk\\n::error file=forged.txt::x%0A\\r100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)", under a temporary directory that the system may clear';
/** The message on the 1 MB dataDir: 99 characters and an ellipsis. */
const LONG_DATADIR = `dataDir is "/tmp/${'x'.repeat(94)}…", under a temporary directory that the system may clear`;
const DUPLICATE = 'server.1 is set again, so ZooKeeper ignores the earlier "zk1:2888:3888"';

/** The lines of a format; the workspace is the linted directory, so that annotation paths are the finding paths. */
function lines(name: string, color = false): string[] {
  return format(name, input(hostileResult, hostile, { color, workspace: hostile })).split('\n');
}

test('hostile values: where the cluster carries HOSTILE and the megabyte value', () => {
  const at = (file: string) => hostileResult.findings.filter((f) => f.span.file === file).map((f) => f.ruleId);
  assert.equal(at(`${HOSTILE}/zoo.cfg`), ['zookeeper/datadir-in-tmp']);
  assert.equal(at('zk/zoo.cfg'), ['zookeeper/datadir-in-tmp']);
  assert.equal(at(`zk/zoo.cfg.dynamic.${HOSTILE}`), ['zookeeper/duplicate-server-id']);
  // The XML value: the first fencing line after sshfence starts with HOSTILE's forged command.
  assert.ok(hostileResult.findings.some((f) => f.ruleId === 'hdfs/fencing-methods' && f.message.startsWith('Fencing line "::error file=forged.txt::x%0A\\r100%"')));
});

test('hostile values: compact, exactly', () => {
  const out = lines('compact');
  assert.ok(out.includes(`${SHOWN}/zoo.cfg:2:9: warning: ${DATADIR} [zookeeper/datadir-in-tmp]`), out.join('\n'));
  assert.ok(out.includes(`zk/zoo.cfg:2:9: warning: ${LONG_DATADIR} [zookeeper/datadir-in-tmp]`));
  assert.equal(out.slice(-3), [
    `zk/zoo.cfg.dynamic.${SHOWN}:2:1: warning: ${DUPLICATE} [zookeeper/duplicate-server-id]`,
    `  zk/zoo.cfg.dynamic.${SHOWN}:1:1: note: server.1 is first set here`,
    '',
  ]);
});

test('hostile values: stylish without and with colour, exactly', () => {
  const group = (out: string[]) => out.slice(out.indexOf(`${SHOWN}/zoo.cfg`), out.indexOf(`${SHOWN}/zoo.cfg`) + 3);
  assert.equal(group(lines('stylish')), [`${SHOWN}/zoo.cfg`, `  2:9     warning  ${DATADIR}  zookeeper/datadir-in-tmp`, '']);
  const colored = lines('stylish', true);
  const at = colored.indexOf(`\u001b[4m${SHOWN}/zoo.cfg\u001b[24m`);
  assert.ok(at >= 0, colored.join('\n'));
  assert.is(colored[at + 1], `  \u001b[2m2:9    \u001b[22m \u001b[33mwarning\u001b[39m  ${DATADIR}  \u001b[2mzookeeper/datadir-in-tmp\u001b[22m`);
});

test('hostile values: github, exactly, and as the runner reads it back', () => {
  const out = lines('github');
  const file = '\\u000a%3A%3Aerror file=forged.txt%3A%3Ax%250A\\u000d100%25 ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)';
  assert.ok(out.includes(`::warning file=${file}/zoo.cfg,line=2,col=9,endLine=2,endColumn=115,title=zookeeper/datadir-in-tmp::${DATADIR.replace(/%/g, '%25')}`), out.join('\n'));
  assert.is(out.at(-2), `::warning file=zk/zoo.cfg.dynamic.${file},line=2,col=1,endLine=2,endColumn=9,title=zookeeper/duplicate-server-id::${DUPLICATE}%0Azk/zoo.cfg.dynamic.${SHOWN.replace(/%/g, '%25')}:1:1: note: server.1 is first set here`);
  const commands = workflowCommands(out.join('\n'));
  const datadir = commands.find((c) => c.properties['file'] === `${SHOWN}/zoo.cfg`)!;
  assert.is(datadir.data, DATADIR);
  assert.is(commands.at(-1)!.data, `${DUPLICATE}\nzk/zoo.cfg.dynamic.${SHOWN}:1:1: note: server.1 is first set here`);
});

test('hostile values: json and sarif, exactly, and the exact values back when parsed', () => {
  const json = lines('json');
  // JSON's escapes for the controls, \u009b and \u2028 (json-text.ts) and "##\u005b" for the legacy command.
  assert.ok(json.includes('      "file": "\\n::error file=forged.txt::x%0A\\r100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)/zoo.cfg",'), json.join('\n'));
  assert.ok(json.includes(`      "message": "${DATADIR.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace('##\\\\u005b', '##\\u005b')}",`), json.join('\n'));
  const doc = JSON.parse(json.join('\n'));
  const f = doc.findings.find((x: { file: string }) => x.file === `${HOSTILE}/zoo.cfg`);
  assert.is(f.message, hostileResult.findings.find((x) => x.span.file === `${HOSTILE}/zoo.cfg`)!.message);
  const sarif = lines('sarif');
  const uri = '%0A%3A%3Aerror%20file%3Dforged.txt%3A%3Ax%250A%0D100%25%20%23%23%5Berror%5D%1B%5B31m%C2%9B%E2%80%A8%3Cimg%20src%3Dx%3E%7C%60*_~%5Bx%5D(y)/zoo.cfg';
  assert.ok(sarif.includes(`                  "uri": "${uri}",`), sarif.join('\n'));
  const result = JSON.parse(sarif.join('\n')).runs[0].results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri === uri);
  assert.is(decodeURIComponent(uri), `${HOSTILE}/zoo.cfg`);
  assert.is(result.message.text, f.message);
});

// ---------------------------------------------------------------- disguised text, in every format

const disguised = disguisedCluster();
const disguisedResult = await lintDirectory(disguised);
/** The finding on the zoo.cfg in the DISGUISED folder, whose dataDir holds DISGUISED. */
const disguisedFinding = disguisedResult.findings.find((f) => f.span.file === `${DISGUISED}/zoo.cfg`)!;
const DISGUISED_DATADIR = `dataDir is "/tmp/zk${DISGUISED_SHOWN.replace(/\\u005b/g, '[')}", under a temporary directory that the system may clear`;

test('disguised values: the finding is there, its message quoting the value escaped', () => {
  assert.is(disguisedFinding.ruleId, 'zookeeper/datadir-in-tmp');
  assert.is(disguisedFinding.message, DISGUISED_DATADIR);
});

for (const name of Object.keys(FORMATTERS)) {
  test(`disguised values: ${name} shows no bidirectional control, no invisible character, no CI service message`, () => {
    const out = format(name, input(disguisedResult, disguised, { workspace: disguised }));
    // Escaped once by quote() or printable(), and once more by JSON in a message.
    assert.match(out, /x\\{1,2}u202etxt\./, 'the value is there, escaped');
    assert.not.match(out, /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/);
    assert.not.match(out, /##(vso|teamcity)?\[/i);
    if (name === 'json' || name === 'sarif') {
      // JSON's own escapes (\u202e, \u005b): the parsed document holds the exact message and path.
      const doc = JSON.stringify(JSON.parse(out));
      assert.ok(doc.includes(JSON.stringify(disguisedFinding.message)), 'message kept');
      assert.ok(doc.includes(JSON.stringify(name === 'sarif' ? `${encodeURIComponent(DISGUISED)}/zoo.cfg` : `${DISGUISED}/zoo.cfg`)), 'path kept');
    }
  });
}

test('disguised values: compact and github, exactly', () => {
  const shownMessage = DISGUISED_DATADIR.replace(/##(vso|teamcity)?\[/gi, '##$1\\u005b');
  assert.ok(format('compact', input(disguisedResult, disguised)).split('\n').includes(`${DISGUISED_SHOWN}/zoo.cfg:2:9: warning: ${shownMessage} [zookeeper/datadir-in-tmp]`));
  const github = format('github', input(disguisedResult, disguised, { workspace: disguised })).split('\n');
  assert.ok(github.includes(`::warning file=${DISGUISED_SHOWN}/zoo.cfg,line=2,col=9,endLine=2,endColumn=${disguisedFinding.span.endColumn},title=zookeeper/datadir-in-tmp::${shownMessage}`), github.join('\n'));
});

test.run();
