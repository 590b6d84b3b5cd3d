import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCluster, buildClusters } from '../src/model/build.ts';
import { renderSummaryMarkdown, renderSummaryMarkdownFrom } from '../src/summary/markdown.ts';
import { renderMermaid } from '../src/summary/mermaid.ts';
import { summarize } from '../src/summary/summarize.ts';
import { renderSummaryText } from '../src/summary/text.ts';
import { hostileCluster } from './support/crafted.ts';
import { DISGUISED_SHOWN, disguisedCluster } from './support/disguised.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { assertTableRowsAligned, gfmCells } from './support/gfm-table.ts';
import { makeTree, site } from './support/tree.ts';
import { workflowCommands } from './support/workflow-commands.ts';

// The CLI in process (support/cli-run.ts): the summary's text and exit code are the subject.
const SEED = join(ROOT, 'fixtures/clusters/seed-blog');
const CORRECT = join(ROOT, 'fixtures/clusters/hadoop3-per-host');
/** Expected outputs, reviewed by hand; `UPDATE=1` rewrites them for review. */
const EXPECTED = join(ROOT, 'test/summary-expected');

function run(...args: string[]) {
  return runCli(args);
}

function expected(name: string, actual: string): string {
  const path = join(EXPECTED, name);
  if (process.env['UPDATE']) writeFileSync(path, actual);
  assert.ok(existsSync(path), `${path} is missing: run with UPDATE=1 and review it`);
  return readFileSync(path, 'utf8');
}

for (const [name, dir] of [['seed-blog', SEED], ['hadoop3-per-host', CORRECT]] as const) {
  test(`summary of ${name}: text by default, exit 0, nothing on stderr`, async () => {
    const r = await run('summary', dir);
    assert.is(r.code, 0);
    assert.is(r.stderr, '');
    assert.fixture(r.stdout, expected(`${name}.txt`, r.stdout));
  });

  test(`summary of ${name} as Markdown`, async () => {
    const r = await run('summary', '--format', 'markdown', dir);
    assert.is(r.code, 0);
    assert.fixture(r.stdout, expected(`${name}.md`, r.stdout));
    assert.not.match(r.stdout, /mermaid/);
  });
}

test('--mermaid appends the flowchart to the Markdown, and the pure renderer gives the same text', async () => {
  const r = await run('summary', '--format', 'markdown', '--mermaid', CORRECT);
  assert.is(r.code, 0);
  const block = /```mermaid\n[\s\S]*?\n```\n$/.exec(r.stdout)?.[0] ?? '';
  assert.fixture(block, expected('hadoop3-per-host.mermaid.md', block));
  // The summary comes first, unchanged, then the diagram under its own heading.
  const plain = readFileSync(join(EXPECTED, 'hadoop3-per-host.md'), 'utf8');
  assert.is(r.stdout, `${plain}\n### Diagram\n\n${block}`);
  // The GitHub Action imports renderSummaryMarkdown(cluster, { mermaid }).
  assert.is(renderSummaryMarkdown(await buildCluster(CORRECT), { mermaid: true }), r.stdout);
});

test('the summary command rejects formats other than text and markdown, and misplaced options', async () => {
  const cases: [string[], RegExp][] = [
    [['summary', '--format', 'json', SEED], /summary has no format "json" \(expected text or markdown\)/],
    [['summary', '--format', 'text', '--format', 'markdown', SEED], /only one format can go to standard output/],
    [['summary', '--format', 'text', '--format', 'markdown', '-o', '/tmp/x.md', SEED], /summary writes one format to standard output: give one --format and no --output-file/],
    [['summary', '--format', 'markdown', '-o', '/tmp/x.md', SEED], /summary writes one format to standard output/],
    [['summary', '--mermaid', SEED], /--mermaid needs --format markdown/],
    [['summary'], /^hacheck: no cluster directory given\n/],
    [['summary', '/nonexistent/dir'], /cannot read "\/nonexistent\/dir"/],
  ];
  for (const [args, message] of cases) {
    const r = await run(...args);
    assert.is(r.code, 2, args.join(' '));
    assert.is(r.stdout, '', args.join(' '));
    assert.match(r.stderr, message);
  }
});

