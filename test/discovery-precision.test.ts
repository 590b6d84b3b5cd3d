import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { buildClusters } from '../src/model/build.ts';
import { makeTree, site } from './support/tree.ts';
import { ZOO_CFG, ZOOKEEPER_PLAIN } from './support/discovery-trees.ts';
import { runCli } from './support/twin.ts';

// Files real repositories hold beside a cluster that are not its configuration, and set-ups that
// are several servers rather than competing copies: measured on public repositories
// (Confluent's sandbox, docker-compose ensembles, Spark and Flink beside Hadoop).

async function compact(files: Record<string, string>): Promise<string> {
  return formatCompact((await lintDirectory(makeTree(files))).findings);
}

/** `hacheck files` lines, the column padding reduced to two spaces. */
async function listing(files: Record<string, string>): Promise<string[]> {
  const r = await runCli(['files', makeTree(files)]);
  assert.is(r.code, 0, r.stderr);
  return r.stdout.trimEnd().split('\n').map((l) => l.replace(/ {2,}/, '  '));
}

test('Confluent Control Center, Schema Registry and Presto properties are not Kafka brokers', async () => {
  assert.equal(
    (await listing({
      ...ZOOKEEPER_PLAIN,
      'control-center/control-center.properties': 'bootstrap.servers=kafka1:9092\nzookeeper.connect=zk1:2181\nconfluent.controlcenter.data.dir=/tmp/cc\n',
      'schema-registry/schema-registry.properties': 'listeners=http://0.0.0.0:8081\nkafkastore.bootstrap.servers=PLAINTEXT://kafka1:9092\n',
      'presto/etc/node.properties': 'node.environment=production\nnode.id=presto-master\nnode.data-dir=/var/presto/data\n',
    })).filter((l) => !l.startsWith('zk')),
    [
      'control-center/control-center.properties  not used: not a broker configuration',
      'presto/etc/node.properties  not used: not a broker configuration',
      'schema-registry/schema-registry.properties  not used: not a broker configuration',
    ],
  );
});

test('Spark, Flink and Ansible files named workers or slaves are not Hadoop\'s: the DataNodes are Hadoop\'s list', async () => {
  const hadoop = {
    'hadoop/etc/hadoop/workers': 'dn1\ndn2\ndn3\n',
    'hadoop/etc/hadoop/hdfs-site.xml': site({ 'dfs.replication': '3' }),
  };
  const others = {
    'spark/conf/workers': 'worker3\n',
    'flink-1.17/conf/workers': 'localhost\n',
    'ansible/group_vars/slaves': 'spark_version: 1.2.0\nkafka_version: 0.8.2.2\n',
    'inventory/slaves': '[slaves]\ndn1\n',
  };
  assert.is(await compact({ ...hadoop, ...others }), await compact(hadoop));
  assert.is(await compact(hadoop), '');
  assert.equal(await listing({ ...hadoop, ...others }), [
    'ansible/group_vars/slaves  not used: not a Hadoop host list: in group_vars/, another product\'s',
    'flink-1.17/conf/workers  not used: not a Hadoop host list: in flink-1.17/, another product\'s',
    'hadoop/etc/hadoop/hdfs-site.xml  used: hdfs-site.xml',
    'hadoop/etc/hadoop/workers  used: workers',
    'inventory/slaves  not used: not a Hadoop host list: not one host per line',
    'spark/conf/workers  not used: not a Hadoop host list: in spark/, another product\'s',
  ]);
});

test('two different copies of one shared zoo.cfg: the first in path order is used, the other listed and reported', async () => {
  const other = ZOO_CFG.replace('initLimit=10', 'initLimit=5');
  const files = { ...ZOOKEEPER_PLAIN, 'conf/zoo.cfg': ZOO_CFG, 'docker/zoo.cfg': other };
  assert.equal((await listing(files)).filter((l) => !l.startsWith('zk')), ['conf/zoo.cfg  used: zoo.cfg', 'docker/zoo.cfg  not used: another copy is used: conf/zoo.cfg']);
  const r = await runCli(['--format', 'compact', makeTree(files)]);
  assert.is(
    r.stdout.split('\n').filter((l) => l.includes('competing-copies')).join('\n'),
    'docker/zoo.cfg:1:1: warning: this zoo.cfg differs from "conf/zoo.cfg", which hacheck reads as the copy every host shares (the first in path order); this one is checked only on its own [cluster/competing-copies]',
  );
});

