import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree, site } from './support/tree.ts';
import { KAFKA_PLAIN, KAFKA_RENAMED, LEFTOVERS, TEMPLATES, ZOO_CFG, ZOOKEEPER_PLAIN, ZOOKEEPER_RENAMED } from './support/discovery-trees.ts';

// Which files are configuration (by name, by content, templates, runtime and backup files), and
// `hacheck files`, which lists every candidate with its verdict. The CLI runs in process, but on a
// terminal as users run it: the bundle in its own process on a pseudo-terminal.
const BIN = join(ROOT, 'dist/hacheck.mjs');

/** `hacheck <args>` in process (support/cli-run.ts); the terminal tests below spawn the bundle. */
function run(...args: string[]) {
  return runCli(args);
}

/** Compact findings with every path replaced by its renamed twin's, to compare a layout with its plain twin. */
async function findings(files: Record<string, string>): Promise<string> {
  return formatCompact((await lintDirectory(makeTree(files))).findings);
}

function withPaths(text: string, renames: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(renames)) out = out.split(from).join(to);
  return out;
}

test('ZooKeeper configs named zoo_1.cfg, zoo.cfg.2181 and zookeeper.properties give the findings of their zoo.cfg twin', async () => {
  const plain = await findings(ZOOKEEPER_PLAIN);
  assert.is(
    plain,
    [
      'zk3/var/lib/zookeeper/myid:1:1: error: myid "2" is the id of server.2, but zk3 is server.3 [zookeeper/myid-mismatch]',
      '  zk3/etc/zookeeper/zoo.cfg:8:1: note: zk3 is server.3=zk3:2888:3888',
      '  zk3/etc/zookeeper/zoo.cfg:7:1: note: server.2=zk2:2888:3888 belongs to another host',
      '',
    ].join('\n'),
  );
  assert.is(await findings(ZOOKEEPER_RENAMED), withPaths(plain, { 'zk3/etc/zookeeper/zoo.cfg': 'zk3/opt/kafka/config/zookeeper.properties' }));
});

test('Kafka brokers named broker-0, server1 and server_2.properties give the findings of their server-N twin; client, Connect and log4j files are not brokers', async () => {
  const plain = await findings(KAFKA_PLAIN);
  assert.is(
    plain,
    [
      'kafka/config/server-2.properties:1:11: error: broker.id "1" is also the broker.id of "kafka/config/server-1.properties", so one of the two brokers cannot register [kafka/broker-id-duplicate]',
      '  kafka/config/server-1.properties:1:11: note: broker.id is "1" here',
      'kafka/config/server-2.properties:3:10: warning: log.dirs holds "/tmp/kafka-logs-2", under a temporary directory that the system may clear [kafka/log-dirs-in-tmp]',
      '',
    ].join('\n'),
  );
  assert.is(await findings(KAFKA_RENAMED), withPaths(plain, { 'server-1.properties': 'server1.properties', 'server-2.properties': 'server_2.properties' }));
  const r = await run('files', makeTree(KAFKA_RENAMED));
  assert.is(r.code, 0);
  assert.is(r.stderr, '');
  assert.is(
    r.stdout,
    [
      'kafka/config/broker-0.properties             used: server.properties',
      'kafka/config/connect-distributed.properties  not used: not a broker configuration',
      'kafka/config/log4j.properties                not used: not a broker configuration',
      'kafka/config/producer.properties             not used: not a broker configuration',
      'kafka/config/server1.properties              used: server.properties',
      'kafka/config/server_2.properties             used: server.properties',
      '',
    ].join('\n'),
  );
});

test('renamed ZooKeeper and Kafka files: exit 1 with the defects like their plain twins, exit 0 and no output once fixed; the ZooKeeper listing', async () => {
  const compact = (files: Record<string, string>) => run('--format', 'compact', makeTree(files));
  for (const [plain, renamed] of [[ZOOKEEPER_PLAIN, ZOOKEEPER_RENAMED], [KAFKA_PLAIN, KAFKA_RENAMED]] as const) {
    assert.equal([(await compact(plain)).code, (await compact(renamed)).code], [1, 1]);
  }
  const zkClean = { ...ZOOKEEPER_RENAMED, 'zk3/var/lib/zookeeper/myid': '3\n' };
  const fixBroker = (files: Record<string, string>) =>
    Object.fromEntries(Object.entries(files).map(([p, c]) => [p, c.replace('broker.id=1\nlisteners=PLAINTEXT://:9094', 'broker.id=2\nlisteners=PLAINTEXT://:9094').replace('/tmp/kafka-logs-2', '/var/lib/kafka/logs-2')]));
  for (const clean of [zkClean, fixBroker(KAFKA_RENAMED), fixBroker(KAFKA_PLAIN)]) assert.equal(await compact(clean), { code: 0, stdout: '', stderr: '' });
  assert.is(
    (await run('files', makeTree(ZOOKEEPER_RENAMED))).stdout,
    [
      'zk1/                                       host folder of zk1, named after it',
      'zk1/etc/zookeeper/zoo_1.cfg                used: zoo.cfg, host zk1',
      'zk1/var/lib/zookeeper/myid                 used: myid, host zk1',
      'zk2/                                       host folder of zk2, named after it',
      'zk2/etc/zookeeper/zoo.cfg.2181             used: zoo.cfg, host zk2',
      'zk2/var/lib/zookeeper/myid                 used: myid, host zk2',
      'zk3/                                       host folder of zk3, named after it',
      'zk3/opt/kafka/config/zookeeper.properties  used: zoo.cfg, host zk3',
      'zk3/var/lib/zookeeper/myid                 used: myid, host zk3',
      '',
    ].join('\n'),
  );
});

