import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCluster } from '../src/model/build.ts';
import { makeTree, site } from './support/tree.ts';

const ZOO = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
const HDFS = site({
  'dfs.nameservices': 'ns',
  'dfs.ha.namenodes.ns': 'nn1, nn2',
  'dfs.namenode.rpc-address.ns.nn1': 'nn1.example.com:8020',
  'dfs.namenode.rpc-address.ns.nn2': 'nn2.example.com:8020',
  'dfs.namenode.shared.edits.dir': 'qjournal://zk1:8485;zk2:8485;zk3:8485/ns',
  'dfs.ha.automatic-failover.enabled': 'true',
});

test('per-host snapshots: top-level folders named like configured hosts are host folders', async () => {
  const dir = makeTree({
    'zk1/etc/zookeeper/zoo.cfg': ZOO,
    'zk1/var/lib/zookeeper/myid': '1\n',
    'zk1/opt/old/myid': '9\n',
    'nn1/etc/hadoop/hdfs-site.xml': HDFS,
    'notes/zoo.cfg': ZOO,
  });
  const c = await buildCluster(dir);
  assert.equal(c.files.map((f) => [f.path, f.host]), [
    ['nn1/etc/hadoop/hdfs-site.xml', 'nn1.example.com'],
    ['notes/zoo.cfg', undefined],
    ['zk1/etc/zookeeper/zoo.cfg', 'zk1'],
    ['zk1/opt/old/myid', 'zk1'],
    ['zk1/var/lib/zookeeper/myid', 'zk1'],
  ]);
  const zk1 = c.hosts.find((h) => h.name === 'zk1')!;
  assert.is(zk1.folder, 'zk1');
  assert.is(zk1.myid?.path, 'zk1/var/lib/zookeeper/myid');
  assert.equal(zk1.strayMyids.map((m) => m.path), ['zk1/opt/old/myid']);
  assert.is(zk1.zooServer?.id.value, '1');
  // zk2 has no folder: it uses the shared zoo.cfg, and has no myid to check.
  const zk2 = c.hosts.find((h) => h.name === 'zk2')!;
  assert.is(zk2.folder, undefined);
  assert.is(zk2.zoo?.path, 'notes/zoo.cfg');
  assert.is(c.hasHostFolders, true);
});

test('roles and ports come from the host\'s own configuration, default ports counted', async () => {
  const dir = makeTree({ 'conf/hdfs-site.xml': HDFS, 'conf/zoo.cfg': ZOO, 'conf/workers': 'zk1\nzk2\n' });
  const c = await buildCluster(dir);
  const roles = Object.fromEntries(c.hosts.map((h) => [h.name, h.roles.map((r) => r.role).join(',')]));
  assert.equal(roles, {
    'nn1.example.com': 'NameNode,ZKFC',
    'nn2.example.com': 'NameNode,ZKFC',
    zk1: 'JournalNode,DataNode,ZooKeeper',
    zk2: 'JournalNode,DataNode,ZooKeeper',
    zk3: 'JournalNode,ZooKeeper',
  });
  const zk1 = c.hosts.find((h) => h.name === 'zk1')!;
  assert.equal(zk1.ports.map((p) => `${p.daemon}:${p.purpose}=${p.port}${p.isDefault ? '*' : ''}`), [
    'JournalNode:rpc-address=8485*',
    'JournalNode:http-address=8480*',
    'DataNode:dfs.datanode.address=9866*',
    'DataNode:dfs.datanode.ipc.address=9867*',
    'DataNode:dfs.datanode.http.address=9864*',
    'ZooKeeper:clientPort=2181',
    'ZooKeeper:quorum port=2888',
    'ZooKeeper:election port=3888',
    'ZooKeeper:admin.serverPort=8080*',
  ]);
  assert.equal(c.confs[0]!.hdfs.nameservices[0]!.namenodes.map((n) => n.id.value), ['nn1', 'nn2']);
});

