/**
 * The settings of the conf/zoo_sample.cfg ZooKeeper ships: identical in 3.4.14,
 * 3.8.6, 3.9.5 and master (3.10.0-SNAPSHOT); the releases differ in comments only.
 * Source: apache/zookeeper conf/zoo_sample.cfg (Apache-2.0).
 */
export const ZOO_SAMPLE_SETTINGS: ReadonlyMap<string, string> = new Map([
  ['tickTime', '2000'],
  ['initLimit', '10'],
  ['syncLimit', '5'],
  ['dataDir', '/tmp/zookeeper'],
  ['clientPort', '2181'],
]);

/**
 * The settings of the config/zookeeper.properties Kafka ships for its quickstart: Kafka
 * 0.8.0 to 2.3.1 set the first three; 2.4.0 and later (ZooKeeper 3.5) add
 * admin.enableServer=false (read at every release tag from 0.8.0 to 3.8.0, and the 3.9 branch).
 * Source: apache/kafka config/zookeeper.properties (Apache-2.0).
 */
const KAFKA_ZOOKEEPER_BASE: readonly (readonly [string, string])[] = [
  ['dataDir', '/tmp/zookeeper'],
  ['clientPort', '2181'],
  ['maxClientCnxns', '0'],
];
export const KAFKA_ZOOKEEPER_SAMPLES: readonly ReadonlyMap<string, string>[] = [
  new Map(KAFKA_ZOOKEEPER_BASE),
  new Map([...KAFKA_ZOOKEEPER_BASE, ['admin.enableServer', 'false']]),
];