test('docs/summary.md shows the real summary of the example cluster', async () => {
  const readme = readFileSync(join(ROOT, 'docs/summary.md'), 'utf8');
  const shown = /\$ node dist\/hacheck\.mjs summary fixtures\/clusters\/seed-blog\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.is(shown, (await run('summary', SEED)).stdout);
});

const HA = {
  'dfs.nameservices': 'ns1,ns2',
  'dfs.ha.namenodes.ns1': 'nn1,nn2',
  'dfs.namenode.rpc-address.ns1.nn1': 'm1:8020',
  'dfs.namenode.rpc-address.ns1.nn2': 'm2:8020',
  'dfs.namenode.http-address.ns1.nn1': 'm1:9870',
  'dfs.ha.namenodes.ns2': 'nn1,nn2',
  'dfs.namenode.rpc-address.ns2.nn1': 'm3:8020',
  'dfs.namenode.rpc-address.ns2.nn2': 'm4',
  'dfs.namenode.shared.edits.dir': 'qjournal://j1:8485;j2:8485;j3:8485;j4:8485/ns1',
};

test('quorums: failures tolerated are (N-1)/2 of the voters; observers do not vote; ids qualified across nameservices', async () => {
  const dir = makeTree({
    'conf/hdfs-site.xml': site(HA),
    'conf/workers': 'w1\n',
    'conf/zoo.cfg': ['dataDir=/var/lib/zookeeper', ...[1, 2, 3, 4, 5].map((i) => `server.${i}=z${i}:2888:3888`), 'server.6=z6:2888:3888:observer', ''].join('\n'),
  });
  const s = summarize(await buildCluster(dir));
  assert.equal(s.journal, { journalNodes: ['j1:8485', 'j2:8485', 'j3:8485', 'j4:8485'], journalId: 'ns1', toleratedFailures: 1 });
  assert.equal(s.ensemble?.voters.map((v) => v.id), ['1', '2', '3', '4', '5']);
  assert.equal(s.ensemble?.observers, [{ id: '6', address: 'z6:2888:3888:observer' }]);
  assert.is(s.ensemble?.toleratedFailures, 2);
  assert.is(s.ensemble?.clientPort, undefined);
  assert.equal(s.nameservices.map((ns) => ns.namenodes.map((nn) => [nn.name, nn.host, nn.rpcPort, nn.httpPort])), [
    [['ns1/nn1', 'm1', 8020, { port: 9870, isDefault: false }], ['ns1/nn2', 'm2', 8020, { port: 9870, isDefault: true }]],
    [['ns2/nn1', 'm3', 8020, { port: 9870, isDefault: true }], ['ns2/nn2', 'm4', undefined, { port: 9870, isDefault: true }]],
  ]);
  const z6 = s.hosts.find((h) => h.name === 'z6')!;
  assert.equal([z6.zookeeper, z6.daemons], ['observer', ['QuorumPeerMain']]);
  // No automatic failover: no ZKFC, and no fencing configured.
  assert.equal(s.failover, { automatic: false, zkQuorum: undefined, fencing: [], sshKeyFiles: undefined });
  assert.equal(s.hosts.find((h) => h.name === 'm1')!.daemons, ['NameNode']);
  const text = renderSummaryText(s);
  assert.match(text, /^ {2}4 JournalNodes \(j1:8485, j2:8485, j3:8485, j4:8485, journal id ns1\): tolerates 1 failure$/m);
  assert.match(text, /^ {2}1 observer \(server\.6=z6:2888:3888:observer\), which do not vote$/m);
  assert.match(text, /^ {4}nn2 {7}m4 {4}not set {3}9870 \(default\)$/m);
  assert.match(text, /^ {2}Automatic failover: disabled \(failover is manual, with hdfs haadmin\)$/m);
  const diagram = renderMermaid(s);
  assert.match(diagram, /^ {2}ns1\(\["ns2"\]\)$/m);
  assert.match(diagram, /"ZooKeeper ensemble: 5 voters, tolerates 2 failures"/);
  assert.match(diagram, /"ZooKeeper observer"/);
});

