import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { suggestRuleId } from '../src/engine/suppress.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory, type LintOptions } from '../src/lint.ts';
import type { CommentSyntax } from '../src/parse/comments.ts';
import { scanSuppressions, type Suppression } from '../src/parse/suppressions.ts';
import { SourceText } from '../src/text/source-text.ts';
import type { Span } from '../src/text/span.ts';
import { makeTree } from './support/tree.ts';

const UNUSED = 'syntax/unused-suppression';

async function lint(files: Record<string, string>, options: LintOptions = {}) {
  return lintDirectory(makeTree(files), options);
}

async function compact(files: Record<string, string>, options: LintOptions = {}): Promise<string> {
  return formatCompact((await lint(files, options)).findings);
}

/** The same files with every directive turned into a plain comment: what the rules report without them. */
function withoutDirectives(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([p, t]) => [p, t.replaceAll('hacheck-disable', 'note-disable')]));
}

const at = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;

function show(s: Suppression): string {
  if (s.kind === 'malformed') return `malformed ${at(s.span)} ${s.problem}`;
  const ids = s.ruleIds.map((id) => `${id.value}@${at(id.span)}`).join(' ');
  const target = s.kind === 'next-line' ? ` line=${s.line}` : '';
  return `${s.kind} ${at(s.span)}${target} ids=[${ids}] reason=${s.reason === undefined ? '-' : JSON.stringify(s.reason)}`;
}

const scan = (text: string, syntax: CommentSyntax) => scanSuppressions(new SourceText('f', text), syntax).map(show);

// ---- Directives as each file's reader sees its comments ----

test('XML: directives in comments only, not in CDATA nor after other text; ids, reason after " - "', () => {
  const text = [
    '<configuration>',
    '  <!-- hacheck-disable-next-line hadoop/unknown-property, hdfs/fencing-fallback - read by our wrapper -->',
    '  <value><![CDATA[<!-- hacheck-disable-file -->]]></value>',
    '  <!-- see hacheck-disable-file in the README -->',
    '  <!--hacheck-disable-file-->',
    '  <!-- hacheck-disable-next-line',
    '       hadoop/value-whitespace -->',
    '</configuration>',
  ].join('\n');
  assert.equal(scan(text, 'xml'), [
    'next-line 2:3-2:106 line=3 ids=[hadoop/unknown-property@2:34-2:57 hdfs/fencing-fallback@2:59-2:80] reason="read by our wrapper"',
    'file 5:3-5:30 ids=[] reason=-',
    // A comment over two lines suppresses the line after its end.
    'next-line 6:3-7:35 line=8 ids=[hadoop/value-whitespace@7:8-7:31] reason=-',
  ]);
});

test('XML: a comment with "--" is no directive (the file is malformed, see syntax/xml-malformed)', () => {
  assert.equal(scan('<c>\n<!-- hacheck-disable-file -- why -->\n<!-- hacheck-disable-file x - y --->\n</c>', 'xml'), []);
});

test('zoo.cfg: # and ! comment lines, as java.util.Properties reads them', () => {
  const text = [
    '# hacheck-disable-next-line zookeeper/datadir-in-tmp -- a test ensemble',
    'dataDir=/tmp/zookeeper',
    '  ! hacheck-disable-file',
    '## hacheck-disable-file zookeeper/unknown-key',
    // A continued value: the next line belongs to it and is no comment.
    'a=b, \\',
    '  # hacheck-disable-file zookeeper/duplicate-key',
    // Two backslashes: no continuation, so the next line is a comment again.
    'c=d\\\\',
    '#hacheck-disable-next-line zookeeper/server-id-range,zookeeper/server-id --',
    'x=1 # hacheck-disable-file is part of the value: no inline comments in Properties',
  ].join('\n');
  assert.equal(scan(text, 'properties'), [
    'next-line 1:1-1:72 line=2 ids=[zookeeper/datadir-in-tmp@1:29-1:53] reason="a test ensemble"',
    'file 3:3-3:25 ids=[] reason=-',
    'file 4:1-4:46 ids=[zookeeper/unknown-key@4:25-4:46] reason=-',
    'next-line 8:1-8:76 line=9 ids=[zookeeper/server-id-range@8:28-8:53 zookeeper/server-id@8:54-8:73] reason=-',
  ]);
});

