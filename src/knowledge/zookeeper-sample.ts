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
