import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { distinctFindings, places, withoutPlaces } from './support/layout-findings.ts';
import { makeTree } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';

// fixtures/layouts/compose-bitnami(-defects): Bitnami's docker-compose-cluster.yml examples
// (bitnami/containers, bitnami/zookeeper/3.8/debian-12 and bitnami/kafka/3.7/debian-12) joined:
// three `bitnami/zookeeper:3.9` servers and three `bitnami/kafka:3.7` brokers in ZooKeeper mode.
// The plain twin is the same cluster as host folders holding the files the images' scripts
// write, written out here by hand (not with hacheck's code):
// - zoo.cfg: libzookeeper.sh zookeeper_generate_conf copies ZooKeeper's zoo_sample.cfg and sets
//   each key with zookeeper_conf_set (a `#key=` or `key=` line replaced in place, else appended),
//   the values zookeeper-env.sh's defaults unless the environment sets them; ZOO_SERVERS
//   `host:2888:3888` entries become `server.<i>=<entry>;$ZOO_PORT_NUMBER` numbered from 1;
// - myid: `echo "$ZOO_SERVER_ID" > "${ZOO_DATA_DIR}/myid"` into the empty /bitnami/zookeeper/data;
// - server.properties: libkafka.sh kafka_initialize copies server.properties.original (the
//   distribution's config/server.properties, postunpack.sh), kafka_server_unify_conf comments
//   out its broker./zookeeper./group.initial lines, log.dirs is set to /bitnami/kafka/data, then
//   each KAFKA_CFG_<NAME> is written as name lower-cased with `_` -> `.` (kafka_common_conf_set).
const LAYOUTS = join(ROOT, 'fixtures/layouts');

const SERVERS = 'server.1=zookeeper:2888:3888;2181\nserver.2=zookeeper2:2888:3888;2181\nserver.3=zookeeper3:2888:3888;2181\n';

/** zoo_sample.cfg of ZooKeeper 3.9 with the lines zookeeper_generate_conf sets, in place or appended. */
const ZOO_CFG =
  '# The number of milliseconds of each tick\ntickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/bitnami/zookeeper/data\nclientPort=2181\n' +
  'maxClientCnxns=60\nautopurge.snapRetainCount=3\nautopurge.purgeInterval=24\n' +
  'preAllocSize=65536\nsnapCount=100000\nmaxCnxns=0\nreconfigEnabled=false\nquorumListenOnAllIPs=false\n4lw.commands.whitelist=srvr, mntr\n' +
  `maxSessionTimeout=40000\nadmin.serverAddress=127.0.0.1\nadmin.serverPort=8080\nadmin.enableServer=false\n${SERVERS}`;

/** Kafka 3.7's config/server.properties after kafka_server_unify_conf, then the environment's lines. */
function serverProperties(pod: number, id: number, connect: string): string {
  return (
    '#broker.id=0\nnum.network.threads=3\nnum.io.threads=8\nsocket.send.buffer.bytes=102400\nsocket.receive.buffer.bytes=102400\n' +
    'socket.request.max.bytes=104857600\nlog.dirs=/bitnami/kafka/data\nnum.partitions=1\nnum.recovery.threads.per.data.dir=1\n' +
    'offsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\ntransaction.state.log.min.isr=2\n' +
    'log.retention.hours=168\nlog.retention.check.interval.ms=300000\n#zookeeper.connect=localhost:2181\n#zookeeper.connection.timeout.ms=18000\n' +
    `#group.initial.rebalance.delay.ms=0\nbroker.id=${id}\nzookeeper.connect=${connect}\nlisteners=PLAINTEXT://:9092\n` +
    `advertised.listeners=PLAINTEXT://kafka-${pod}:9092\n`
  );
}

function plainTwin(defects: boolean): string {
  const connect = 'zookeeper:2181,zookeeper2:2181,zookeeper3:2181';
  const files: Record<string, string> = {};
  for (const [host, id] of [['zookeeper', 1], ['zookeeper2', defects ? 3 : 2], ['zookeeper3', 3]] as const) {
    files[`${host}/opt/bitnami/zookeeper/conf/zoo.cfg`] = ZOO_CFG;
    files[`${host}/bitnami/zookeeper/data/myid`] = `${id}\n`;
  }
  files['kafka-0/opt/bitnami/kafka/config/server.properties'] = serverProperties(0, 0, connect);
  files['kafka-1/opt/bitnami/kafka/config/server.properties'] = serverProperties(1, 1, connect);
  files['kafka-2/opt/bitnami/kafka/config/server.properties'] = defects ? serverProperties(2, 1, 'zookeeper:2181,zookeeper2:2181,zookeeper3:2182') : serverProperties(2, 2, connect);
  return makeTree(files);
}