test('ntp.conf, workers, slaves: # to the end of the line, after content too', () => {
  const text = 'server a.example # hacheck-disable-next-line ntp/source-drift -- pinned\r\n# hacheck-disable-file\r\nzk1#hacheck-disable-file cluster/duplicate-worker\n';
  assert.equal(scan(text, 'hash'), [
    'next-line 1:18-1:72 line=2 ids=[ntp/source-drift@1:46-1:62] reason="pinned"',
    'file 2:1-2:23 ids=[] reason=-',
    'file 3:4-3:50 ids=[cluster/duplicate-worker@3:26-3:50] reason=-',
  ]);
});

test('chrony.conf: lines starting with !, ;, # or %', () => {
  const text = '; hacheck-disable-next-line ntp/source-drift\n% hacheck-disable-file ntp/no-source -- DHCP\n! hacheck-disable-file\nserver a # hacheck-disable-file\n';
  assert.equal(scan(text, 'chrony'), [
    'next-line 1:1-1:45 line=2 ids=[ntp/source-drift@1:29-1:45] reason=-',
    'file 2:1-2:45 ids=[ntp/no-source@2:24-2:37] reason="DHCP"',
    'file 3:1-3:23 ids=[] reason=-',
  ]);
});

test('malformed directives: unknown directive word, ids separated by spaces, an empty id', () => {
  const text = '# hacheck-disable x/y\n# hacheck-disable-next-line a/b c/d\n# hacheck-disable-file a/b,\n# hacheck-disable-filex\n';
  assert.equal(scan(text, 'hash'), [
    'malformed 1:1-1:22 "hacheck-disable" is not a directive; use hacheck-disable-next-line or hacheck-disable-file',
    'malformed 2:1-2:36 rule ids are separated by commas, not spaces: "a/b c/d"',
    'malformed 3:1-3:28 a rule id is empty in "a/b,"',
    'malformed 4:1-4:24 "hacheck-disable-filex" is not a directive; use hacheck-disable-next-line or hacheck-disable-file',
  ]);
});

test('a file without "hacheck-" is not scanned, and myid holds no directive', async () => {
  assert.equal(scan('# just a comment\nserver a\n', 'hash'), []);
  const r = await lint({ 'zk1/var/lib/zookeeper/myid': '# hacheck-disable-file\n', 'conf/zoo.cfg': 'dataDir=/var/lib/zookeeper\nserver.1=zk1:2888:3888\n' });
  assert.equal(r.cluster.files.map((f) => [f.path, f.suppressions.length]), [['conf/zoo.cfg', 0], ['zk1/var/lib/zookeeper/myid', 0]]);
});

// ---- Applying them ----

const HDFS_SITE = [
  '<?xml version="1.0"?>',
  '<configuration>',
  '  <property>',
  '    <!-- hacheck-disable-next-line hadoop/misspelled-critical-property - read by our fencing wrapper -->',
  '    <name>dfs.ha.ssh.private-key-files</name>',
  '    <value>/home/hadoop/.ssh/id_rsa</value>',
  '  </property>',
  '  <property>',
  '    <name>fs.defaultFS</name>',
  '    <value>hdfs://mycluster </value>',
  '  </property>',
  '</configuration>',
  '',
].join('\n');
const XML_RULES = ['hadoop/misspelled-critical-property', 'hadoop/value-whitespace', UNUSED];

test('XML next-line: drops the finding on the next line only, and keeps the reason', async () => {
  const files = { 'conf/hdfs-site.xml': HDFS_SITE };
  assert.is(await compact(withoutDirectives(files), { only: XML_RULES }), [
    'conf/hdfs-site.xml:5:11: error: "dfs.ha.ssh.private-key-files" is not a Hadoop property; "dfs.ha.fencing.ssh.private-key-files" is meant and is not set, so Hadoop uses its default [hadoop/misspelled-critical-property]',
    'conf/hdfs-site.xml:10:28: warning: "hdfs://mycluster " ends with whitespace, which Hadoop keeps in "fs.defaultFS": java.net.URI rejects it [hadoop/value-whitespace]',
    '',
  ].join('\n'));
  const r = await lint(files, { only: XML_RULES });
  assert.is(formatCompact(r.findings), 'conf/hdfs-site.xml:10:28: warning: "hdfs://mycluster " ends with whitespace, which Hadoop keeps in "fs.defaultFS": java.net.URI rejects it [hadoop/value-whitespace]\n');
  assert.equal(r.suppressed.map((s) => [s.finding.ruleId, s.finding.span.line, s.by.reason]), [['hadoop/misspelled-critical-property', 5, 'read by our fencing wrapper']]);
});

