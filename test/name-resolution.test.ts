import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { kindOf } from '../src/discover.ts';
import { buildCluster } from '../src/model/build.ts';
import { parseEtcHosts } from '../src/parse/etc-hosts.ts';
import { kafkaValue, parseKafkaProperties } from '../src/parse/kafka-properties.ts';
import { isLoopback, normalizeAddress, resolveOn } from '../src/rules-support/name-resolution.ts';
import { SourceText } from '../src/text/source-text.ts';
import { ROOT } from './support/fixtures.ts';

test('/etc/hosts: address then names, # comments, lines without a name dropped', () => {
  const h = parseEtcHosts(new SourceText('etc/hosts', '# c\n127.0.0.1\tlocalhost\n10.0.0.1  nn1.example.com nn1 # nn\n10.0.0.9\n\n::1 ip6-localhost\n'));
  assert.equal(h.entries.map((e) => [e.address.value, e.names.map((n) => n.value)]), [
    ['127.0.0.1', ['localhost']],
    ['10.0.0.1', ['nn1.example.com', 'nn1']],
    ['::1', ['ip6-localhost']],
  ]);
  const nn1 = h.entries[1]!.names[1]!;
  assert.is(`${nn1.span.line}:${nn1.span.column}`, '3:27');
});

test('addresses: loopback range, leading zeros', () => {
  assert.ok(isLoopback('127.0.1.1'));
  assert.ok(isLoopback('::1'));
  assert.not.ok(isLoopback('10.127.0.1'));
  assert.is(normalizeAddress('010.000.0.01'), '10.0.0.1');
});

test('server.properties: Properties semantics, trimmed values, last wins; server-N.properties recognised', () => {
  const k = parseKafkaProperties(new SourceText('server.properties', 'broker.id = 1\nlog.dirs=/a,\\\n  /b\nbroker.id=2\n'));
  assert.is(kafkaValue(k, 'broker.id')!.value.value, '2');
  assert.is(kafkaValue(k, 'log.dirs')!.value.value, '/a,/b');
  assert.is(kindOf('server-1.properties'), 'server.properties');
  assert.is(kindOf('hosts'), undefined);
});

test('model: etc/hosts only at <host folder>/etc/hosts, resolved on its own host, case-insensitive', async () => {
  const cluster = await buildCluster(`${ROOT}/fixtures/clusters/hadoop2-per-host`);
  const master1 = cluster.hosts.find((h) => h.folder === 'master1')!;
  assert.is(master1.etcHosts?.path, 'master1/etc/hosts');
  assert.is(resolveOn(master1, 'WORKER2.example.com')?.address.value, '192.168.10.22');
  assert.is(resolveOn(master1, 'unknown'), undefined);
  assert.ok(cluster.files.filter((f) => f.kind === 'hosts').every((f) => f.host !== undefined));
});

test.run();
