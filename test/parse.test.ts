import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseHadoopXml } from '../src/parse/hadoop-xml.ts';
import { parseHostList, parseMyid, parseTimeConfig } from '../src/parse/line-files.ts';
import { parseZooCfg, zooValue } from '../src/parse/zoo-cfg.ts';
import { SourceText, decodeUtf8 } from '../src/text/source-text.ts';
import type { Span } from '../src/text/span.ts';

const at = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
const xml = (text: string) => parseHadoopXml(new SourceText('f.xml', decodeUtf8(Buffer.from(text))));

test('XML: names trimmed, values raw, positions of the value text', () => {
  const r = xml('<configuration>\n <property>\n  <name> dfs.nameservices </name>\n  <value>  ns1 </value>\n </property>\n</configuration>\n');
  assert.is(r.problem, undefined);
  const p = r.properties[0]!;
  assert.is(p.name.value, 'dfs.nameservices');
  assert.is(p.value!.value, '  ns1 ');
  assert.is(at(p.value!.span), '4:10-4:16');
  assert.is(at(p.span), '2:2-2:12');
});

test('XML: CRLF and a BOM give the same lines and columns as LF', () => {
  const lf = xml('<configuration>\n<property><name>a</name><value>b</value></property>\n</configuration>\n');
  const crlf = xml('\ufeff<configuration>\r\n<property><name>a</name><value>b</value></property>\r\n</configuration>\r\n');
  assert.is(at(crlf.properties[0]!.value!.span), at(lf.properties[0]!.value!.span));
  assert.is(at(crlf.properties[0]!.value!.span), '2:32-2:33');
});

test('XML: final, duplicates kept in order, attributes form, entities and CDATA decoded', () => {
  const r = xml(
    '<configuration><property><name>a</name><value>1</value><final>true</final></property>' +
      '<property><name>a</name><value>2</value></property>' +
      '<property name="b" value="x"/>' +
      '<property><name>c</name><value>&amp;&#65;<![CDATA[<y>]]></value></property></configuration>',
  );
  assert.equal(r.properties.map((p) => [p.name.value, p.value?.value, p.final]), [
    ['a', '1', true],
    ['a', '2', false],
    ['b', 'x', false],
    ['c', '&A<y>', false],
  ]);
});

test('XML: a later non-empty <value> or <name> replaces the earlier one, an empty one replaces nothing, unread children are kept', () => {
  const r = xml(
    '<configuration><property><name>f</name><value>sshfence</value><value>shell(/bin/true)</value></property>' +
      '<property><name>r</name><value>3</value><value></value><description>d</description></property>' +
      '<property><name>x</name><name>y</name><vaule>2</vaule></property></configuration>',
  );
  assert.equal(r.properties.map((p) => [p.name.value, p.value?.value, p.replaced?.map((c) => `${c.element}=${c.text.value}`), p.ignoredChildren?.map((c) => c.element)]), [
    ['f', 'shell(/bin/true)', ['value=sshfence'], undefined],
    ['r', '3', undefined, undefined],
    ['y', undefined, ['name=x'], ['vaule']],
  ]);
});

test('XML: malformed input is a problem at the line and column of the fault', () => {
  const r = xml('<configuration>\n<property><name>a</name><value>b</valu></property>\n</configuration>');
  assert.equal(r.properties, []);
  assert.is(at(r.problem!.span), '2:33-2:33');
  assert.match(r.problem!.message, /Expected closing tag 'value'/);
  assert.is(xml('').problem!.message, 'the file is empty');
  assert.match(xml('<a/><b/>').problem!.message, /2 root elements/);
  assert.match(xml('<conf><property><name>a</name></property></conf>').problem!.message, /root element is <conf>/);
});

test('XML: a character reference to a code point XML forbids is a problem at the reference, worded as the JDK does', () => {
  const problem = (ref: string, head = '') => {
    const r = xml(`${head}<configuration>\n<property><name>a</name><value>x ${ref} y</value></property>\n</configuration>\n`);
    return r.problem ? `${at(r.problem.span)} ${r.problem.message}` : 'no problem';
  };
  // The message shows the reference as written, without its ";".
  for (const ref of ['&#0;', '&#xD800;', '&#xdfff;', '&#x110000;', '&#xFFFE;', '&#65535;', '&#x1F;', '&#99999999999;']) {
    const end = 34 + ref.length;
    const shown = ref.slice(0, -1);
    assert.is(problem(ref), `2:34-2:${end} character reference "${shown}" is an invalid XML character`, ref);
  }
  for (const ref of ['&#9;', '&#xA;', '&#xD;', '&#x20;', '&#xD7FF;', '&#xE000;', '&#xFFFD;', '&#x10000;', '&#x10FFFF;']) assert.is(problem(ref), 'no problem', ref);
  // XML 1.1 allows references to the C0 and C1 controls, never to NUL.
  assert.is(problem('&#x1;', '<?xml version="1.1"?>\n'), 'no problem');
  assert.is(problem('&#0;', '<?xml version="1.1"?>\n'), '3:34-3:38 character reference "&#0" is an invalid XML character');
  // In an attribute value, and in a declared entity's value (replaced when declared, so refused even if never used).
  assert.is(xml('<configuration>\n<property name="a" value="&#xFFFF;"/>\n</configuration>\n').problem?.message, 'character reference "&#xFFFF" is an invalid XML character');
  const inEntity = xml('<!DOCTYPE configuration [\n  <!ENTITY e "ok &#x0;">\n]>\n<configuration/>\n');
  assert.is(`${at(inEntity.problem!.span)} ${inEntity.problem!.message}`, '2:18-2:23 character reference "&#x0" is an invalid XML character');
  // In CDATA or a comment it is text, not a reference.
  assert.is(xml('<configuration><!-- &#0; --><property><name>a</name><value><![CDATA[&#0;]]></value></property></configuration>').problem, undefined);
});