test('XML file-level with several ids, and with no id', async () => {
  const several = HDFS_SITE.replace('</configuration>', '<!-- hacheck-disable-file hadoop/misspelled-critical-property,hadoop/value-whitespace -->\n</configuration>')
    .replace(/ *<!-- hacheck-disable-next-line[^\n]*\n/, '    <!-- moved to the end -->\n');
  assert.is(await compact({ 'conf/hdfs-site.xml': several }, { only: XML_RULES }), '');
  const all = HDFS_SITE.replace('hacheck-disable-next-line hadoop/misspelled-critical-property - read by our fencing wrapper', 'hacheck-disable-file');
  assert.is(await compact({ 'conf/hdfs-site.xml': all }, { only: XML_RULES }), '');
});

test('XML: a reason after "--" makes the file malformed, as for Hadoop, and suppresses nothing', async () => {
  const broken = HDFS_SITE.replace(' - read by', ' -- read by');
  assert.is(await compact({ 'conf/hdfs-site.xml': broken }, { only: [...XML_RULES, 'syntax/xml-malformed'] }),
    'conf/hdfs-site.xml:4:72: error: hdfs-site.xml is not valid: the string "--" is not permitted within comments [syntax/xml-malformed]\n');
});

const ZOO_CFG = [
  'tickTime=2000',
  'initLimit=10',
  'syncLimit=5',
  '# hacheck-disable-next-line zookeeper/datadir-in-tmp -- a throwaway test ensemble',
  'dataDir=/tmp/zookeeper',
  'clientPort=2181',
  '! hacheck-disable-file zookeeper/ensemble-size',
  'server.1=zk1:2888:3888',
  'server.2=zk2:2888:3888',
  '',
].join('\n');
const ZOO_RULES = ['zookeeper/datadir-in-tmp', 'zookeeper/ensemble-size', UNUSED];

test('zoo.cfg: # next-line and ! file-level', async () => {
  const files = { 'conf/zoo.cfg': ZOO_CFG };
  assert.is(await compact(withoutDirectives(files), { only: ZOO_RULES }), [
    'conf/zoo.cfg:5:9: warning: dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]',
    'conf/zoo.cfg:8:1: warning: the ensemble has 2 participants, which tolerate no failure: losing either one stops ZooKeeper [zookeeper/ensemble-size]',
    '',
  ].join('\n'));
  assert.is(await compact(files, { only: ZOO_RULES }), '');
});

/** Four hosts from zoo.cfg; zk1 and zk2 follow one pool, zk3 another, zk4 names no source. */
const TIME_TREE = {
  'conf/zoo.cfg': 'dataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\nserver.4=zk4:2888:3888\n',
  'zk1/etc/ntp.conf': 'server 0.asia.pool.ntp.org iburst\n',
  'zk2/etc/ntp.conf': 'server 0.asia.pool.ntp.org iburst\n',
};
const TIME_RULES = ['ntp/source-drift', 'ntp/no-source', UNUSED];

test('ntp.conf: a trailing # comment suppresses the next line', async () => {
  const files = {
    ...TIME_TREE,
    'zk3/etc/ntp.conf': 'driftfile /var/lib/ntp/drift # hacheck-disable-next-line ntp/source-drift -- this rack follows the campus clock\nserver ntp1.campus.example iburst\n',
  };
  assert.is(await compact(withoutDirectives(files), { only: TIME_RULES }), [
    'zk3/etc/ntp.conf:2:8: warning: "zk3" takes its time from "ntp1.campus.example" but 2 of 3 hosts take it from "asia.pool.ntp.org" [ntp/source-drift]',
    '  zk1/etc/ntp.conf:1:8: note: "zk1" takes its time from "asia.pool.ntp.org"',
    '',
  ].join('\n'));
  assert.is(await compact(files, { only: TIME_RULES }), '');
});

test('chrony.conf: ; next-line and % file-level', async () => {
  const files = {
    ...TIME_TREE,
    'zk3/etc/chrony.conf': '; hacheck-disable-next-line ntp/source-drift\nserver ntp1.campus.example iburst\n',
    'zk4/etc/chrony.conf': '% hacheck-disable-file ntp/no-source -- NetworkManager adds the sources it gets by DHCP\ndriftfile /var/lib/chrony/drift\n',
  };
  assert.is(await compact(withoutDirectives(files), { only: TIME_RULES }), [
    'zk3/etc/chrony.conf:2:8: warning: "zk3" takes its time from "ntp1.campus.example" but 2 of 3 hosts take it from "asia.pool.ntp.org" [ntp/source-drift]',
    '  zk1/etc/ntp.conf:1:8: note: "zk1" takes its time from "asia.pool.ntp.org"',
    'zk4/etc/chrony.conf:1:1: warning: chrony.conf has no server, pool or peer line, so chronyd has no time source [ntp/no-source]',
    '',
  ].join('\n'));
  assert.is(await compact(files, { only: TIME_RULES }), '');
});