test('backup copies and zoo.cfg.dynamic.next are listed as not used and change no finding', async () => {
  const dir = makeTree({ ...ZOOKEEPER_PLAIN, ...LEFTOVERS });
  assert.is(formatCompact((await lintDirectory(dir)).findings), await findings(ZOOKEEPER_PLAIN));
  const r = await run('files', dir);
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    [
      'zk1/                                    host folder of zk1, named after it',
      'zk1/etc/zookeeper/zoo.cfg               used: zoo.cfg, host zk1',
      'zk1/etc/zookeeper/zoo.cfg.bak           not used: backup file',
      'zk1/etc/zookeeper/zoo.cfg~              not used: backup file',
      'zk1/var/lib/zookeeper/myid              used: myid, host zk1',
      'zk2/                                    host folder of zk2, named after it',
      'zk2/etc/zookeeper/zoo.cfg               used: zoo.cfg, host zk2',
      'zk2/etc/zookeeper/zoo.cfg.dpkg-dist     not used: backup file',
      'zk2/etc/zookeeper/zoo.cfg.rpmsave       not used: backup file',
      'zk2/var/lib/zookeeper/myid              used: myid, host zk2',
      'zk3/                                    host folder of zk3, named after it',
      'zk3/etc/zookeeper/zoo.cfg               used: zoo.cfg, host zk3',
      'zk3/etc/zookeeper/zoo.cfg.dynamic.next  not used: runtime file',
      'zk3/etc/zookeeper/zoo.cfg.orig          not used: backup file',
      'zk3/var/lib/zookeeper/myid              used: myid, host zk3',
      'zk3/var/lib/zookeeper/myid.bak          not used: backup file',
      '',
    ].join('\n'),
  );
});

test('zoo.cfg.dynamic.next is read when a zoo.cfg names it with dynamicConfigFile', async () => {
  const zoo = 'dataDir=/var/lib/zookeeper\nclientPort=2181\ndynamicConfigFile=/etc/zookeeper/zoo.cfg.dynamic.next\n';
  const r = await run('files', '-f', 'json', makeTree({ 'zoo.cfg': zoo, 'zoo.cfg.dynamic.next': 'server.1=zk1:2888:3888\n' }));
  assert.is(r.code, 0);
  assert.equal(JSON.parse(r.stdout), {
    version: 1,
    files: [
      { path: 'zoo.cfg', used: true, kind: 'zoo.cfg', host: null },
      { path: 'zoo.cfg.dynamic.next', used: true, kind: 'zoo.cfg.dynamic', host: null },
    ],
    hostFolders: [],
  });
});

test('templates by suffix and by content are listed once as templates and change no finding', async () => {
  const dir = makeTree({ ...ZOOKEEPER_PLAIN, ...TEMPLATES });
  assert.is(formatCompact((await lintDirectory(dir)).findings), await findings(ZOOKEEPER_PLAIN));
  const r = await run('files', '--format', 'json', dir);
  assert.is(r.code, 0);
  assert.equal(JSON.parse(r.stdout).files.filter((f: { used: boolean }) => !f.used), [
    { path: 'roles/hadoop/files/core-site.xml', used: false, reason: 'template' },
    { path: 'roles/hadoop/files/workers', used: false, reason: 'template' },
    { path: 'templates/hdfs-site.xml.tmpl', used: false, reason: 'template' },
    { path: 'templates/zoo.cfg.erb', used: false, reason: 'template' },
    { path: 'templates/zoo.cfg.j2', used: false, reason: 'template' },
  ]);
});

