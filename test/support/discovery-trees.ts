/**
 * Clusters for the discovery tests (test/files.test.ts): each layout under other
 * names beside its plain twin, both with the same injected defects.
 */
import { site } from './tree.ts';
import { ZOO_HOUSEKEEPING } from './zoo-housekeeping.ts';

/** A three-server ensemble (its housekeeping keys last); zk3's myid says 2 (the injected defect). */
export const ZOO_CFG = [
  'tickTime=2000', 'initLimit=10', 'syncLimit=5', 'dataDir=/var/lib/zookeeper', 'clientPort=2181',
  'server.1=zk1:2888:3888', 'server.2=zk2:2888:3888', 'server.3=zk3:2888:3888', '',
].join('\n') + ZOO_HOUSEKEEPING;

const MYIDS: Record<string, string> = {
  'zk1/var/lib/zookeeper/myid': '1\n',
  'zk2/var/lib/zookeeper/myid': '2\n',
  'zk3/var/lib/zookeeper/myid': '2\n',
};

/** ZooKeeper configs as zoo.cfg in each host folder. */
export const ZOOKEEPER_PLAIN: Record<string, string> = {
  'zk1/etc/zookeeper/zoo.cfg': ZOO_CFG,
  'zk2/etc/zookeeper/zoo.cfg': ZOO_CFG,
  'zk3/etc/zookeeper/zoo.cfg': ZOO_CFG,
  ...MYIDS,
};

/** The same ensemble under the names operators use: zoo_1.cfg, zoo.cfg.2181, Kafka's zookeeper.properties. */
export const ZOOKEEPER_RENAMED: Record<string, string> = {
  'zk1/etc/zookeeper/zoo_1.cfg': ZOO_CFG,
  'zk2/etc/zookeeper/zoo.cfg.2181': ZOO_CFG,
  'zk3/opt/kafka/config/zookeeper.properties': ZOO_CFG,
  ...MYIDS,
};

function broker(id: number, port: number): string {
  // Brokers 1 and 2 share broker.id 1 (the injected defect); broker 2 keeps its logs in /tmp.
  const brokerId = id === 2 ? 1 : id;
  const logs = id === 2 ? '/tmp/kafka-logs-2' : `/var/lib/kafka/logs-${id}`;
  // Internal topics on one replica, as a quickstart on one machine sets them (kafka/internal-topic-replication).
  const internalTopics = ['offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1'];
  return [`broker.id=${brokerId}`, `listeners=PLAINTEXT://:${port}`, `log.dirs=${logs}`, 'zookeeper.connect=zk1:2181,zk2:2181,zk3:2181', ...internalTopics, ''].join('\n');
}

/** Three brokers on one machine, as Kafka's quickstart names them. */
export const KAFKA_PLAIN: Record<string, string> = {
  'kafka/config/server-0.properties': broker(0, 9092),
  'kafka/config/server-1.properties': broker(1, 9093),
  'kafka/config/server-2.properties': broker(2, 9094),
};

/** The same brokers under other names, beside the client, Connect and log4j files a Kafka config folder holds. */
export const KAFKA_RENAMED: Record<string, string> = {
  'kafka/config/broker-0.properties': broker(0, 9092),
  'kafka/config/server1.properties': broker(1, 9093),
  'kafka/config/server_2.properties': broker(2, 9094),
  'kafka/config/producer.properties': 'bootstrap.servers=localhost:9092\ncompression.type=none\n',
  'kafka/config/connect-distributed.properties': 'bootstrap.servers=localhost:9092\ngroup.id=connect-cluster\nlisteners=HTTP://:8083\n',
  'kafka/config/log4j.properties': 'log4j.rootLogger=INFO, stdout\n',
};

/** Copies and run-time files beside the plain ensemble: none of them is read, whatever they hold. */
export const LEFTOVERS: Record<string, string> = {
  'zk1/etc/zookeeper/zoo.cfg.bak': 'server.1=zk1:2888\n',
  'zk1/etc/zookeeper/zoo.cfg~': 'server.1=zk1:2888\n',
  'zk2/etc/zookeeper/zoo.cfg.rpmsave': 'server.1=zk1:2888\n',
  'zk2/etc/zookeeper/zoo.cfg.dpkg-dist': 'server.1=zk1:2888\n',
  'zk3/etc/zookeeper/zoo.cfg.orig': 'server.1=zk1:2888\n',
  'zk3/etc/zookeeper/zoo.cfg.dynamic.next': 'server.1=zk9:2888\n',
  'zk3/var/lib/zookeeper/myid.bak': '7\n',
};

/** Templates of recognised files, by suffix and by content. */
export const TEMPLATES: Record<string, string> = {
  'templates/zoo.cfg.j2': 'server.1={{ zk_hosts[0] }}:2888:3888\n',
  'templates/zoo.cfg.erb': 'server.1=<%= @zk1 %>:2888:3888\n',
  'templates/hdfs-site.xml.tmpl': site({ 'dfs.nameservices': '{{ ns }}' }),
  'roles/hadoop/files/core-site.xml': site({ 'fs.defaultFS': 'hdfs://{{ nameservice }}' }),
  'roles/hadoop/files/workers': '{% for h in groups.workers %}\n{{ h }}\n{% endfor %}\n',
};