test('workers and slaves: # comments', async () => {
  const rules = ['cluster/duplicate-worker', UNUSED];
  const workers = { 'conf/workers': 'zk1\n# hacheck-disable-next-line cluster/duplicate-worker -- listed twice while it migrates\nzk1\nzk2\n' };
  assert.is(await compact(withoutDirectives(workers), { only: rules }), 'conf/workers:3:1: warning: "zk1" is listed again in workers [cluster/duplicate-worker]\n  conf/workers:1:1: note: first listed as "zk1"\n');
  assert.is(await compact(workers, { only: rules }), '');
  const slaves = { 'conf/slaves': 'zk1\nzk1 # hacheck-disable-file cluster/duplicate-worker\n' };
  assert.is(await compact(withoutDirectives(slaves), { only: rules }), 'conf/slaves:2:1: warning: "zk1" is listed again in slaves [cluster/duplicate-worker]\n  conf/slaves:1:1: note: first listed as "zk1"\n');
  assert.is(await compact(slaves, { only: rules }), '');
});

// ---- Directives that suppress nothing ----

test('unused, unknown and malformed directives are reported at the directive', async () => {
  const zoo = [
    'tickTime=2000',
    '# hacheck-disable-next-line zookeeper/datadir-in-tmp, zookeeper/ensemble-size',
    'dataDir=/tmp/zookeeper',
    '# hacheck-disable-file zookeeper/duplicate-key -- there used to be two dataDir lines',
    '# hacheck-disable-next-line zookeeper/datadir-in-tpm',
    'clientPort=2181',
    '# hacheck-disable-next-line',
    'initLimit=10',
    '# hacheck-disable-file zookeeper/no-such-check, syntax/unused-suppression',
    '# hacheck-disable-line zookeeper/unknown-key',
    'syncLimit=5',
    'server.1=zk1:2888:3888',
    'server.2=zk2:2888:3888',
    'server.3=zk3:2888:3888',
    '',
  ].join('\n');
  // Every rule runs, so a directive without ids can be judged too.
  const r = await lint({ 'conf/zoo.cfg': zoo });
  assert.is(formatCompact(r.findings.filter((f) => f.ruleId === UNUSED)), [
    'conf/zoo.cfg:2:55: warning: Suppression of "zookeeper/ensemble-size" matches no finding on line 3 [syntax/unused-suppression]',
    'conf/zoo.cfg:4:24: warning: Suppression of "zookeeper/duplicate-key" matches no finding in this file [syntax/unused-suppression]',
    'conf/zoo.cfg:5:29: warning: "zookeeper/datadir-in-tpm" is not a hacheck rule; did you mean "zookeeper/datadir-in-tmp" [syntax/unused-suppression]',
    'conf/zoo.cfg:7:1: warning: Suppression of every rule matches no finding on line 8 [syntax/unused-suppression]',
    'conf/zoo.cfg:9:24: warning: "zookeeper/no-such-check" is not a hacheck rule [syntax/unused-suppression]',
    'conf/zoo.cfg:9:49: warning: "syntax/unused-suppression" cannot be suppressed by a comment [syntax/unused-suppression]',
    'conf/zoo.cfg:10:1: warning: Malformed suppression: "hacheck-disable-line" is not a directive; use hacheck-disable-next-line or hacheck-disable-file [syntax/unused-suppression]',
    '',
  ].join('\n'));
  // The used half of line 2 did its work.
  assert.equal(r.suppressed.map((s) => `${s.finding.ruleId}@${s.finding.span.line}`), ['zookeeper/datadir-in-tmp@3']);
});

test('the severity of syntax/unused-suppression can be changed or turned off', async () => {
  const files = { 'conf/zoo.cfg': 'dataDir=/var/lib/zookeeper\n# hacheck-disable-next-line zookeeper/datadir-in-tmp\nclientPort=2181\n' };
  const only = ['zookeeper/datadir-in-tmp', UNUSED];
  assert.is(await compact(files, { only, severities: { [UNUSED]: 'error' } }),
    'conf/zoo.cfg:2:29: error: Suppression of "zookeeper/datadir-in-tmp" matches no finding on line 3 [syntax/unused-suppression]\n');
  assert.is(await compact(files, { only, severities: { [UNUSED]: 'off' } }), '');
  // A rule turned off did not run: its directive is not unused.
  assert.is(await compact(files, { only, severities: { 'zookeeper/datadir-in-tmp': 'off' } }), '');
});