test('placeholders in a real file are not template syntax: {{HADOOP_MAPRED_HOME}}, ${VAR} and @VAR@ files are read', async () => {
  const dir = makeTree({
    'mapred-site.xml': site({ 'mapreduce.application.classpath': '{{HADOOP_MAPRED_HOME}}/share/hadoop/mapreduce/*', 'mapreduce.jobhistory.address': '${JHS}:10020' }),
    'core-site.xml': site({ 'ha.zookeeper.quorum': '@ZK_QUORUM@' }),
  });
  const r = await run('files', dir);
  assert.is(r.stdout, 'core-site.xml    used: core-site.xml\nmapred-site.xml  used: mapred-site.xml\n');
});

test('only templates: exit 2, and the message says to render them first', async () => {
  const r = await run('--format', 'compact', makeTree(TEMPLATES));
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^hacheck: no deployed configuration file under ".*", only 5 templates \(see "hacheck files"\): render them with the real variables into a folder and lint that folder\n/);
});

test('zoo_sample.cfg as ZooKeeper ships it is a stock sample; an edited one is read', async () => {
  const stock = '# The number of milliseconds of each tick\ntickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/tmp/zookeeper\nclientPort=2181\n';
  const edited = stock.replace('/tmp/zookeeper', '/var/lib/zookeeper');
  const r = await run('files', makeTree({ 'zookeeper-3.8.4/conf/zoo_sample.cfg': stock, 'conf/zoo_sample.cfg': edited, 'conf/zoo.cfg': ZOO_CFG }));
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    ['conf/zoo.cfg                         used: zoo.cfg', 'conf/zoo_sample.cfg                  used: zoo.cfg', 'zookeeper-3.8.4/conf/zoo_sample.cfg  not used: stock sample', ''].join('\n'),
  );
});

test("Kafka's quickstart zookeeper.properties (before and after Kafka 2.4) is a stock sample; a configured one is read", async () => {
  const old = '# the directory where the snapshot is stored.\ndataDir=/tmp/zookeeper\nclientPort=2181\nmaxClientCnxns=0\n';
  const recent = `${old}admin.enableServer=false\n# admin.serverPort=8080\n`;
  const r = await run('files', makeTree({ 'kafka_2.12-2.3.1/config/zookeeper.properties': old, 'kafka_2.13-3.6.0/config/zookeeper.properties': recent, 'zk/zookeeper.properties': ZOO_CFG }));
  assert.is(
    r.stdout,
    [
      'kafka_2.12-2.3.1/config/zookeeper.properties  not used: stock sample',
      'kafka_2.13-3.6.0/config/zookeeper.properties  not used: stock sample',
      'zk/zookeeper.properties                       used: zoo.cfg',
      '',
    ].join('\n'),
  );
});

test('a *.properties or zoo*.cfg that is no server configuration is not read', async () => {
  const r = await run('files', makeTree({ 'zoo-client.cfg': 'zookeeper.connect=zk1:2181\n', 'zoo.cfg': ZOO_CFG, 'app.properties': 'bootstrap.servers=k1:9092\n' }));
  assert.is(r.stdout, ['app.properties  not used: not a broker configuration', 'zoo-client.cfg  not used: not a ZooKeeper server configuration', 'zoo.cfg         used: zoo.cfg', ''].join('\n'));
});

test('files: a format it has not is a usage error', async () => {
  const r = await run('files', '-f', 'sarif', makeTree({ 'zoo.cfg': ZOO_CFG }));
  assert.is(r.code, 2);
  assert.is(r.stderr, 'hacheck: files has no format "sarif" (expected text or json)\nRun "hacheck --help" for usage.\n');
});

/** Runs the CLI on a pseudo-terminal (util-linux `script`), as a user at a shell sees it. */
function runOnTerminal(dir: string): string {
  const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" "${dir}"`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return r.stdout.replace(/\r\n/g, '\n');
}

test('a clean run on a terminal ends with what was checked; piped and machine formats print nothing', async () => {
  const clean = { ...ZOOKEEPER_PLAIN, 'zk3/var/lib/zookeeper/myid': '3\n', 'zk1/etc/zookeeper/zoo.cfg.bak': 'x\n' };
  const dir = makeTree(clean);
  assert.is(runOnTerminal(dir), 'No problems found: 6 files, 3 hosts checked.\n');
  assert.is((await run(dir)).stdout, '');
  assert.is((await run('--format', 'stylish', dir)).stdout, '');
  assert.is((await run('--format', 'json', dir)).code, 0);
});