test('a directory without HA or ZooKeeper says so instead of inventing a topology', async () => {
  const s = summarize(await buildCluster(makeTree({ 'core-site.xml': site({ 'fs.defaultFS': 'hdfs://nn:8020' }) })));
  // fs.defaultFS names no host: a client address, not a daemon placement.
  assert.equal([s.nameservices, s.journal, s.ensemble, s.failover, s.hosts], [[], undefined, undefined, undefined, []]);
  assert.equal(s.versions.map((v) => [v.product, v.source, v.from]), [['Hadoop', 'assumed', undefined], ['ZooKeeper', 'assumed', undefined]]);
  const text = renderSummaryText(s);
  assert.match(text, /^Hosts and roles\n {2}none\n\nNameservices\n {2}none\n\nJournal quorum\n {2}none \(no qjournal:\/\/ shared edits\)\n\nZooKeeper ensemble\n {2}none \(no zoo\.cfg\)\n\nFailover\n {2}none \(no nameservice\)\n\nDaemons jps should show\n {2}none\n$/m);
  assert.match(text, /^ {2}Hadoop {5}3\.4 {2}assumed: nothing in the directory tells the version$/m);
});

// ---------------------------------------------------------------- hostile names and values

// The crafted tree holds two set-ups (two standalone zoo.cfg files): the hostile folder's cluster is the first.
const hostile = summarize((await buildClusters(hostileCluster()))[0]!);
/** HOSTILE as printable() shows it: the folder holding the files. */
const SHOWN = '\\u000a::error file=forged.txt::x%0A\\u000d100% ##\\u005berror]\\u001b[31m\\u009b\\u2028<img src=x>|`*_~[x](y)';
/** The host the rpc-address names: HOSTILE without its white space, as printable() shows it. */
const HOST = '::errorfile=forged.txt::x%0A100%##\\u005berror]\\u001b[31m\\u009b<imgsrc=x>|`*_~[x](y)';
/** The megabyte-long key file, cut to 500 characters. */
const KEY = `/tmp/${'x'.repeat(494)}…`;