test('--rule: a directive for a rule that did not run is not unused', async () => {
  const zoo = [
    '# hacheck-disable-next-line zookeeper/datadir-in-tmp',
    'dataDir=/tmp/zookeeper',
    '# hacheck-disable-next-line zookeeper/duplicate-key, zookeeper/datadir-in-tmp',
    'clientPort=2181',
    '# hacheck-disable-next-line',
    'tickTime=2000',
    '',
  ].join('\n');
  assert.is(await compact({ 'conf/zoo.cfg': zoo }, { only: ['zookeeper/datadir-in-tmp', UNUSED] }),
    'conf/zoo.cfg:3:54: warning: Suppression of "zookeeper/datadir-in-tmp" matches no finding on line 4 [syntax/unused-suppression]\n');
  // Without syntax/unused-suppression among the selected rules, nothing is said about directives.
  assert.is(await compact({ 'conf/zoo.cfg': zoo }, { only: ['zookeeper/datadir-in-tmp'] }), '');
});

// ---- Identical copies ----

test('identical copies: a directive acts in its own copy, and its copies count as one', async () => {
  const zoo = [
    'tickTime=2000',
    'initLimit=10',
    'syncLimit=5',
    '# hacheck-disable-next-line zookeeper/datadir-in-tmp -- a test ensemble',
    'dataDir=/tmp/zookeeper',
    'clientPort=2181',
    'server.1=zk1:2888:3888',
    '# hacheck-disable-next-line zookeeper/myid-missing -- zk2 gets its myid from provisioning',
    'server.2=zk2:2888:3888',
    '# hacheck-disable-next-line zookeeper/server-id-range',
    'server.3=zk3:2888:3888',
    '',
  ].join('\n');
  const files = { 'zk1/conf/zoo.cfg': zoo, 'zk2/conf/zoo.cfg': zoo, 'zk1/tmp/zookeeper/myid': '1\n' };
  const only = ['zookeeper/datadir-in-tmp', 'zookeeper/myid-missing', 'zookeeper/server-id-range', UNUSED];
  // Content findings land at the first copy, the per-host myid finding in zk2's own copy.
  assert.is(await compact(withoutDirectives(files), { only }), [
    'zk1/conf/zoo.cfg:5:9: warning: dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]',
    'zk2/conf/zoo.cfg:9:1: error: zk2 has no myid file at "/tmp/zookeeper/myid" [zookeeper/myid-missing]',
    '  zk2/conf/zoo.cfg:5:9: note: dataDir is "/tmp/zookeeper"',
    '',
  ].join('\n'));
  // Line 8 is used only in zk2's copy and line 4 only in zk1's: neither is unused.
  // Line 10 suppresses nothing in any copy: reported once, at the first copy.
  assert.is(await compact(files, { only }),
    'zk1/conf/zoo.cfg:10:29: warning: Suppression of "zookeeper/server-id-range" matches no finding on line 11 [syntax/unused-suppression]\n');
});

test('did-you-mean: a name without its domain, a typo, nothing close', () => {
  const ids = ['hdfs/fencing-fallback', 'hadoop/unknown-property', 'zookeeper/unknown-key'];
  assert.is(suggestRuleId('fencing-fallback', ids), 'hdfs/fencing-fallback');
  assert.is(suggestRuleId('HDFS/Fencing-Fallbak', ids), 'hdfs/fencing-fallback');
  assert.is(suggestRuleId('zookeeper/unknown-keys', ids), 'zookeeper/unknown-key');
  assert.is(suggestRuleId('cluster/port-collision', ids), undefined);
});

test('docs/suppressions.md shows the real output of its suppression example', () => {
  const readme = readFileSync(new URL('../docs/suppressions.md', import.meta.url), 'utf8');
  const shown = /\$ node dist\/hacheck\.mjs --format compact --rule syntax\/unused-suppression fixtures\/syntax\/unused-suppression\/invalid\/misspelt-rule-id\n([\s\S]*?)```/.exec(readme)?.[1];
  const expected = readFileSync(new URL('../fixtures/syntax/unused-suppression/invalid/misspelt-rule-id/expected.txt', import.meta.url), 'utf8');
  assert.is(shown, expected);
});

test.run();
