import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { kafkaImageTranslation } from '../src/containers/images/kafka-images.ts';
import type { ImageTranslation } from '../src/containers/images/types.ts';
import { parseKafkaProperties } from '../src/parse/kafka-properties.ts';
import type { Span } from '../src/text/span.ts';
import { nothingMounted, serviceFrom } from './support/env-service.ts';

const at = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;

/** The generated server.properties read by the real parser: `key=value @ keySpan valueSpan` a line. */
function entries(t: ImageTranslation | undefined): string[] {
  assert.ok(t);
  assert.equal(t.files.length, 1);
  const f = t.files[0]!;
  assert.equal(f.kind, 'server.properties');
  if (f.kind !== 'server.properties') return [];
  return parseKafkaProperties(f.text).entries.map((e) => `${e.key.value}=${e.value.value} @ ${at(e.key.span)} ${at(e.value.span)}`);
}

const notes = (t: ImageTranslation | undefined) => t!.notes.map((n) => `${at(n.span)} ${n.message}`);

// KokoiRuby/docker kafka/compose.yaml, kf1.
const BITNAMI = `kf1:
    environment:
      - ALLOW_ANONYMOUS_LOGIN=yes
      - KAFKA_CFG_NODE_ID=1
      - KAFKA_CFG_PROCESS_ROLES=controller,broker
      - KAFKA_KRAFT_CLUSTER_ID=test
      - KAFKA_CFG_CONTROLLER_QUORUM_VOTERS=1@kf1:9094,2@kf2:9094
      - KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP=INTERNAL:SASL_SSL
      - KAFKA_BROKER_ID=7
      - KAFKA_CFG_BROKER_ID=3
      - KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET=x
      - KAFKA_CFG_A__B=c
`;

// The distribution's config/server.properties (Kafka 3.3.0-3.9) without the lines kafka_server_unify_conf
// comments out (broker.id, zookeeper.*, group.initial.rebalance.delay.ms): the image's own values, at the service.
const BITNAMI_BASE = [
  'num.network.threads=3', 'num.io.threads=8', 'socket.send.buffer.bytes=102400', 'socket.receive.buffer.bytes=102400',
  'socket.request.max.bytes=104857600', 'num.partitions=1', 'num.recovery.threads.per.data.dir=1', 'offsets.topic.replication.factor=1',
  'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1', 'log.retention.hours=168', 'log.retention.check.interval.ms=300000',
].map((l) => `${l} @ 1:1-1:4 1:1-1:4`);

test('Bitnami: the distribution\'s server.properties without its ZooKeeper and KRaft lines, then KAFKA_CFG_ names lower-cased with _ -> . (__ -> ..), sorted, KAFKA_<alias> over KAFKA_CFG_, log.dirs default; spans at the name and value characters', () => {
  const t = kafkaImageTranslation(serviceFrom(BITNAMI, 'docker.io/bitnami/kafka:3.7'), nothingMounted);
  assert.equal(entries(t), [
    ...BITNAMI_BASE,
    'log.dirs=/bitnami/kafka/data @ 1:1-1:4 1:1-1:4',
    'a..b=c @ 12:19-12:23 12:24-12:25',
    'broker.id=7 @ 9:15-9:24 9:25-9:26',
    'controller.quorum.voters=1@kf1:9094,2@kf2:9094 @ 7:19-7:43 7:44-7:65',
    'listener.security.protocol.map=INTERNAL:SASL_SSL @ 8:19-8:49 8:50-8:67',
    'node.id=1 @ 4:19-4:26 4:27-4:28',
    'process.roles=controller,broker @ 5:19-5:32 5:33-5:50',
    'zookeeper.clientCnxnSocket=x @ 11:19-11:45 11:46-11:47',
  ]);
  assert.equal(notes(t), []);
});

test('Bitnami: a KAFKA_CFG_ variable replaces the distribution\'s line in place (kafka_common_conf_set), at the variable', () => {
  const t = kafkaImageTranslation(serviceFrom('kf:\n  - KAFKA_CFG_OFFSETS_TOPIC_REPLICATION_FACTOR=3\n', 'bitnami/kafka:3.7'), nothingMounted);
  const lines = entries(t);
  assert.equal(lines.length, BITNAMI_BASE.length + 1);
  assert.equal(lines[7], 'offsets.topic.replication.factor=3 @ 2:15-2:47 2:48-2:49');
});

test('Bitnami: a mounted /bitnami/kafka/config/server.properties is used as it is, the KAFKA_CFG_ variables noted as ignored', () => {
  const t = kafkaImageTranslation(serviceFrom('kf:\n  - KAFKA_CFG_NODE_ID=1\n', 'bitnami/kafka'), (p) => p === '/bitnami/kafka/config/server.properties');
  assert.equal(t, { files: [], notes: [{ span: t!.notes[0]!.span, kind: 'ignored', message: 'KAFKA_CFG_NODE_ID is ignored: the Bitnami Kafka image uses the mounted /bitnami/kafka/config/server.properties as it is' }] });
  assert.equal(at(t!.notes[0]!.span), '2:5-2:24');
});

// Platformatory/cp-sandbox docker-compose.yml, kafka1.
const CONFLUENT = `kafka1:
    environment:
      - KAFKA_BROKER_ID=1
      - KAFKA_ZOOKEEPER_CONNECT=zookeeper1:2181,zookeeper2:2181
      - KAFKA_ADVERTISED_LISTENERS=PLAINTEXT://kafka1:9092
      - KAFKA_OPTS=-Djava.security.auth.login.config=/etc/kafka/jaas.conf
      - KAFKA_CONFLUENT___X=1
      - KAFKA_LOG__DIRS_X=/d
      - KAFKA_LISTENERS
`;

