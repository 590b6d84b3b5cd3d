import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { distinctFindings, places, withoutPlaces } from './support/layout-findings.ts';
import { makeTree, site } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';

// fixtures/layouts/compose-hadoop-bde(-defects): an HDFS HA cluster of big-data-europe images
// (two NameNodes, three JournalNodes on hadoop-base, three DataNodes) with three official
// `zookeeper:3.8.4` servers; the shared site settings in hadoop.env (env_file), each NameNode's
// dfs.ha.namenode.id and each DataNode's dfs.datanode.hostname in its service's environment.
// The plain twin is the same cluster as host folders, written out here by hand, not with
// hacheck's code: big-data-europe/docker-hadoop base/entrypoint.sh `configure` appends a
// property to /etc/hadoop/<module>-site.xml for each CORE_CONF_/HDFS_CONF_ variable (`___` -> `-`,
// `__` -> `_`, `_` -> `.`), and with MULTIHOMED_NETWORK=1 (the base Dockerfile's ENV) adds the
// six HDFS bind-host/use-hostname properties below (its YARN and MAPRED bind hosts go to
// yarn-site.xml and mapred-site.xml, which no daemon of this cluster reads: left out); the
// ZooKeeper files are what docker-entrypoint.sh writes (see test/compose-layout.test.ts).
const LAYOUTS = join(ROOT, 'fixtures/layouts');

const ZOO_CFG =
  'dataDir=/data\ndataLogDir=/datalog\ntickTime=2000\ninitLimit=5\nsyncLimit=2\nautopurge.snapRetainCount=3\n' +
  'autopurge.purgeInterval=24\nmaxClientCnxns=60\nstandaloneEnabled=true\nadmin.enableServer=true\n' +
  'server.1=zoo1:2888:3888;2181\nserver.2=zoo2:2888:3888;2181\nserver.3=zoo3:2888:3888;2181\n4lw.commands.whitelist=srvr,ruok,mntr\n';

const MULTIHOMED = {
  'dfs.namenode.rpc-bind-host': '0.0.0.0',
  'dfs.namenode.servicerpc-bind-host': '0.0.0.0',
  'dfs.namenode.http-bind-host': '0.0.0.0',
  'dfs.namenode.https-bind-host': '0.0.0.0',
  'dfs.client.use.datanode.hostname': 'true',
  'dfs.datanode.use.datanode.hostname': 'true',
};

function siteFiles(defects: boolean, own: Record<string, string>): { core: string; hdfs: string } {
  const core = site({ 'fs.defaultFS': 'hdfs://dc1', 'ha.zookeeper.quorum': `zoo1:2181,zoo2:2181,zoo3:${defects ? 2182 : 2181}` });
  const hdfs = site({
    'dfs.replication': '3',
    'dfs.namenode.name.dir': 'file:///hadoop/dfs/name',
    'dfs.datanode.data.dir': 'file:///hadoop/dfs/data',
    'dfs.journalnode.edits.dir': '/hadoop/dfs/journal',
    'dfs.nameservices': 'dc1',
    'dfs.ha.namenodes.dc1': 'nn1,nn2',
    'dfs.namenode.rpc-address.dc1.nn1': 'namenode1:8020',
    ...(defects ? {} : { 'dfs.namenode.rpc-address.dc1.nn2': 'namenode2:8020' }),
    'dfs.namenode.http-address.dc1.nn1': 'namenode1:9870',
    'dfs.namenode.http-address.dc1.nn2': 'namenode2:9870',
    'dfs.namenode.shared.edits.dir': 'qjournal://journalnode1:8485;journalnode2:8485;journalnode3:8485/dc1',
    'dfs.client.failover.proxy.provider.dc1': 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider',
    'dfs.ha.fencing.methods': 'shell(/bin/true)',
    [defects ? 'dfs.ha.automatic.failover.enabled' : 'dfs.ha.automatic-failover.enabled']: 'true',
    ...own,
    ...MULTIHOMED,
  });
  return { core, hdfs };
}

function plainTwin(defects: boolean): string {
  const files: Record<string, string> = {};
  for (const id of [1, 2, 3]) {
    files[`zoo${id}/conf/zoo.cfg`] = ZOO_CFG;
    files[`zoo${id}/data/myid`] = `${defects && id === 3 ? 2 : id}\n`;
  }
  const hosts: [string, Record<string, string>][] = [
    ['journalnode1', {}], ['journalnode2', {}], ['journalnode3', {}],
    ['namenode1', { 'dfs.ha.namenode.id': 'nn1' }], ['namenode2', { 'dfs.ha.namenode.id': 'nn2' }],
    ['datanode1', { 'dfs.datanode.hostname': 'datanode1' }], ['datanode2', { 'dfs.datanode.hostname': 'datanode2' }], ['datanode3', { 'dfs.datanode.hostname': 'datanode3' }],
  ];
  for (const [host, own] of hosts) {
    const { core, hdfs } = siteFiles(defects, own);
    files[`${host}/etc/hadoop/core-site.xml`] = core;
    files[`${host}/etc/hadoop/hdfs-site.xml`] = hdfs;
  }
  // No file of the cluster names the DataNodes (the images write no workers file): the twin says
  // which host each folder is, as a user does, where the layout has its services' names.
  files['.hacheckrc.json'] = JSON.stringify({ hosts: { datanode1: 'datanode1', datanode2: 'datanode2', datanode3: 'datanode3' } });
  return makeTree(files);
}