test('hostile values: the text summary keeps each on its line, escaped, and cuts the megabyte', () => {
  const text = renderSummaryText(hostile);
  // eslint-disable-next-line no-control-regex
  assert.not.match(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  assert.equal(workflowCommands(text), []);
  const lines = text.split('\n');
  assert.ok(lines.includes(`  \\u003a${HOST.slice(1)}  NameNode, DFSZKFailoverController`), text);
  for (const line of [
    // A line starting with "::" would be a workflow command: the first ":" is escaped.
    `  \\u003a${HOST.slice(1)}  nn1       ✓`,
    `  From ${SHOWN}/hdfs-site.xml (used by 2 of 2 hosts)`,
    `    nn1       ${HOST}  8020      9870 (default)`,
    `  From ${SHOWN}/zoo.cfg`,
    `  ha.zookeeper.quorum: zk1:2181${SHOWN}`,
    '  Fencing: sshfence, then shell(, then ::error file=forged.txt::x%0A\\u000d100%',
    `  sshfence key (dfs.ha.fencing.ssh.private-key-files): ${KEY}`,
  ]) {
    assert.ok(lines.includes(line), `${line}\n---\n${text}`);
  }
  assert.ok(text.length < 3000, String(text.length));
});

test('hostile values: the Markdown summary cannot break a table row, start HTML or Markdown, nor end the diagram', () => {
  const md = renderSummaryMarkdownFrom(hostile, { mermaid: true });
  // eslint-disable-next-line no-control-regex
  assert.not.match(md, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  const lines = md.split('\n');
  // Names as text: HTML as entities, Markdown syntax and the backslashes of the \u escapes escaped.
  const host = '::errorfile=forged.txt::x%0A100%##\\\\u005berror\\]\\\\u001b\\[31m\\\\u009b&lt;imgsrc=x&gt;\\|\\`\\*\\_\\~\\[x\\](y)';
  for (const line of [
    `| ${host} | nn1 | ✓ |  |  |  |  |  |  |`,
    `| ns | nn1 | ${host} | 8020 | 9870 (default) |`,
    `| ${host} | NameNode, DFSZKFailoverController |`,
    // Values as code: shown as they are, in a fence longer than any backtick run inside.
    `From \`\`${SHOWN}/hdfs-site.xml\`\` (used by 2 of 2 hosts).`,
    `- \`ha.zookeeper.quorum\`: \`\`zk1:2181${SHOWN}\`\``,
    `- sshfence key (\`dfs.ha.fencing.ssh.private-key-files\`): \`${KEY}\``,
    '  subgraph h0["::errorfile=forged.txt::x%0A100%#35;#35;\\u005berror]\\u001b[31m\\u009b#60;imgsrc=x#62;|#96;*_~[x](y)"]',
  ]) {
    assert.ok(lines.includes(line), `${line}\n---\n${md}`);
  }
  assertTableRowsAligned(lines);
  assert.equal(lines.filter((l) => l.startsWith('```')), ['```mermaid', '```']);
});

test('disguised values: no bidirectional control, invisible character or CI service message in either summary', async () => {
  const s = summarize(await buildCluster(disguisedCluster()));
  for (const out of [renderSummaryText(s), renderSummaryMarkdownFrom(s, { mermaid: true })]) {
    assert.not.match(out, /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/);
    assert.not.match(out, /##(vso|teamcity)?\[/i);
  }
  assert.ok(renderSummaryText(s).split('\n').includes(`  From ${DISGUISED_SHOWN}/zoo.cfg`));
  assert.ok(renderSummaryMarkdownFrom(s).split('\n').includes(`- From \`${DISGUISED_SHOWN}/zoo.cfg\``));
});

test('disguised values: in the Markdown summary, no name becomes a link or a mention (GitHub autolinks bare text)', async () => {
  const md = renderSummaryMarkdownFrom(summarize(await buildCluster(disguisedCluster())));
  const rows = md.split('\n').filter((l) => l.endsWith('| nn1 | not set | not set | 9870 (default) |')).map((l) => gfmCells(l)![0]);
  // Each reads as the name once rendered: an entity for ":" or ".", an empty comment after "@".
  assert.equal(rows, ['https&#58;//evil.example/x', 'ftp&#58;//evil.example', 'www&#46;evil.example', 'a.b@<!-- -->evil.example', '@<!-- -->octocat']);
});

test('a "|" behind backslashes in a code cell stays in its cell (GFM reads a backslash pair first)', async () => {
  const md = renderSummaryMarkdown(await buildCluster(makeTree({ 'a\\|b\\\\|c/hadoop-2.7.7/etc/hadoop/core-site.xml': site({ 'fs.defaultFS': 'hdfs://x' }) })));
  const row = md.split('\n').find((l) => l.startsWith('| Hadoop |'))!;
  assert.is(row, '| Hadoop | 2.7.7 | from the path `a\\|b\\\\\\|c/hadoop-2.7.7/etc/hadoop/core-site.xml` |');
  assert.equal(gfmCells(row), ['Hadoop', '2.7.7', 'from the path `a\\|b\\\\\\|c/hadoop-2.7.7/etc/hadoop/core-site.xml`']);
});

test.run();
