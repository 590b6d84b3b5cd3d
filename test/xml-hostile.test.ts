import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHadoopXml, type HadoopXml } from '../src/parse/hadoop-xml.ts';
import { SourceText } from '../src/text/source-text.ts';
import type { Span } from '../src/text/span.ts';
import { ROOT } from './support/fixtures.ts';

// Site files a careless or crafted copy could hold, read by parseHadoopXml with exact
// results. What Java does with each was measured with the JDK 17 DocumentBuilder (Hadoop 2's
// reader) and woodstox-core 6.5.1 (Hadoop 3's), reading the files as Configuration does.

const at = (s: Span | undefined) => s && `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
const read = (text: string) => parseHadoopXml(new SourceText('core-site.xml', text));
const site = (body: string, dtd = '') => `<?xml version="1.0"?>\n${dtd}<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
const doctype = (decls: string) => `<!DOCTYPE configuration [\n${decls}\n]>\n`;
const lols = (top: number) =>
  ['<!ENTITY lol "lol">', ...Array.from({ length: top }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`)].join('\n');
/** name=value@span of each property, the short way to compare what was read. */
const props = (r: HadoopXml) => r.properties.map((p) => `${p.name.value}=${p.value?.value}@${at(p.value?.span)}`);

for (const levels of [10_000, 100_000]) {
  test(`nesting: ${levels} levels of <a> are read (the hostile suite's hang limit and the benchmark watch the cost); Woodstox's limit is noted`, () => {
    const r = read(site(`${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}\n${prop('hadoop.tmp.dir', '/data/tmp')}`));
    assert.is(r.problem, undefined);
    assert.equal(props(r), ['hadoop.tmp.dir=/data/tmp@6:12-6:21']);
    // <configuration> is level 1: the 1,000th <a> is level 1,001, at column 1 + 999 * 3.
    assert.equal(r.tooDeep, { element: 'a', depth: 1001, span: { file: 'core-site.xml', line: 3, column: 2998, endLine: 3, endColumn: 3000 } });
  });
}

test('nesting: 1,000 levels are within Woodstox\'s limit; elements inside a <value> are skipped, the text around them joined', () => {
  const r = read(site(`${'<a>'.repeat(999)}${'</a>'.repeat(999)}\n${prop('x.y', 'a<b><c><d/>deep</c></b>z')}`));
  assert.is(r.tooDeep, undefined);
  assert.equal(props(r), ['x.y=az@6:12-6:36']);
});

test('element names fast-xml-parser refuses (__proto__, constructor) are ignored as Hadoop ignores them', () => {
  const r = read(site(`  <__proto__><a/></__proto__>\n${prop('x.y', '1<constructor>2</constructor>3')}`));
  assert.is(r.problem, undefined);
  assert.equal(props(r), ['x.y=13@6:12-6:42']);
  // Renamed, not commented out: a line break inside the tag keeps its place and the value its text.
  const split = read(site(prop('x.y', '1<prototype\n>2</prototype\n>3')));
  assert.equal(props(split), ['x.y=13@5:12-7:3']);
  const root = read('<constructor><property><name>a</name><value>1</value></property></constructor>');
  assert.equal([root.problem?.message, at(root.problem?.span)], ['the root element is <constructor>, Hadoop reads only <configuration>', '1:1-1:14']);
});

test('billion laughs: the reference that crosses the limit, counted without expanding, and no property read', () => {
  const r = read(site(prop('fs.defaultFS', 'hdfs://nn1') + prop('hadoop.tmp.dir', '&lol9;'), doctype(lols(9))));
  assert.equal(r, {
    properties: [],
    problem: undefined,
    expansion: { kind: 'count', entity: 'lol9', amount: 1_111_111_111, span: { file: 'core-site.xml', line: 21, column: 12, endLine: 21, endColumn: 18 } },
  });
});

test('entity expansions add up over the document: the 10th &lol4; (11,111 each) crosses 100,000', () => {
  const r = read(site(Array.from({ length: 10 }, (_, i) => prop(`k${i}`, '&lol4;')).join(''), doctype(lols(4))));
  assert.equal([r.expansion?.kind, r.expansion?.amount, at(r.expansion?.span)], ['count', 111_110, '48:12-48:18']);
  // Nine are 99,999: Woodstox reads them; the JDK stops at the 6th (66,666 > 64,000), which is recorded for Hadoop 2.
  const nine = read(site(Array.from({ length: 9 }, (_, i) => prop(`k${i}`, '&lol4;')).join(''), doctype(lols(4))));
  assert.equal([nine.expansion?.kind, nine.expansion?.amount, at(nine.expansion?.span)], ['jdk-count', 66_666, '32:12-32:18']);
  assert.is(nine.properties.length, 9);
  assert.is(nine.properties[8]!.value!.value, 'lol'.repeat(10_000));
});

test('quadratic blow-up: one 9,000-character entity referenced 2,000 times is 18,000,000 characters, which Java reads', () => {
  const r = read(site(prop('x.y', '&big;'.repeat(2000)), doctype(`<!ENTITY big "${'x'.repeat(9000)}">`)));
  assert.is(r.problem, undefined);
  assert.is(r.expansion, undefined);
  assert.is(r.properties[0]!.value!.value.length, 18_000_000);
  assert.ok(/^x+$/.test(r.properties[0]!.value!.value));
});

test('more than 50,000,000 characters of expansion: refused by the JDK, not expanded by hacheck', () => {
  const r = read(site(prop('x.y', '&x100;'.repeat(51)), doctype(`<!ENTITY x "${'x'.repeat(10_000)}">\n<!ENTITY x100 "${'&x;'.repeat(100)}">`)));
  assert.equal([r.properties, r.expansion?.kind, r.expansion?.amount, at(r.expansion?.span)], [[], 'size', 51_000_000, '9:312-9:318']);
});

test('nested entities are expanded in full, as Java does (fast-xml-parser alone leaves "&c;")', () => {
  const r = read(site(prop('a', '&c;') + prop('b', '[&lol2;]') + prop('c', '&q;&amp;&#65;'), doctype(`<!ENTITY b "B">\n<!ENTITY c "&b;&b;">\n${lols(2)}\n<!ENTITY q "x&amp;y&#38;#66;">`)));
  assert.is(r.problem, undefined);
  assert.is(r.expansion, undefined);
  assert.equal(r.properties.map((p) => p.value?.value), ['BB', `[${'lol'.repeat(100)}]`, 'x&yB&A']);
});

test('entities: the first declaration binds, references in attributes expand, unused bombs cost nothing', () => {
  const r = read(`<!DOCTYPE configuration [<!ENTITY a "first"><!ENTITY a "second">${lols(9)}]>\n<configuration><property name="x" value="&a;"/></configuration>`);
  assert.equal(r.properties.map((p) => [p.name.value, p.value?.value]), [['x', 'first']]);
  assert.is(r.expansion, undefined);
});

test('entities nested 501 deep: Woodstox refuses them (500), the JDK reads them; the properties are read', () => {
  const chain = Array.from({ length: 501 }, (_, i) => `<!ENTITY e${i} "${i === 500 ? 'z' : `&e${i + 1};`}">`).join('\n');
  const r = read(site(prop('x', '&e0;'), doctype(chain)));
  assert.equal([r.expansion?.kind, r.expansion?.amount, at(r.expansion?.span)], ['depth', 501, '508:12-508:16']);
  assert.equal(r.properties.map((p) => p.value?.value), ['z']);
});

test('entities Java refuses as not well-formed: undeclared, recursive', () => {
  const undeclared = read(site(prop('x', 'a&nbsp;b')));
  assert.equal([undeclared.problem?.message, at(undeclared.problem?.span)], ['the entity "nbsp" is referenced but not declared', '5:13-5:19']);
  const nested = read(site(prop('x', '&a;'), doctype('<!ENTITY a "&missing;">')));
  assert.equal([nested.problem?.message, at(nested.problem?.span)], ['&a; refers to the entity "missing", which is not declared', '8:12-8:15']);
  const recursive = read(site(prop('x', '&a;'), doctype('<!ENTITY a "&b;">\n<!ENTITY b "&a;">')));
  assert.equal([recursive.problem?.message, at(recursive.problem?.span)], ['the entity "a" refers to itself (a -> b -> a)', '9:12-9:15']);
  const via = read(site(prop('x', '&x;'), doctype('<!ENTITY x "&a;">\n<!ENTITY a "&b;">\n<!ENTITY b "&a;">')));
  assert.is(via.problem?.message, '&x; expands an entity that refers to itself (a -> b -> a)');
  // With an external DTD subset, an entity may be declared there: left as written, no error.
  const external = read(`<?xml version="1.0"?>\n<!DOCTYPE configuration SYSTEM "configuration.dtd">\n<configuration>\n${prop('x', 'a&nbsp;b')}</configuration>\n`);
  assert.equal([external.problem, props(external)], [undefined, ['x=a&nbsp;b@6:12-6:20']]);
});

test('external entity: reported at its declaration, never read; the rest of the file is read, &x; stays as written', () => {
  const r = read(site(prop('fs.defaultFS', '&x;') + prop('hadoop.tmp.dir', '/data/tmp'), doctype('  <!ENTITY x SYSTEM "file:///etc/passwd">\n  <!ENTITY % p PUBLIC "-//X//EN" "http://example.com/p.ent">\n  <!ENTITY pic SYSTEM "a.gif" NDATA gif>')));
  assert.is(r.problem, undefined);
  assert.equal(props(r), ['fs.defaultFS=&x;@10:12-10:15', 'hadoop.tmp.dir=/data/tmp@14:12-14:21']);
  assert.equal(r.externalEntities, [
    { name: 'x', parameter: false, systemId: 'file:///etc/passwd', span: { file: 'core-site.xml', line: 3, column: 3, endLine: 3, endColumn: 42 } },
    { name: 'p', parameter: true, systemId: 'http://example.com/p.ent', span: { file: 'core-site.xml', line: 4, column: 3, endLine: 4, endColumn: 61 } },
  ]);
});

test('external DTD subset: silent, never fetched, the file read', () => {
  const r = read(`<?xml version="1.0"?>\n<!DOCTYPE configuration SYSTEM "configuration.dtd">\n<configuration>\n${prop('fs.defaultFS', 'hdfs://nn1')}</configuration>\n`);
  assert.equal(r, { properties: r.properties, problem: undefined });
  assert.equal(props(r), ['fs.defaultFS=hdfs://nn1@6:12-6:22']);
});

test('a DOCTYPE with comments, PIs, ATTLIST and quoted ">" in the internal subset is read', () => {
  const r = read(site(prop('x', '&a;'), doctype('<!-- ]> -->\n<?pi x?>\n<!ELEMENT configuration ANY>\n<!ATTLIST property final CDATA "a>b">\n<!ENTITY a \'it"s>\'>')));
  assert.is(r.problem, undefined);
  assert.equal(r.properties.map((p) => p.value?.value), ['it"s>']);
});

test('comments inside <name> and <value> are dropped and the text joined; CDATA is kept literally', () => {
  const r = read(site(
    '  <property>\n    <name>dfs.<!-- the factor -->replication</name>\n    <value><![CDATA[3]]></value>\n  </property>\n' +
      '  <property>\n    <name><![CDATA[dfs.blocksize]]></name>\n    <value>128<!-- MB -->m</value>\n  </property>\n' +
      '  <property>\n    <name>dfs.permissions.enabled</name>\n    <value><![CDATA[<true>]]></value>\n  </property>\n',
  ));
  assert.equal(props(r), ['dfs.replication=3@5:12-5:25', 'dfs.blocksize=128m@9:12-9:27', 'dfs.permissions.enabled=<true>@13:12-13:30']);
});

test('numeric character references in names and values are decoded', () => {
  const r = read(site(prop('&#100;fs.replication', '&#x33;') + prop('dfs.permissions.enabled', '&#116;rue&#32;')));
  assert.equal(props(r), ['dfs.replication=3@5:12-5:18', 'dfs.permissions.enabled=true @9:12-9:26']);
});

test('malformed files: exact problem and position', () => {
  const problem = (text: string) => {
    const r = read(text);
    assert.equal(r.properties, []);
    return [r.problem?.message, at(r.problem?.span)];
  };
  const full = site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dirr', '/data/tmp'));
  assert.equal(problem(site(prop('fs.defaultFS', 'hdfs://nn1')) + 'fs.defaultFS=hdfs://nn2\n'), ['Extra text at the end', '8:1-8:1']);
  assert.equal(problem(full.slice(0, full.indexOf('<property>', 60) + 8)), ['the file ends before <propert> is closed (open elements: <configuration>, <propert>)', '7:11-7:11']);
  assert.equal(problem(site('  <property>\n    <name>fs.defaultFS</value>\n  </property>\n')), ["Expected closing tag 'name' (opened in line 4, col 5) instead of closing tag 'value'", '4:23-4:23']);
  assert.equal(problem(site(prop('fs.defaultFS', 'hdfs://nn1')) + '<configuration/>\n'), ['the document has 2 root elements, XML allows one', '8:1-8:17']);
  assert.equal(problem('<?xml version="1.0"?>\n<!-- nothing here -->\n'), ['Start tag expected', '1:1-1:1']);
  assert.equal(problem(site(prop('x', 'a'), doctype('<!ENTITY a "unclosed>'))), ['this quoted literal of the DOCTYPE is never closed', '3:12-3:12']);
  assert.equal(problem('<?xml version="1.0"?>\n<!DOCTYPE configuration [\n<!ENTITY a "A">\n'), ['the DOCTYPE declaration is not closed', '4:1-4:1']);
  assert.equal(problem(site(prop('x', 'a'), doctype('<!ENTITY a "A">\n<!FOO>'))), ['the DOCTYPE declaration is not well-formed here', '4:1-4:1']);
});

// The CLI as a separate process: hacheck must never open the entity's file. A FIFO blocks
// whoever opens it for reading until a writer comes, so a read would hang until the timeout.
test('CLI: an external entity naming a FIFO or a missing file outside the directory is never opened', () => {
  const base = mkdtempSync(join(tmpdir(), 'hacheck-xxe-'));
  try {
    const dir = join(base, 'cluster');
    const outside = join(base, 'outside');
    mkdirSync(join(dir, 'nn1'), { recursive: true });
    mkdirSync(outside);
    execFileSync('mkfifo', [join(outside, 'secret')]);
    const entity = (path: string) => `<!ENTITY x SYSTEM "file://${path}">`;
    writeFileSync(join(dir, 'nn1/core-site.xml'), site(prop('fs.defaultFS', '&x;') + prop('hadoop.tmp.dirr', '/data/tmp'), doctype(`  ${entity(join(outside, 'secret'))}`)));
    writeFileSync(join(dir, 'nn1/hdfs-site.xml'), site(prop('dfs.replication', '&y;'), doctype(`  <!ENTITY y SYSTEM "${join(outside, 'missing.txt')}">`)));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/hacheck.mjs'), '--format', 'compact', dir], { cwd: base, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
    assert.ok(!r.error, `the CLI hung or failed: ${r.error?.message}`);
    const out = r.stdout.split(base).join('<tmp>');
    assert.is(r.stderr, '');
    assert.ok(!/ENOENT|no such file/i.test(out), out);
    assert.equal(out.split('\n').filter((l) => l.includes('[syntax/xml-external-entity]')), [
      'nn1/core-site.xml:3:3: warning: &x; is an external entity: its value comes from "file://<tmp>/outside/secret", a file outside the linted directory that hacheck does not read, so values that use &x; are not checked [syntax/xml-external-entity]',
      'nn1/hdfs-site.xml:3:3: warning: &y; is an external entity: its value comes from "<tmp>/outside/missing.txt", a file outside the linted directory that hacheck does not read, so values that use &y; are not checked [syntax/xml-external-entity]',
    ]);
    // The rest of core-site.xml was read: the misspelt key after the entity is found.
    assert.match(out, /nn1\/core-site\.xml:\d+:\d+: .*hadoop\.tmp\.dirr/);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test.run();