test('identical copies share one configuration; a drifted copy is its own', async () => {
  const other = HDFS.replace('nn2.example.com:8020', 'nn2.example.com:8021');
  const dir = makeTree({
    'nn1/etc/hadoop/hdfs-site.xml': HDFS,
    'nn2/etc/hadoop/hdfs-site.xml': HDFS,
    'zk1/etc/hadoop/hdfs-site.xml': other,
  });
  const c = await buildCluster(dir);
  assert.equal(c.confs.map((x) => [x.files.map((f) => f.path), x.hosts]), [
    [['nn1/etc/hadoop/hdfs-site.xml'], ['nn1.example.com', 'nn2.example.com']],
    [['zk1/etc/hadoop/hdfs-site.xml'], ['zk1']],
  ]);
  assert.is(c.distinctFiles.length, 2);
});

test('effective configuration: core-site then hdfs-site, final wins, ${var} expanded from sites and defaults', async () => {
  const dir = makeTree({
    'core-site.xml': site({ 'hadoop.tmp.dir': '/data/tmp', 'a.b': 'x' }).replace('<value>x</value>', '<value>x</value><final>true</final>'),
    'hdfs-site.xml': site({ 'a.b': 'y', 'dfs.namenode.name.dir': '${hadoop.tmp.dir}/nn', 'p': '${user.name}-${NOPE}', 'q': ' ${a.b} ' }),
  });
  const c = await buildCluster(dir);
  const e = c.confs[0]!.effective;
  assert.is(e['a.b']!.value, 'x');
  assert.is(e['dfs.namenode.name.dir']!.value, '/data/tmp/nn');
  assert.is(e['p']!.value, '${user.name}-${NOPE}');
  assert.equal(e['p']!.unresolved, ['NOPE']);
  assert.is(e['q']!.value, 'x');
  assert.is(e['q']!.raw, ' ${a.b} ');
  assert.is(c.confs[0]!.definitions.length, 6);
});

test('${var} expansion stays bounded as in Hadoop: a self-reference is kept as written, a loop stops after 20 substitutions', async () => {
  // Found by the fuzzer: expanded in 20 rounds of replace-all, ${self}${self}${self} grew to 3^20 copies (out of memory).
  const dir = makeTree({
    'core-site.xml': site({ 'self': '${self}${self}${self}', 'loop.a': '${loop.b},${loop.b},${loop.b}', 'loop.b': '${loop.a}' }),
  });
  const e = (await buildCluster(dir)).confs[0]!.effective;
  assert.is(e['self']!.value, '${self}${self}${self}');
  assert.equal(e['self']!.unresolved, []);
  // Leftmost first: ${loop.b} -> ${loop.a} -> three ${loop.b}, so two more references every two substitutions.
  assert.is(e['loop.a']!.value, Array(3 + 20).fill('${loop.b}').join(','));
  assert.equal(e['loop.a']!.unresolved, []);
});

test('versions: from folder names, else workers/slaves, else assumed newest', async () => {
  const a = await buildCluster(makeTree({ 'opt/hadoop-2.7.7/etc/hadoop/core-site.xml': site({}), 'opt/zookeeper-3.4.14/conf/zoo.cfg': ZOO }));
  assert.equal([a.hadoopVersion.label, a.hadoopVersion.source, a.zookeeperVersion.label, a.zookeeperVersion.source], ['2.7.7', 'path', '3.4.14', 'path']);
  const b = await buildCluster(makeTree({ 'conf/slaves': 'dn1\n', 'conf/zoo.cfg': 'server.1=a:1:2;2181\n' }));
  assert.equal([b.hadoopVersion.major, b.hadoopVersion.source, b.zookeeperVersion.label, b.zookeeperVersion.source], [2, 'evidence', '3.5+', 'evidence']);
  const c = await buildCluster(makeTree({ 'conf/core-site.xml': site({}) }));
  assert.equal([c.hadoopVersion.label, c.hadoopVersion.source, c.zookeeperVersion.source], ['3.4', 'assumed', 'assumed']);
});

test('an empty directory builds an empty model', async () => {
  const c = await buildCluster(makeTree({}));
  assert.equal([c.files.length, c.hosts.length, c.confs.length], [0, 0, 0]);
});

test.run();