test('Confluent: KAFKA_ names through ConvertKey (___ -> -, __ -> _, _ -> .), excluded ones left out, sorted, log.dirs default; an unknown listeners noted', () => {
  const t = kafkaImageTranslation(serviceFrom(CONFLUENT, 'confluentinc/cp-server:7.6.0'), nothingMounted);
  assert.equal(entries(t), [
    'advertised.listeners=PLAINTEXT://kafka1:9092 @ 5:15-5:35 5:36-5:59',
    'broker.id=1 @ 3:15-3:24 3:25-3:26',
    'confluent-x=1 @ 7:9-7:28 7:29-7:30',
    'log.dirs=/var/lib/kafka/data @ 1:1-1:7 1:1-1:7',
    'log_dirs.x=/d @ 8:9-8:26 8:27-8:29',
    'zookeeper.connect=zookeeper1:2181,zookeeper2:2181 @ 4:15-4:32 4:33-4:64',
  ]);
  assert.equal(notes(t), ['9:9-9:24 KAFKA_LISTENERS has no value hacheck can know, so the Confluent Kafka image writes listeners from a value not checked here']);
});

const WURSTMEISTER = `kafka:
    environment:
      - KAFKA_ZOOKEEPER_CONNECT=zookeeper:2181
      - KAFKA_ADVERTISED_LISTENERS=INSIDE://_{HOSTNAME_COMMAND}:9092
      - KAFKA_LISTENERS=INSIDE://:9092
      - HOSTNAME_COMMAND=hostname -i
      - KAFKA_CREATE_TOPICS=t:1:1
      - KAFKA_HEAP_OPTS=-Xmx1G
`;

/** The sample server.properties of Kafka 2.5.0-3.2.3 after broker.id, log.dirs and zookeeper.connect (apache/kafka config/server.properties). */
const SHIPPED_REST = [
  'num.network.threads=3', 'num.io.threads=8', 'socket.send.buffer.bytes=102400', 'socket.receive.buffer.bytes=102400',
  'socket.request.max.bytes=104857600', 'num.partitions=1', 'num.recovery.threads.per.data.dir=1', 'offsets.topic.replication.factor=1',
  'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1', 'log.retention.hours=168', 'log.segment.bytes=1073741824',
  'log.retention.check.interval.ms=300000', 'zookeeper.connection.timeout.ms=18000', 'group.initial.rebalance.delay.ms=0',
];

test('wurstmeister: KAFKA_ names lower-cased _ -> ., excluded ones left out, port and broker.id defaults; a _{HOSTNAME_COMMAND} value noted', () => {
  const t = kafkaImageTranslation(serviceFrom(WURSTMEISTER, 'wurstmeister/kafka:2.13-2.8.1'), nothingMounted);
  // The distribution's config/server.properties, edited in place: its lines keep their order, at the image.
  assert.equal(entries(t), [
    'broker.id=-1 @ 1:1-1:6 1:1-1:6',
    'log.dirs=/kafka/kafka-logs-<container id> @ 1:1-1:6 1:1-1:6',
    'zookeeper.connect=zookeeper:2181 @ 3:15-3:32 3:33-3:47',
    ...SHIPPED_REST.map((l) => `${l} @ 1:1-1:6 1:1-1:6`),
    'listeners=INSIDE://:9092 @ 5:15-5:24 5:25-5:39',
    'port=9092 @ 1:1-1:6 1:1-1:6',
  ]);
  assert.equal(notes(t), [
    '4:9-4:69 KAFKA_ADVERTISED_LISTENERS holds _{HOSTNAME_COMMAND}, replaced by the output of HOSTNAME_COMMAND, so the wurstmeister Kafka image writes advertised.listeners from a value not checked here',
  ]);
});

test('wurstmeister: BROKER_ID_COMMAND without KAFKA_BROKER_ID: broker.id noted, not written', () => {
  const t = kafkaImageTranslation(serviceFrom('k:\n  - KAFKA_ZOOKEEPER_CONNECT=zk:2181\n  - BROKER_ID_COMMAND=hostname | cut -c5\n  - KAFKA_PORT=9093\n', 'wurstmeister/kafka'), nothingMounted);
  assert.equal(entries(t), [
    'log.dirs=/kafka/kafka-logs-<container id> @ 1:1-1:2 1:1-1:2',
    'zookeeper.connect=zk:2181 @ 2:11-2:28 2:29-2:36',
    ...SHIPPED_REST.map((l) => `${l} @ 1:1-1:2 1:1-1:2`),
    'port=9093 @ 4:11-4:15 4:16-4:20',
  ]);
  assert.equal(notes(t), ['3:5-3:41 KAFKA_BROKER_ID is not set and BROKER_ID_COMMAND gives it, so the wurstmeister Kafka image writes broker.id from a value not checked here']);
});

test('other images, and no image: undefined', () => {
  for (const image of ['apache/kafka:3.7.0', 'zookeeper:3.8', 'confluentinc/cp-zookeeper', undefined]) assert.equal(kafkaImageTranslation(serviceFrom('k:\n  - KAFKA_BROKER_ID=1\n', image), nothingMounted), undefined, image);
});

test.run();