test('zoo.cfg: Properties semantics, trimmed values, no inline comments', () => {
  const cfg = parseZooCfg(new SourceText('zoo.cfg', 'tickTime = 2000\ninitLimit=10 # ticks\nsyncLimit:5\nclientPort 2181\n# c\ndataDir=/a\\\n  /b\n'));
  assert.equal(cfg.entries.map((e) => [e.key.value, e.value.value]), [
    ['tickTime', '2000'],
    ['initLimit', '10 # ticks'],
    ['syncLimit', '5'],
    ['clientPort', '2181'],
    ['dataDir', '/a/b'],
  ]);
  assert.is(at(zooValue(cfg, 'initLimit')!.value.span), '2:11-2:21');
  assert.is(at(zooValue(cfg, 'tickTime')!.value.span), '1:12-1:16');
});

test('zoo.cfg: server lines split into id, host, ports, role and client part with spans', () => {
  const cfg = parseZooCfg(new SourceText('zoo.cfg', 'server.1=zk1:2888:3888\nserver.2=zk2:2888:3888:observer;0.0.0.0:2181\nserver.3=[::1]:2888:3888;2181\nserver.4=a:1:2|b:1:2\n'));
  const [s1, s2, s3, s4] = cfg.servers;
  assert.is(s1!.id.value, '1');
  assert.is(at(s1!.id.span), '1:8-1:9');
  assert.equal([s1!.addresses[0]!.host.value, s1!.addresses[0]!.quorumPort!.value, s1!.addresses[0]!.electionPort!.value], ['zk1', '2888', '3888']);
  assert.is(at(s1!.addresses[0]!.electionPort!.span), '1:19-1:23');
  assert.is(s2!.addresses[0]!.role!.value, 'observer');
  assert.equal([s2!.client!.address!.value, s2!.client!.port.value], ['0.0.0.0', '2181']);
  assert.is(at(s2!.client!.port.span), '2:41-2:45');
  assert.is(s3!.addresses[0]!.host.value, '::1');
  assert.is(s3!.client!.port.value, '2181');
  assert.equal(s4!.addresses.map((a) => a.host.value), ['a', 'b']);
});

test('myid: the first line, untrimmed', () => {
  assert.is(parseMyid(new SourceText('myid', '1\n')).firstLine.value, '1');
  assert.is(parseMyid(new SourceText('myid', ' 2 \nx')).firstLine.value, ' 2 ');
  assert.is(parseMyid(new SourceText('myid', '')).firstLine.value, '');
});

test('slaves/workers: comments and blank lines dropped, positions kept', () => {
  const list = parseHostList(new SourceText('slaves', '#localhost\nserver1\n  server2 # dn\n\nserver3\n'));
  assert.equal(list.hosts.map((h) => `${h.value}@${at(h.span)}`), ['server1@2:1-2:8', 'server2@3:3-3:10', 'server3@5:1-5:8']);
});

test('ntp.conf and chrony.conf directives', () => {
  const ntp = parseTimeConfig(new SourceText('ntp.conf', '#server 0.centos.pool.ntp.org iburst\nserver 0.asia.pool.ntp.org # x\ndriftfile /var/lib/ntp/drift\n'), 'ntp');
  assert.equal(ntp.directives.map((d) => [d.keyword.value, d.args.map((a) => a.value)]), [
    ['server', ['0.asia.pool.ntp.org']],
    ['driftfile', ['/var/lib/ntp/drift']],
  ]);
  const chrony = parseTimeConfig(new SourceText('chrony.conf', '! x\nPool 2.pool.ntp.org iburst\n; y\n'), 'chrony');
  assert.equal(chrony.directives.map((d) => d.keyword.value), ['pool']);
});

test.run();