test('two workers files that list the same hosts are one list, whatever their blank lines', async () => {
  const out = await compact({ 'conf/workers': 'dn1\ndn2\n', 'etc/hadoop/workers': '# DataNodes\ndn1\n\ndn2' });
  assert.is(out, '');
});

/** One ZooKeeper server of a pseudo-cluster on one machine: its own port and data. */
function instance(n: number): string {
  return ZOO_CFG.replace('dataDir=/var/lib/zookeeper', `dataDir=/var/lib/zookeeper/${n}`)
    .replace('clientPort=2181', `clientPort=218${n}`)
    .replace(/server\.(\d)=zk\d:2888:3888/g, (_, id: string) => `server.${id}=localhost:${2887 + Number(id)}:${3887 + Number(id)}`);
}

test('a pseudo-cluster in per-instance folders (zoo1/zoo.cfg, zoo2/zoo.cfg) is three servers, not competing copies', async () => {
  const files = { 'cluster_conf/zoo1/zoo.cfg': instance(1), 'cluster_conf/zoo2/zoo.cfg': instance(2), 'cluster_conf/zoo3/zoo.cfg': instance(3) };
  assert.is(await compact(files), '');
  assert.equal(await listing(files), [
    'cluster_conf/zoo1/zoo.cfg  used: zoo.cfg',
    'cluster_conf/zoo2/zoo.cfg  used: zoo.cfg',
    'cluster_conf/zoo3/zoo.cfg  used: zoo.cfg',
  ]);
});

test('per-server copies with the own-line 0.0.0.0 idiom are each server\'s file, not competing copies', async () => {
  const own = (n: number) => ZOO_CFG.replace(`server.${n}=zk${n}:`, `server.${n}=0.0.0.0:`);
  const files = { 'node-a/zoo.cfg': own(1), 'node-b/zoo.cfg': own(2), 'node-c/zoo.cfg': own(3) };
  assert.not.match(await compact(files), /competing-copies/);
  assert.equal((await buildClusters(makeTree(files))).map((c) => c.name), ['.']);
});

test('two ensembles that share only the wildcard address are two set-ups', async () => {
  const own1 = ZOO_CFG.replace('server.1=zk1:', 'server.1=0.0.0.0:');
  const other = own1.replace(/zk(\d)/g, 'db$1');
  assert.equal((await buildClusters(makeTree({ 'ensemble-a/zoo.cfg': own1, 'ensemble-b/zoo.cfg': other }))).map((c) => c.name), ['ensemble-a', 'ensemble-b']);
});

test('Kafka\'s bundled ZooKeeper configuration copied per instance (zookeeper1.properties) is read as a ZooKeeper server\'s', async () => {
  assert.equal(
    await listing({
      'kafka1/zookeeper1.properties': ZOO_CFG,
      'kafka1/zookeeper2.properties': ZOO_CFG.replace('clientPort=2181', 'clientPort=2182').replace('dataDir=/var/lib/zookeeper', 'dataDir=/var/lib/zookeeper2'),
      'kafka1/zookeeper-log4j.properties': 'log4j.rootLogger=INFO, stdout\n',
    }),
    [
      'kafka1/zookeeper-log4j.properties  not used: not a ZooKeeper server configuration',
      'kafka1/zookeeper1.properties  used: zoo.cfg',
      'kafka1/zookeeper2.properties  used: zoo.cfg',
    ],
  );
});

test('a broker\'s folder named like its advertised listener is its host folder', async () => {
  const broker = (n: number) => `broker.id=${n}\nlisteners=PLAINTEXT://0.0.0.0:9092\nadvertised.listeners=PLAINTEXT://kafka${n}:9092\nlog.dirs=/var/lib/kafka\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n`;
  const lines = await listing({ 'kafka1/server.properties': broker(1), 'kafka2/server.properties': broker(2) });
  assert.equal(lines, [
    'kafka1/  host folder of kafka1, named after it',
    'kafka1/server.properties  used: server.properties, host kafka1',
    'kafka2/  host folder of kafka2, named after it',
    'kafka2/server.properties  used: server.properties, host kafka2',
  ]);
});

