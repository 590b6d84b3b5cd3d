/**
 * The settings of the broker configurations a Kafka release ships in its `config/`
 * folder, for telling an untouched vendored distribution from the brokers someone
 * configured (src/discovery/by-content.ts). Only the settings: the releases differ
 * in comments, and a sample someone edited is a configuration again.
 *
 * Source: apache/kafka (Apache-2.0), `config/server.properties` and
 * `config/kraft/{server,broker,controller,reconfig-server}.properties` read at every
 * release tag from 0.10.0.0 to 3.8.0, and 3.9 from the 3.9 release branch (its config
 * files last changed by KAFKA-17048 on 2024-09-18, before 3.9.0). Files with the same
 * settings across several releases are one entry, named by the first and last release.
 * Kafka 4.0 (which moved the KRaft files to `config/`) is not listed: no 4.0 tag was
 * available to read them from, and guessing would set aside a configured broker.
 */

/** `key=value` lines into a map; the values hold no `=` and no surrounding blanks. */
function settings(...lines: readonly string[]): ReadonlyMap<string, string> {
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const));
}

/** Socket settings every shipped broker file sets the same way. */
const SOCKETS = [
  'num.network.threads=3',
  'num.io.threads=8',
  'socket.send.buffer.bytes=102400',
  'socket.receive.buffer.bytes=102400',
  'socket.request.max.bytes=104857600',
];

/** Internal topics of a one-broker quickstart: added in 0.11.0.0 with transactions. */
const INTERNAL_TOPICS = ['offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1'];

const PARTITIONS = ['num.partitions=1', 'num.recovery.threads.per.data.dir=1'];
const RETENTION = ['log.retention.hours=168', 'log.segment.bytes=1073741824', 'log.retention.check.interval.ms=300000'];
/** 3.3.0 dropped log.segment.bytes from the ZooKeeper-mode file only. */
const RETENTION_WITHOUT_SEGMENT = ['log.retention.hours=168', 'log.retention.check.interval.ms=300000'];

const ZOOKEEPER_MODE = ['broker.id=0', 'log.dirs=/tmp/kafka-logs', 'zookeeper.connect=localhost:2181'];
const KRAFT_PROTOCOL_MAP = 'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL';

export interface ShippedKafkaConfig {
  /** The file in the distribution. */
  readonly file: string;
  /** The releases that ship these settings, first to last. */
  readonly releases: string;
  readonly settings: ReadonlyMap<string, string>;
}

export const KAFKA_SHIPPED_CONFIGS: readonly ShippedKafkaConfig[] = [
  {
    file: 'config/server.properties',
    releases: '0.10.0.0-0.10.2.2',
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...RETENTION, 'zookeeper.connection.timeout.ms=6000'),
  },
  {
    file: 'config/server.properties',
    releases: '0.11.0.0-2.4.1',
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION, 'zookeeper.connection.timeout.ms=6000', 'group.initial.rebalance.delay.ms=0'),
  },
  {
    file: 'config/server.properties',
    releases: '2.5.0-3.2.3',
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION, 'zookeeper.connection.timeout.ms=18000', 'group.initial.rebalance.delay.ms=0'),
  },
  {
    file: 'config/server.properties',
    releases: '3.3.0-3.9',
    settings: settings(...ZOOKEEPER_MODE, ...SOCKETS, ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION_WITHOUT_SEGMENT, 'zookeeper.connection.timeout.ms=18000', 'group.initial.rebalance.delay.ms=0'),
  },
  {
    file: 'config/kraft/server.properties',
    releases: '2.8.0-3.8.0',
    settings: settings(
      'process.roles=broker,controller', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-combined-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/server.properties',
    releases: '3.9',
    settings: settings(
      'process.roles=broker,controller', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-combined-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/reconfig-server.properties',
    releases: '3.9',
    settings: settings(
      'process.roles=broker,controller', 'node.id=1', 'controller.quorum.bootstrap.servers=localhost:9093', 'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-combined-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/broker.properties',
    releases: '2.8.0-2.8.2',
    settings: settings(
      'process.roles=broker', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://localhost:9092',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-broker-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/broker.properties',
    releases: '3.0.0-3.8.0',
    settings: settings(
      'process.roles=broker', 'node.id=2', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://localhost:9092',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-broker-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/broker.properties',
    releases: '3.9',
    settings: settings(
      'process.roles=broker', 'node.id=2', 'controller.quorum.bootstrap.servers=localhost:9093', 'listeners=PLAINTEXT://localhost:9092',
      'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092', 'controller.listener.names=CONTROLLER', KRAFT_PROTOCOL_MAP,
      ...SOCKETS, 'log.dirs=/tmp/kraft-broker-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/controller.properties',
    releases: '2.8.0-3.0.2',
    settings: settings(
      'process.roles=controller', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://:9093', 'controller.listener.names=PLAINTEXT',
      ...SOCKETS, 'log.dirs=/tmp/raft-controller-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/controller.properties',
    releases: '3.1.0-3.1.2',
    settings: settings(
      'process.roles=controller', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://:9093', 'controller.listener.names=PLAINTEXT',
      ...SOCKETS, 'log.dirs=/tmp/kraft-controller-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/controller.properties',
    releases: '3.2.0-3.8.0',
    settings: settings(
      'process.roles=controller', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=CONTROLLER://:9093', 'controller.listener.names=CONTROLLER',
      ...SOCKETS, 'log.dirs=/tmp/kraft-controller-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
  {
    file: 'config/kraft/controller.properties',
    releases: '3.9',
    settings: settings(
      'process.roles=controller', 'node.id=1', 'controller.quorum.bootstrap.servers=localhost:9093', 'listeners=CONTROLLER://:9093',
      'advertised.listeners=CONTROLLER://localhost:9093', 'controller.listener.names=CONTROLLER',
      ...SOCKETS, 'log.dirs=/tmp/kraft-controller-logs', ...PARTITIONS, ...INTERNAL_TOPICS, ...RETENTION,
    ),
  },
];