test('a run with findings on a terminal does not claim a clean check', () => {
  const out = runOnTerminal(makeTree(ZOOKEEPER_PLAIN));
  assert.not.match(out, /No problems found/);
  assert.match(out, /✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
});


test('a broad-name candidate that is binary or too large is set aside, not reported: only its content could make it configuration', async () => {
  const dir = makeTree({
    '.hacheckrc.json': '{ "maxFileSize": 1024 }\n',
    'zoo.cfg': ZOO_CFG,
    'data/app.properties': `key=${'x'.repeat(2000)}\n`,
    'data/zoo-state.cfg': 'dataDir=/x\0\n',
    'big/server.properties': `broker.id=1\n#${'x'.repeat(2000)}\n`,
  });
  const r = await run('--format', 'compact', dir);
  assert.is(r.stdout, 'big/server.properties:1:1: error: server.properties is 2014 bytes, over the 1024 bytes hacheck reads, so it is not checked [syntax/file-too-large]\n');
  assert.is(
    (await run('files', dir)).stdout,
    ['big/server.properties  not used: too large', 'data/app.properties    not used: too large', 'data/zoo-state.cfg     not used: binary', 'zoo.cfg                used: zoo.cfg', ''].join('\n'),
  );
});

test('a myid outside the dataDir of its host\'s zoo.cfg is read, not used: ZooKeeper never reads it; one a second zoo.cfg names is used', async () => {
  const zoo = (dataDir: string) => ZOO_CFG.replace('dataDir=/var/lib/zookeeper', `dataDir=${dataDir}`);
  const dir = makeTree({
    ...ZOOKEEPER_PLAIN,
    'zk3/var/lib/zookeeper/myid': '3\n',
    'zk1/opt/old/myid': '1\n',
    'zk2/opt/zookeeper-b/conf/zoo.cfg': zoo('/srv/zk-b'),
    'zk2/srv/zk-b/myid': '2\n',
  });
  const r = await run('files', dir);
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    [
      'zk1/                              host folder of zk1, named after it',
      'zk1/etc/zookeeper/zoo.cfg         used: zoo.cfg, host zk1',
      'zk1/opt/old/myid                  read: myid, host zk1 (not in dataDir /var/lib/zookeeper, so ZooKeeper never reads it)',
      'zk1/var/lib/zookeeper/myid        used: myid, host zk1',
      'zk2/                              host folder of zk2, named after it',
      'zk2/etc/zookeeper/zoo.cfg         used: zoo.cfg, host zk2',
      'zk2/opt/zookeeper-b/conf/zoo.cfg  used: zoo.cfg, host zk2',
      'zk2/srv/zk-b/myid                 used: myid, host zk2',
      'zk2/var/lib/zookeeper/myid        used: myid, host zk2',
      'zk3/                              host folder of zk3, named after it',
      'zk3/etc/zookeeper/zoo.cfg         used: zoo.cfg, host zk3',
      'zk3/var/lib/zookeeper/myid        used: myid, host zk3',
      '',
    ].join('\n'),
  );
  assert.equal(JSON.parse((await run('files', '-f', 'json', dir)).stdout).files[1], {
    path: 'zk1/opt/old/myid', used: false, reason: 'not in dataDir', kind: 'myid', host: 'zk1', dataDir: '/var/lib/zookeeper',
  });
});

test('a myid that is the only file of a folder named after its host, beside a shared zoo.cfg, is that host\'s mounted myid (Docker bind mounts); with a zoo.cfg of its own the folder is a snapshot and the path counts', async () => {
  const zoo = ZOO_CFG.replace('dataDir=/var/lib/zookeeper', 'dataDir=/opt/apache/zookeeper/data');
  const dir = makeTree({ 'conf/zoo.cfg': zoo, 'data/zk1/data/myid': '1\n', 'data/zk2/data/myid': '2\n', 'data/zk3/data/myid': '3\n' });
  const r = await run('files', dir);
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    [
      'conf/zoo.cfg        used: zoo.cfg',
      'data/zk1/           host folder of zk1, named after it',
      'data/zk1/data/myid  used: myid, host zk1 (the only file of its folder, read as the myid the host mounts in its dataDir)',
      'data/zk2/           host folder of zk2, named after it',
      'data/zk2/data/myid  used: myid, host zk2 (the only file of its folder, read as the myid the host mounts in its dataDir)',
      'data/zk3/           host folder of zk3, named after it',
      'data/zk3/data/myid  used: myid, host zk3 (the only file of its folder, read as the myid the host mounts in its dataDir)',
      '',
    ].join('\n'),
  );
  assert.equal(JSON.parse((await run('files', '-f', 'json', dir)).stdout).files[1], { path: 'data/zk1/data/myid', used: true, kind: 'myid', host: 'zk1', mounted: true });
  assert.is((await run('--format', 'compact', dir)).code, 0);
  // A folder that also holds the host's zoo.cfg is a copy of its file system: a myid elsewhere is misplaced.
  const snapshot = makeTree({ 'zk1/etc/zookeeper/zoo.cfg': zoo, 'zk1/data/myid': '1\n' });
  assert.match((await run('files', snapshot)).stdout, 'zk1/data/myid              read: myid, host zk1 (not in dataDir /opt/apache/zookeeper/data, so ZooKeeper never reads it)');
});

test.run();