test('KRaft samples beside a ZooKeeper-mode server.properties are not run: set aside, and no node.id of theirs is compared', async () => {
  const zkMode = (n: number) => `broker.id=${n}\nlisteners=PLAINTEXT://:9092\nadvertised.listeners=PLAINTEXT://kafka${n}:9092\nlog.dirs=/var/lib/kafka/data\nzookeeper.connect=zk1:2181,zk2:2181,zk3:2181\n`;
  const kraft = 'process.roles=broker,controller\nnode.id=1\ncontroller.quorum.voters=1@localhost:9093\nlog.dirs=/tmp/kraft-combined-logs\n';
  const tree = {
    'kafka1/server.properties': zkMode(1),
    'kafka1/kraft/server.properties': kraft,
    'kafka2/server.properties': zkMode(2),
    'kafka2/kraft/server.properties': kraft,
    'kafka3/server.properties': zkMode(3),
  };
  assert.equal((await listing(tree)).filter((l) => l.includes('kraft')), [
    'kafka1/kraft/server.properties  not used: KRaft sample beside the ZooKeeper-mode kafka1/server.properties',
    'kafka2/kraft/server.properties  not used: KRaft sample beside the ZooKeeper-mode kafka2/server.properties',
  ]);
  assert.equal(await runCli(['--format', 'compact', makeTree(tree)]), { code: 0, stdout: '', stderr: '' });
  // A KRaft file alone, or edited for real controllers, is what runs.
  assert.equal(await listing({ 'kafka1/kraft/server.properties': kraft }), ['kafka1/kraft/server.properties  used: server.properties']);
  const real = kraft.replace('1@localhost:9093', '1@ctl1:9093,2@ctl2:9093,3@ctl3:9093');
  assert.equal((await listing({ 'kafka1/server.properties': zkMode(1), 'kafka1/kraft/server.properties': real })).filter((l) => l.includes('kraft')), ['kafka1/kraft/server.properties  used: server.properties, host kafka1']);
});

test('a repository that is an unpacked Kafka release: its config/ samples are stock samples', async () => {
  const tree = {
    'config/connect-standalone.properties': 'bootstrap.servers=localhost:9092\n',
    'config/connect-distributed.properties': 'bootstrap.servers=localhost:9092\ngroup.id=connect-cluster\n',
    'config/tools-log4j.properties': 'log4j.rootLogger=WARN, stderr\n',
    'config/kraft/broker.properties': KRAFT_BROKER_2_8,
  };
  assert.equal((await listing(tree)).filter((l) => l.includes('kraft')), ['config/kraft/broker.properties  not used: stock sample']);
  // The same sample alone, without the distribution's other files, is what someone deployed.
  assert.equal(await listing({ 'config/kraft/broker.properties': KRAFT_BROKER_2_8 }), ['config/kraft/broker.properties  used: server.properties']);
});

/** apache/kafka 2.8.0 config/kraft/broker.properties, comments left out. */
const KRAFT_BROKER_2_8 = [
  'process.roles=broker', 'node.id=1', 'controller.quorum.voters=1@localhost:9093', 'listeners=PLAINTEXT://localhost:9092',
  'inter.broker.listener.name=PLAINTEXT', 'advertised.listeners=PLAINTEXT://localhost:9092', 'controller.listener.names=CONTROLLER',
  'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL',
  'num.network.threads=3', 'num.io.threads=8', 'socket.send.buffer.bytes=102400', 'socket.receive.buffer.bytes=102400', 'socket.request.max.bytes=104857600',
  'log.dirs=/tmp/kraft-broker-logs', 'num.partitions=1', 'num.recovery.threads.per.data.dir=1',
  'offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1',
  'log.retention.hours=168', 'log.segment.bytes=1073741824', 'log.retention.check.interval.ms=300000', '',
].join('\n');

test.run();