test('compose-hadoop-bde-defects gives the findings of its plain twin, each at the compose or env line that set the value, and exit 1', async () => {
  const twin = plainTwin(true);
  try {
    const plain = await lintCompact(twin);
    const compose = await lintCompact(join(LAYOUTS, 'compose-hadoop-bde-defects'));
    assert.equal([compose.code, compose.stderr, plain.code], [1, '', 1]);
    assert.equal(distinctFindings(compose.stdout), distinctFindings(plain.stdout));
    assert.equal(withoutPlaces(compose.stdout), [
      'error: myid "2" is the id of server.2, but zoo3 is server.3 [zookeeper/myid-mismatch]',
      '  note: zoo3 is server.3=zoo3:2888:3888;2181',
      '  note: server.2=zoo2:2888:3888;2181 belongs to another host',
      'warning: ha.zookeeper.quorum is set but automatic failover is off for "dc1": no ZKFC runs, so no NameNode becomes active without hdfs haadmin [hdfs/quorum-without-automatic-failover]',
      '  note: dfs.ha.automatic-failover.enabled is not set (default "false")',
      'error: ha.zookeeper.quorum connects to "zoo3" on port "2182", but the ensemble\'s client port is 2181 [cluster/zookeeper-quorum-mismatch]',
      '  note: server.3 serves clients on port "2181"',
      'error: NameNode "nn2" has no dfs.namenode.rpc-address.dc1.nn2, so it is skipped [hdfs/namenode-address-missing]',
      'error: dfs.namenode.shared.edits.dir is "qjournal://journalnode1:8485;journalnode2:8485;journalnode3:8485/dc1" but HA is not enabled (no nameservice has two NameNodes in dfs.ha.namenodes.<ns> with a dfs.namenode.rpc-address): the NameNode refuses to format or start [hdfs/shared-edits-without-ha]',
      '  note: dfs.ha.namenodes.dc1 lists 2 NameNodes but only one has a dfs.namenode.rpc-address.dc1.<nn>',
      'error: "dfs.ha.automatic.failover.enabled" is not a Hadoop property; "dfs.ha.automatic-failover.enabled" is meant and is not set, so Hadoop uses its default "false" [hadoop/misspelled-critical-property]',
      '',
    ].join('\n'));
    assert.equal(places(compose.stdout), [
      'docker-compose.yml:33:18',
      'docker-compose.yml:34:78',
      'docker-compose.yml:34:49',
      'hadoop.env:3:31',
      'docker-compose.yml:54:3',
      'hadoop.env:3:56',
      'docker-compose.yml:18:102',
      'hadoop.env:9:36',
      'hadoop.env:13:41',
      'hadoop.env:9:32',
      'hadoop.env:16:11',
    ]);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('compose-hadoop-bde, the clean twin: exit 0 and no output, as its plain twin', async () => {
  const twin = plainTwin(false);
  try {
    for (const dir of [join(LAYOUTS, 'compose-hadoop-bde'), twin]) assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' }, dir);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('hacheck files names the compose file, hadoop.env and, for each service, the files its image writes and where', async () => {
  const run = await runCli(['files', join(LAYOUTS, 'compose-hadoop-bde')]);
  assert.equal([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, [
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zoo1, host zoo1',
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zoo2, host zoo2',
    'docker-compose.yml  used: zoo.cfg at /conf/zoo.cfg, myid at /data/myid, written by the zookeeper image from the environment; service zoo3, host zoo3',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service journalnode1, host journalnode1',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service journalnode2, host journalnode2',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service journalnode3, host journalnode3',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service namenode1, host namenode1',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service namenode2, host namenode2',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service datanode1, host datanode1',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service datanode2, host datanode2',
    'docker-compose.yml  used: core-site.xml at /etc/hadoop/core-site.xml, hdfs-site.xml at /etc/hadoop/hdfs-site.xml, written by the big-data-europe image from the environment; service datanode3, host datanode3',
    'docker-compose.yml  used: compose file of services zoo1, zoo2, zoo3, journalnode1, journalnode2, journalnode3, namenode1, namenode2, datanode1, datanode2, datanode3',
    'hadoop.env          used: env file for services journalnode1, journalnode2, journalnode3, namenode1, namenode2, datanode1, datanode2, datanode3',
    '',
  ].join('\n'));
});

test.run();
