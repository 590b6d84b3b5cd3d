import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { findingCount, lintCompact, runCli } from './support/twin.ts';

// An untouched Kafka download (kafka_2.13-3.6.1/config/) beside the brokers someone configured:
// its stock broker configs are samples, listed as such and compared with nothing.
const LAYOUTS = join(ROOT, 'fixtures/layouts');
const VENDORED = 'kafka_2.13-3.6.1';

/** The fixture without its vendored distribution: the plain twin. */
function withoutVendored(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-vendored-'));
  cpSync(join(LAYOUTS, name), dir, { recursive: true });
  rmSync(join(dir, VENDORED), { recursive: true });
  return dir;
}

test('vendored-kafka-defects gives the findings of its plain twin without the vendored distribution, and exit 1', async () => {
  const plainDir = withoutVendored('vendored-kafka-defects');
  try {
    const layout = await lintCompact(join(LAYOUTS, 'vendored-kafka-defects'));
    const plain = await lintCompact(plainDir);
    assert.equal([layout.code, layout.stderr], [1, '']);
    assert.equal([plain.code, plain.stderr], [1, '']);
    assert.is(layout.stdout, plain.stdout);
    assert.is(
      layout.stdout,
      [
        'kafka/config/server-1.properties:11:41: error: zookeeper.connect connects to "zk3" on port "2182", but the ensemble\'s client port is 2181 [kafka/zookeeper-connect-mismatch]',
        '  zk1/etc/zookeeper/zoo.cfg:5:12: note: clientPort is "2181"',
        'kafka/config/server-3.properties:2:11: error: broker.id "2" is also the broker.id of "kafka/config/server-2.properties", so one of the two brokers cannot register [kafka/broker-id-duplicate]',
        '  kafka/config/server-2.properties:2:11: note: broker.id is "2" here',
        '',
      ].join('\n'),
    );
    assert.is(findingCount(layout.stdout), 2);
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
});

test('vendored-kafka, the clean twin: exit 0 and no output, with or without the vendored distribution', async () => {
  const plainDir = withoutVendored('vendored-kafka');
  try {
    for (const dir of [join(LAYOUTS, 'vendored-kafka'), plainDir]) assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' }, dir);
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
});

test('hacheck files lists the vendored broker configs and zookeeper.properties as stock samples', async () => {
  const r = await runCli(['files', join(LAYOUTS, 'vendored-kafka-defects')]);
  assert.equal([r.code, r.stderr], [0, '']);
  const notBroker = 'not used: not a broker configuration';
  const c = `${VENDORED}/config`;
  assert.is(
    r.stdout,
    [
      'kafka/config/server-1.properties                           used: server.properties',
      'kafka/config/server-2.properties                           used: server.properties',
      'kafka/config/server-3.properties                           used: server.properties',
      `${c}/connect-console-sink.properties    ${notBroker}`,
      `${c}/connect-console-source.properties  ${notBroker}`,
      `${c}/connect-distributed.properties     ${notBroker}`,
      `${c}/connect-file-sink.properties       ${notBroker}`,
      `${c}/connect-file-source.properties     ${notBroker}`,
      `${c}/connect-log4j.properties           ${notBroker}`,
      `${c}/connect-mirror-maker.properties    ${notBroker}`,
      `${c}/connect-standalone.properties      ${notBroker}`,
      `${c}/consumer.properties                ${notBroker}`,
      `${c}/kraft/broker.properties            not used: stock sample`,
      `${c}/kraft/controller.properties        not used: stock sample`,
      `${c}/kraft/server.properties            not used: stock sample`,
      `${c}/log4j.properties                   ${notBroker}`,
      `${c}/producer.properties                ${notBroker}`,
      `${c}/server.properties                  not used: stock sample`,
      `${c}/tools-log4j.properties             ${notBroker}`,
      `${c}/zookeeper.properties               not used: stock sample`,
      'zk1/                                                       host folder of zk1, named after it',
      'zk1/etc/zookeeper/zoo.cfg                                  used: zoo.cfg, host zk1',
      'zk1/var/lib/zookeeper/myid                                 used: myid, host zk1',
      'zk2/                                                       host folder of zk2, named after it',
      'zk2/etc/zookeeper/zoo.cfg                                  used: zoo.cfg, host zk2',
      'zk2/var/lib/zookeeper/myid                                 used: myid, host zk2',
      'zk3/                                                       host folder of zk3, named after it',
      'zk3/etc/zookeeper/zoo.cfg                                  used: zoo.cfg, host zk3',
      'zk3/var/lib/zookeeper/myid                                 used: myid, host zk3',
      '',
    ].join('\n'),
  );
});

/** The settings of Kafka 3.6.1's config/server.properties, with one comment of the shipped file. */
const STOCK_SERVER = [
  '# The id of the broker. This must be set to a unique integer for each broker.',
  'broker.id=0', 'num.network.threads=3', 'num.io.threads=8', 'socket.send.buffer.bytes=102400', 'socket.receive.buffer.bytes=102400',
  'socket.request.max.bytes=104857600', 'log.dirs=/tmp/kafka-logs', 'num.partitions=1', 'num.recovery.threads.per.data.dir=1',
  'offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1',
  'log.retention.hours=168', 'log.retention.check.interval.ms=300000', 'zookeeper.connect=localhost:2181',
  'zookeeper.connection.timeout.ms=18000', 'group.initial.rebalance.delay.ms=0', '',
].join('\n');

test('a stock broker config is a sample only in a release folder; elsewhere, or edited, it is a broker', async () => {
  const r = await runCli([
    'files',
    makeTree({
      'vendor/kafka_2.12-3.6.1/config/server.properties': STOCK_SERVER,
      'kafka-3.6.1-src/config/server.properties': STOCK_SERVER,
      'kafka_2.13-3.6.1/config/server.properties': STOCK_SERVER.replace('log.dirs=/tmp/kafka-logs', 'log.dirs=/var/lib/kafka'),
      'kafka_2.13-3.6.1/config/kraft/server.properties': STOCK_SERVER.replace('broker.id=0', 'broker.id=0\nauto.create.topics.enable=false'),
      'broker0/etc/kafka/server.properties': STOCK_SERVER,
      'kafka/config/server.properties': STOCK_SERVER,
    }),
  ]);
  assert.equal([r.code, r.stderr], [0, '']);
  assert.is(
    r.stdout,
    [
      'broker0/etc/kafka/server.properties               used: server.properties',
      'kafka-3.6.1-src/config/server.properties          not used: stock sample',
      'kafka/config/server.properties                    used: server.properties',
      'kafka_2.13-3.6.1/config/kraft/server.properties   used: server.properties',
      'kafka_2.13-3.6.1/config/server.properties         used: server.properties',
      'vendor/kafka_2.12-3.6.1/config/server.properties  not used: stock sample',
      '',
    ].join('\n'),
  );
});

test.run();
