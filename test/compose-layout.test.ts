import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';
import { distinctFindings, places, withoutPlaces } from './support/layout-findings.ts';

// fixtures/layouts/compose-kafka(-defects): three `zookeeper:3.8.4` services and three
// `confluentinc/cp-kafka` brokers configured by their environment. The plain twin is the same
// cluster as host folders holding the files the images' entrypoints write (written out here by
// hand from docker-library/zookeeper docker-entrypoint.sh and Confluent's configure, not with
// hacheck's code): the compose layout must give its findings, each at the compose line that
// set the value.
const LAYOUTS = join(ROOT, 'fixtures/layouts');

const SERVERS = 'server.1=zk1:2888:3888;2181\nserver.2=zk2:2888:3888;2181\nserver.3=zk3:2888:3888;2181\n';

/** The zoo.cfg the official image writes from the layout's variables. */
const ZOO_CFG =
  'dataDir=/data\ndataLogDir=/datalog\ntickTime=2000\ninitLimit=5\nsyncLimit=2\nautopurge.snapRetainCount=3\n' +
  'autopurge.purgeInterval=24\nmaxClientCnxns=60\nstandaloneEnabled=true\nadmin.enableServer=true\n' +
  `${SERVERS}4lw.commands.whitelist=srvr,ruok,mntr\n`;

/** The kafka.properties Confluent's image writes: its keys sorted, log.dirs its default. */
function brokerProperties(id: number, connect: string, listeners: string, advertised: string, extra = ''): string {
  return (
    `advertised.listeners=${advertised}\nbroker.id=${id}\ndefault.replication.factor=3\n${extra}listeners=${listeners}\n` +
    'log.dirs=/var/lib/kafka/data\nmin.insync.replicas=2\nnum.partitions=3\noffsets.topic.replication.factor=3\n' +
    `transaction.state.log.min.isr=2\ntransaction.state.log.replication.factor=3\nzookeeper.connect=${connect}\n`
  );
}

function plainTwin(defects: boolean): string {
  const connect = 'zk1:2181,zk2:2181,zk3:2181/kafka';
  return makeTree({
    'zk1/conf/zoo.cfg': ZOO_CFG,
    'zk1/data/myid': '1\n',
    'zk2/conf/zoo.cfg': ZOO_CFG,
    'zk2/data/myid': defects ? '3\n' : '2\n',
    'zk3/conf/zoo.cfg': ZOO_CFG,
    'zk3/data/myid': '3\n',
    'kafka1/etc/kafka/kafka.properties': brokerProperties(1, connect, 'PLAINTEXT://0.0.0.0:9092', 'PLAINTEXT://kafka1:9092'),
    'kafka2/etc/kafka/kafka.properties': brokerProperties(defects ? 1 : 2, connect, 'PLAINTEXT://0.0.0.0:9092', 'PLAINTEXT://kafka2:9092'),
    'kafka3/etc/kafka/kafka.properties': brokerProperties(
      3,
      defects ? 'zk1:2181,zk2:2181,zk3:2182/kafka' : connect,
      'PLAINTEXT://0.0.0.0:9092,EXTERNAL://0.0.0.0:29092',
      'PLAINTEXT://kafka3:9092,EXTERNAL://localhost:29092',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,EXTERNAL:PLAINTEXT\n',
    ),
  });
}

test('compose-kafka-defects gives the findings of its plain twin, each at the compose line that set the value, and exit 1', async () => {
  const twin = plainTwin(true);
  try {
    const plain = await lintCompact(twin);
    const compose = await lintCompact(join(LAYOUTS, 'compose-kafka-defects'));
    assert.equal([compose.code, compose.stderr], [1, '']);
    // The other difference: a container is named by its service, a file of the twin by its path.
    assert.equal(distinctFindings(compose.stdout.replace('of service "kafka1"', 'of "kafka1/etc/kafka/kafka.properties"')), distinctFindings(plain.stdout));
    assert.equal(withoutPlaces(compose.stdout), [
      'error: offsets.topic.replication.factor is "3", but the cluster holds 2 brokers, so __consumer_offsets is never created and consumer groups never get a coordinator [kafka/internal-topic-replication]',
      'error: transaction.state.log.replication.factor is "3", but the cluster holds 2 brokers, so __transaction_state is never created and transactional producers never get a coordinator [kafka/internal-topic-replication]',
      'error: myid "3" is the id of server.3, but zk2 is server.2 [zookeeper/myid-mismatch]',
      '  note: zk2 is server.2=zk2:2888:3888;2181',
      '  note: server.3=zk3:2888:3888;2181 belongs to another host',
      'error: broker.id "1" is also the broker.id of service "kafka1", so one of the two brokers cannot register [kafka/broker-id-duplicate]',
      '  note: broker.id is "1" here',
      'error: zookeeper.connect connects to "zk3" on port "2182", but the ensemble\'s client port is 2181 [kafka/zookeeper-connect-mismatch]',
      '  note: server.3 serves clients on port "2181"',
      '',
    ].join('\n'));
    assert.equal(places(compose.stdout), [
      'docker-compose.yml:12:43',
      'docker-compose.yml:13:51',
      'docker-compose.yml:31:18',
      'docker-compose.yml:32:48',
      'docker-compose.yml:32:76',
      'docker-compose.yml:63:24',
      'docker-compose.yml:55:24',
      'docker-compose.yml:71:54',
      'docker-compose.yml:22:99',
    ]);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('compose-kafka, the clean twin: exit 0 and no output, as its plain twin', async () => {
  const twin = plainTwin(false);
  try {
    for (const dir of [join(LAYOUTS, 'compose-kafka'), twin]) assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' }, dir);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('hacheck files names the compose file and, for each service, the files its image writes and where', async () => {
  const run = await runCli(['files', join(LAYOUTS, 'compose-kafka')]);
  assert.equal([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, [
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zk1, host zk1',
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zk2, host zk2',
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zk3, host zk3',
    'docker-compose.yml  used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka1, host kafka1',
    'docker-compose.yml  used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka2, host kafka2',
    'docker-compose.yml  used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka3, host kafka3',
    'docker-compose.yml  used: compose file of services zk1, zk2, zk3, kafka1, kafka2, kafka3',
    '',
  ].join('\n'));
});

test.run();