test('compose-bitnami-defects gives the findings of its plain twin, each at the compose line that set the value, and exit 1', async () => {
  const twin = plainTwin(true);
  try {
    const plain = await lintCompact(twin);
    const compose = await lintCompact(join(LAYOUTS, 'compose-bitnami-defects'));
    assert.equal([compose.code, compose.stderr, plain.code], [1, '', 1]);
    // A container is named by its service, a file of the twin by its path.
    const named = compose.stdout.replace('of service "kafka-1"', 'of "kafka-1/opt/bitnami/kafka/config/server.properties"');
    assert.equal(distinctFindings(named), distinctFindings(plain.stdout));
    assert.equal(distinctFindings(compose.stdout), [
      'error: broker.id "1" is also the broker.id of service "kafka-1", so one of the two brokers cannot register [kafka/broker-id-duplicate]\n  note: broker.id is "1" here',
      'error: myid "3" is the id of server.3, but zookeeper2 is server.2 [zookeeper/myid-mismatch]\n  note: zookeeper2 is server.2=zookeeper2:2888:3888;2181\n  note: server.3=zookeeper3:2888:3888;2181 belongs to another host',
      'error: offsets.topic.replication.factor is "3", but the cluster holds 2 brokers, so __consumer_offsets is never created and consumer groups never get a coordinator [kafka/internal-topic-replication]',
      'error: transaction.state.log.replication.factor is "3", but the cluster holds 2 brokers, so __transaction_state is never created and transactional producers never get a coordinator [kafka/internal-topic-replication]',
      'error: zookeeper.connect connects to "zookeeper3" on port "2182", but the ensemble\'s client port is 2181 [kafka/zookeeper-connect-mismatch]\n  note: server.3 serves clients on port "2181"',
    ]);
    assert.equal(places(compose.stdout), [
      'docker-compose.yml:24:23',
      'docker-compose.yml:27:41',
      'docker-compose.yml:27:62',
      'docker-compose.yml:50:52',
      'docker-compose.yml:51:60',
      'docker-compose.yml:70:52',
      'docker-compose.yml:71:60',
      'docker-compose.yml:84:29',
      'docker-compose.yml:64:29',
      'docker-compose.yml:85:79',
      'docker-compose.yml:7:12',
      'docker-compose.yml:90:52',
      'docker-compose.yml:91:60',
    ]);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('compose-bitnami, the clean twin: exit 0 and no output, as its plain twin', async () => {
  const twin = plainTwin(false);
  try {
    for (const dir of [join(LAYOUTS, 'compose-bitnami'), twin]) assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' }, dir);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('a single Bitnami broker that leaves the internal topics alone keeps the distribution\'s factor 1: no finding', async () => {
  // The image's quickstart form (bitnami/kafka/3.7/debian-12/docker-compose.yml): one KRaft node.
  const dir = makeTree({
    'docker-compose.yml':
      'services:\n  kafka:\n    image: docker.io/bitnami/kafka:3.7\n    environment:\n      - KAFKA_CFG_NODE_ID=0\n' +
      '      - KAFKA_CFG_PROCESS_ROLES=controller,broker\n      - KAFKA_CFG_LISTENERS=PLAINTEXT://:9092,CONTROLLER://:9093\n' +
      '      - KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT\n' +
      '      - KAFKA_CFG_CONTROLLER_QUORUM_VOTERS=0@kafka:9093\n      - KAFKA_CFG_CONTROLLER_LISTENER_NAMES=CONTROLLER\n',
  });
  try {
    assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hacheck files names the compose file and, for each service, the files its image writes and where', async () => {
  const run = await runCli(['files', join(LAYOUTS, 'compose-bitnami')]);
  assert.equal([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, [
    'docker-compose.yml  used: zoo.cfg at /opt/bitnami/zookeeper/conf/zoo.cfg, myid at /bitnami/zookeeper/data/myid, written by the Bitnami ZooKeeper image from the environment; service zookeeper, host zookeeper',
    'docker-compose.yml  used: zoo.cfg at /opt/bitnami/zookeeper/conf/zoo.cfg, myid at /bitnami/zookeeper/data/myid, written by the Bitnami ZooKeeper image from the environment; service zookeeper2, host zookeeper2',
    'docker-compose.yml  used: zoo.cfg at /opt/bitnami/zookeeper/conf/zoo.cfg, myid at /bitnami/zookeeper/data/myid, written by the Bitnami ZooKeeper image from the environment; service zookeeper3, host zookeeper3',
    'docker-compose.yml  used: server.properties at /opt/bitnami/kafka/config/server.properties, written by the Bitnami Kafka image from the environment; service kafka-0, host kafka-0',
    'docker-compose.yml  used: server.properties at /opt/bitnami/kafka/config/server.properties, written by the Bitnami Kafka image from the environment; service kafka-1, host kafka-1',
    'docker-compose.yml  used: server.properties at /opt/bitnami/kafka/config/server.properties, written by the Bitnami Kafka image from the environment; service kafka-2, host kafka-2',
    'docker-compose.yml  used: compose file of services zookeeper, zookeeper2, zookeeper3, kafka-0, kafka-1, kafka-2',
    '',
  ].join('\n'));
});

test.run();
