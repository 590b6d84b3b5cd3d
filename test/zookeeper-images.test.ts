import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { zookeeperImageTranslation } from '../src/containers/images/zookeeper-images.ts';
import type { GeneratedFile, ImageTranslation } from '../src/containers/images/types.ts';
import { parseMyid } from '../src/parse/line-files.ts';
import { parseZooCfg } from '../src/parse/zoo-cfg.ts';
import type { Span } from '../src/text/span.ts';
import { composeSource, serviceFrom } from './support/container-service.ts';

const at = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
const nothingMounted = () => false;

function file(t: ImageTranslation | undefined, kind: GeneratedFile['kind']): GeneratedFile & { text: unknown } {
  const f = t?.files.find((x) => x.kind === kind);
  if (!f || !('text' in f)) throw new Error(`no ${kind}`);
  return f;
}

/** Each entry as `key=value key@span value@span`. */
function entries(f: GeneratedFile): string[] {
  if (!('text' in f)) throw new Error('not a text file');
  return parseZooCfg(f.text).entries.map((e) => `${e.key.value}=${e.value.value} ${at(e.key.span)} ${at(e.value.span)}`);
}

/** Each server line as `id host@span quorum@span election@span client@span`. */
function servers(f: GeneratedFile): string[] {
  if (!('text' in f)) throw new Error('not a text file');
  return parseZooCfg(f.text).servers.map((s) => {
    const a = s.addresses[0]!;
    return [s.id.value, `${a.host.value}@${at(a.host.span)}`, `${a.quorumPort!.value}@${at(a.quorumPort!.span)}`, `${a.electionPort!.value}@${at(a.electionPort!.span)}`, s.client ? `${s.client.port.value}@${at(s.client.port.span)}` : '-'].join(' ');
  });
}

function myid(f: GeneratedFile): string {
  if (!('text' in f)) throw new Error('not a text file');
  const line = parseMyid(f.text).firstLine;
  return `${line.value} ${at(line.span)}`;
}

const notes = (t: ImageTranslation | undefined) => t!.notes.map((n) => `${at(n.span)} ${n.message}`);

// The shape of KokoiRuby/docker zookeeper/compose.yaml (official image, 3.5+ server lines).
const OFFICIAL = composeSource(`services:
  zk1:
    image: zookeeper:3.8
    environment:
      ZOO_MY_ID: 1
      ZOO_SERVERS: server.1=zk1:2888:3888;2181 server.2=zk2:2888:3888;2181
      ZOO_4LW_COMMANDS_WHITELIST: "*"
      ZOO_CFG_EXTRA: secureClientPort=2281 sslQuorum=true
      ZOO_TICK_TIME: 3000
`);

test('official image: zoo.cfg from the variables and the Dockerfile defaults, myid from ZOO_MY_ID', () => {
  const service = serviceFrom(OFFICIAL, 'zk1', ['ZOO_MY_ID', 'ZOO_SERVERS', 'ZOO_4LW_COMMANDS_WHITELIST', 'ZOO_CFG_EXTRA', 'ZOO_TICK_TIME']);
  const t = zookeeperImageTranslation(service, nothingMounted);
  const cfg = file(t, 'zoo.cfg');
  assert.is(cfg.target, '/conf/zoo.cfg');
  assert.is(cfg.image, 'zookeeper image');
  assert.equal(entries(cfg), [
    'dataDir=/data 3:12-3:25 3:12-3:25',
    'dataLogDir=/datalog 3:12-3:25 3:12-3:25',
    'tickTime=3000 9:7-9:26 9:22-9:26',
    'initLimit=5 3:12-3:25 3:12-3:25',
    'syncLimit=2 3:12-3:25 3:12-3:25',
    'autopurge.snapRetainCount=3 3:12-3:25 3:12-3:25',
    'autopurge.purgeInterval=0 3:12-3:25 3:12-3:25',
    'maxClientCnxns=60 3:12-3:25 3:12-3:25',
    'standaloneEnabled=true 3:12-3:25 3:12-3:25',
    'admin.enableServer=true 3:12-3:25 3:12-3:25',
    'server.1=zk1:2888:3888;2181 6:20-6:28 6:29-6:47',
    'server.2=zk2:2888:3888;2181 6:48-6:56 6:57-6:75',
    '4lw.commands.whitelist=* 7:7-7:38 7:36-7:37',
    'secureClientPort=2281 8:22-8:38 8:39-8:43',
    'sslQuorum=true 8:44-8:53 8:54-8:58',
  ]);
  assert.equal(servers(cfg), ['1 zk1@6:29-6:32 2888@6:33-6:37 3888@6:38-6:42 2181@6:43-6:47', '2 zk2@6:57-6:60 2888@6:61-6:65 3888@6:66-6:70 2181@6:71-6:75']);
  const id = file(t, 'myid');
  assert.is(id.target, '/data/myid');
  assert.is(myid(id), '1 5:18-5:19');
  assert.equal(t!.notes, []);
});

test('official image names: library/, docker.io/library/ and a digest are the same image; others are not', () => {
  for (const image of ['zookeeper', 'library/zookeeper:3.9.2', 'docker.io/library/zookeeper:latest', 'zookeeper@sha256:0123']) {
    const src = composeSource(`services:\n  zk:\n    image: ${image}\n    environment:\n      ZOO_MY_ID: 2\n`);
    const t = zookeeperImageTranslation(serviceFrom(src, 'zk', ['ZOO_MY_ID']), nothingMounted);
    assert.is(file(t, 'zoo.cfg').target, '/conf/zoo.cfg', image);
    assert.is(myid(file(t, 'myid')), '2 5:18-5:19', image);
  }
  const other = composeSource(`services:\n  zk:\n    image: registry.example.com/zookeeper:3.8.1\n`);
  assert.is(zookeeperImageTranslation(serviceFrom(other, 'zk', []), nothingMounted), undefined);
});

test('official image, no ZOO_SERVERS: the default single server at the image, myid 1', () => {
  const src = composeSource(`services:\n  zk:\n    image: zookeeper\n`);
  const t = zookeeperImageTranslation(serviceFrom(src, 'zk', []), nothingMounted);
  assert.equal(entries(file(t, 'zoo.cfg')).slice(10), ['server.1=localhost:2888:3888;2181 3:12-3:21 3:12-3:21']);
  assert.is(myid(file(t, 'myid')), '1 3:12-3:21');
});

test('official image: a mounted zoo.cfg is not written, and the variables it would hold are noted as ignored', () => {
  const src = composeSource(`services:
  zk:
    image: zookeeper:3.9
    environment:
      ZOO_MY_ID: 3
      ZOO_SERVERS: server.1=zk1:2888:3888;2181
`);
  const service = serviceFrom(src, 'zk', ['ZOO_MY_ID', 'ZOO_SERVERS']);
  const t = zookeeperImageTranslation(service, (p) => p === '/conf/zoo.cfg');
  assert.equal(t!.files.map((f) => f.kind), ['myid']);
  assert.equal(notes(t), ['6:7-6:47 the zookeeper image ignores ZOO_SERVERS: /conf/zoo.cfg is mounted, so its entrypoint does not write it']);
});

test('official image: an unknown ZOO_SERVERS gives no zoo.cfg, an unknown ZOO_TICK_TIME leaves its line out', () => {
  const src = composeSource(`services:
  zk:
    image: zookeeper
    environment:
      ZOO_SERVERS: \${SERVERS}
`);
  const t = zookeeperImageTranslation(serviceFrom(src, 'zk', ['ZOO_SERVERS'], { unknown: ['ZOO_SERVERS'] }), nothingMounted);
  assert.equal(t!.files.map((f) => f.kind), ['myid']);
  assert.equal(notes(t), ['5:7-5:30 the value of ZOO_SERVERS is not known here, so the zoo.cfg its entrypoint writes is not known (zookeeper image)']);

  const tick = composeSource(`services:\n  zk:\n    image: zookeeper\n    environment:\n      - ZOO_TICK_TIME=\${TICK}\n`);
  const t2 = zookeeperImageTranslation(serviceFrom(tick, 'zk', ['ZOO_TICK_TIME'], { unknown: ['ZOO_TICK_TIME'] }), nothingMounted);
  assert.not.ok(entries(file(t2, 'zoo.cfg')).some((e) => e.startsWith('tickTime=')));
  assert.equal(notes(t2), ['5:7-5:30 the value of ZOO_TICK_TIME is not known here, so the tickTime line is left out (zookeeper image)']);
});

// The shape of chen0040/vagrant-big-data zookeeper/devops/docker-compose.yml: 3.4 server lines, no `;2181`.
const OLD = composeSource(`services:
  zoo1:
    image: zookeeper:3.4.10
    environment:
      ZOO_MY_ID: 1
      ZOO_PORT: 2191
      ZOO_SERVERS: server.1=zoo1:2888:3888 server.2=zoo2:2888:3888 server.3=zoo3:2888:3888
`);

test('official 3.4 image: clientPort from ZOO_PORT, no standaloneEnabled, server lines as written', () => {
  const t = zookeeperImageTranslation(serviceFrom(OLD, 'zoo1', ['ZOO_MY_ID', 'ZOO_PORT', 'ZOO_SERVERS']), nothingMounted);
  const cfg = file(t, 'zoo.cfg');
  assert.equal(entries(cfg).map((e) => e.split(' ')[0]), [
    'clientPort=2191',
    'dataDir=/data',
    'dataLogDir=/datalog',
    'tickTime=2000',
    'initLimit=5',
    'syncLimit=2',
    'autopurge.snapRetainCount=3',
    'autopurge.purgeInterval=0',
    'maxClientCnxns=60',
    'server.1=zoo1:2888:3888',
    'server.2=zoo2:2888:3888',
    'server.3=zoo3:2888:3888',
  ]);
  assert.is(entries(cfg)[0], 'clientPort=2191 6:7-6:21 6:17-6:21');
  assert.equal(servers(cfg)[2], '3 zoo3@7:77-7:81 2888@7:82-7:86 3888@7:87-7:91 -');
  assert.equal(t!.notes, []);
});

test('official 3.4.14 image: clientPort=2181 written by the entrypoint, ZOO_PORT noted as ignored', () => {
  const src = composeSource(OLD.text.replace('3.4.10', '3.4.14'));
  const t = zookeeperImageTranslation(serviceFrom(src, 'zoo1', ['ZOO_MY_ID', 'ZOO_PORT', 'ZOO_SERVERS']), nothingMounted);
  assert.is(entries(file(t, 'zoo.cfg'))[0], 'clientPort=2181 3:12-3:28 3:12-3:28');
  assert.equal(notes(t), ['6:7-6:21 the zookeeper image ignores ZOO_PORT since 3.4.14: its entrypoint writes clientPort=2181']);
});

// The shape of Bitnami's own docker-compose-cluster.yml (bitnami/zookeeper/3.8/debian-12).
const BITNAMI = composeSource(`services:
  zookeeper1:
    image: docker.io/bitnami/zookeeper:3.8
    environment:
      - ZOO_SERVER_ID=1
      - ALLOW_ANONYMOUS_LOGIN=yes
      - ZOO_SERVERS=zookeeper1:2888:3888,zookeeper2:2888:3888,zookeeper3:2888:3888
      - ZOO_LISTEN_ALLIPS_ENABLED=yes
      - ZOO_CFG_4lw_commands_whitelist=ruok
`);

test('Bitnami image: server lines numbered from 1 with ;ZOO_PORT_NUMBER, quorumListenOnAllIPs from ZOO_LISTEN_ALLIPS_ENABLED', () => {
  const service = serviceFrom(BITNAMI, 'zookeeper1', ['ZOO_SERVER_ID', 'ZOO_SERVERS', 'ZOO_LISTEN_ALLIPS_ENABLED', 'ZOO_CFG_4lw_commands_whitelist']);
  const t = zookeeperImageTranslation(service, nothingMounted);
  const cfg = file(t, 'zoo.cfg');
  assert.is(cfg.target, '/opt/bitnami/zookeeper/conf/zoo.cfg');
  const got = entries(cfg);
  assert.equal(got.map((e) => e.split(' ')[0]), [
    'tickTime=2000',
    'initLimit=10',
    'syncLimit=5',
    'dataDir=/bitnami/zookeeper/data',
    'clientPort=2181',
    'maxClientCnxns=60',
    'autopurge.snapRetainCount=3',
    'autopurge.purgeInterval=0',
    'preAllocSize=65536',
    'snapCount=100000',
    'maxCnxns=0',
    'reconfigEnabled=false',
    'quorumListenOnAllIPs=true',
    '4lw.commands.whitelist=ruok',
    'maxSessionTimeout=40000',
    'admin.serverAddress=127.0.0.1',
    'admin.serverPort=8080',
    'admin.enableServer=false',
    'server.1=zookeeper1:2888:3888;2181',
    'server.2=zookeeper2:2888:3888;2181',
    'server.3=zookeeper3:2888:3888;2181',
  ]);
  // The own entry stays as written: the image binds all addresses through quorumListenOnAllIPs.
  assert.ok(got.includes('quorumListenOnAllIPs=true 8:7-8:38 8:35-8:38'));
  assert.ok(got.includes('4lw.commands.whitelist=ruok 9:7-9:44 9:40-9:44'));
  assert.equal(servers(cfg), [
    '1 zookeeper1@7:21-7:31 2888@7:32-7:36 3888@7:37-7:41 2181@3:12-3:43',
    '2 zookeeper2@7:42-7:52 2888@7:53-7:57 3888@7:58-7:62 2181@3:12-3:43',
    '3 zookeeper3@7:63-7:73 2888@7:74-7:78 3888@7:79-7:83 2181@3:12-3:43',
  ]);
  const id = file(t, 'myid');
  assert.is(id.target, '/bitnami/zookeeper/data/myid');
  assert.is(myid(id), '1 5:23-5:24');
  assert.equal(t!.notes, []);
});

test('Bitnami image: host:2888:3888::id entries give their own ids; a single entry writes no server line', () => {
  const src = composeSource(`services:
  zk:
    image: bitnami/zookeeper:latest
    environment:
      ZOO_SERVER_ID: 5
      ZOO_PORT_NUMBER: 2191
      ZOO_SERVERS: zk:2888:3888::5 zk7:2888:3888::7
`);
  const t = zookeeperImageTranslation(serviceFrom(src, 'zk', ['ZOO_SERVER_ID', 'ZOO_PORT_NUMBER', 'ZOO_SERVERS']), nothingMounted);
  assert.equal(servers(file(t, 'zoo.cfg')), ['5 zk@7:20-7:22 2888@7:23-7:27 3888@7:28-7:32 2191@6:24-6:28', '7 zk7@7:36-7:39 2888@7:40-7:44 3888@7:45-7:49 2191@6:24-6:28']);
  assert.ok(entries(file(t, 'zoo.cfg')).includes('server.5=zk:2888:3888;2191 7:20-7:35 7:20-7:32'));

  const single = composeSource(`services:\n  zk:\n    image: bitnami/zookeeper\n    environment:\n      ZOO_SERVERS: zk:2888:3888\n`);
  const t2 = zookeeperImageTranslation(serviceFrom(single, 'zk', ['ZOO_SERVERS']), nothingMounted);
  assert.equal(servers(file(t2, 'zoo.cfg')), []);
});

test('Bitnami image: mounted zoo.cfg and unknown ZOO_SERVERS are noted', () => {
  const service = serviceFrom(BITNAMI, 'zookeeper1', ['ZOO_SERVER_ID', 'ZOO_SERVERS']);
  const mounted = zookeeperImageTranslation(service, (p) => p === '/opt/bitnami/zookeeper/conf/zoo.cfg');
  assert.equal(mounted!.files.map((f) => f.kind), ['myid']);
  assert.equal(notes(mounted), ['7:7-7:83 the Bitnami ZooKeeper image ignores ZOO_SERVERS: /opt/bitnami/zookeeper/conf/zoo.cfg is mounted, so its entrypoint does not write it']);
  const unknown = zookeeperImageTranslation(serviceFrom(BITNAMI, 'zookeeper1', ['ZOO_SERVERS'], { unknown: ['ZOO_SERVERS'] }), nothingMounted);
  assert.equal(unknown!.files.map((f) => f.kind), ['myid']);
  assert.equal(notes(unknown), ['7:7-7:83 the value of ZOO_SERVERS is not known here, so the zoo.cfg its entrypoint writes is not known (Bitnami ZooKeeper image)']);
});

// The shape of Confluent's own zookeeper/test/fixtures/cluster-bridged.yml.
const CONFLUENT = composeSource(`services:
  zookeeper-1:
    image: confluentinc/cp-zookeeper:7.4.0
    environment:
      ZOOKEEPER_SERVER_ID: 1
      ZOOKEEPER_CLIENT_PORT: 22181
      ZOOKEEPER_TICK_TIME: 2000
      ZOOKEEPER_SERVERS: zookeeper-1:22888:23888;zookeeper-2:32888:33888;zookeeper-3:42888:43888
`);

test("Confluent image: the template's table, init/sync defaults for a cluster, server.N from the ';' list", () => {
  const service = serviceFrom(CONFLUENT, 'zookeeper-1', ['ZOOKEEPER_SERVER_ID', 'ZOOKEEPER_CLIENT_PORT', 'ZOOKEEPER_TICK_TIME', 'ZOOKEEPER_SERVERS']);
  const t = zookeeperImageTranslation(service, nothingMounted);
  const cfg = file(t, 'zoo.cfg');
  assert.is(cfg.target, '/etc/kafka/zookeeper.properties');
  assert.is(cfg.image, 'Confluent ZooKeeper image');
  assert.equal(entries(cfg), [
    'dataDir=/var/lib/zookeeper/data 3:12-3:43 3:12-3:43',
    'dataLogDir=/var/lib/zookeeper/log 3:12-3:43 3:12-3:43',
    'clientPort=22181 6:7-6:35 6:30-6:35',
    'tickTime=2000 7:7-7:32 7:28-7:32',
    'initLimit=10 3:12-3:43 3:12-3:43',
    'syncLimit=5 3:12-3:43 3:12-3:43',
    'server.1=zookeeper-1:22888:23888 8:26-8:49 8:26-8:49',
    'server.2=zookeeper-2:32888:33888 8:50-8:73 8:50-8:73',
    'server.3=zookeeper-3:42888:43888 8:74-8:97 8:74-8:97',
  ]);
  assert.equal(servers(cfg)[1], '2 zookeeper-2@8:50-8:61 32888@8:62-8:67 33888@8:68-8:73 -');
  const id = file(t, 'myid');
  assert.is(id.target, '/var/lib/zookeeper/data/myid');
  assert.is(myid(id), '1 5:28-5:29');
  assert.equal(t!.notes, []);
});

test('Confluent image: servers without a server id, and no client port, are refusals', () => {
  const service = serviceFrom(CONFLUENT, 'zookeeper-1', ['ZOOKEEPER_SERVERS']);
  const t = zookeeperImageTranslation(service, nothingMounted);
  assert.equal(notes(t), [
    '8:7-8:97 the Confluent ZooKeeper image refuses to start: ZOOKEEPER_SERVERS is set but ZOOKEEPER_SERVER_ID is not',
    '3:12-3:43 the Confluent ZooKeeper image refuses to start: neither ZOOKEEPER_CLIENT_PORT nor ZOOKEEPER_SECURE_CLIENT_PORT is set',
  ]);
  assert.equal(t!.files.map((f) => f.kind), ['zoo.cfg']);
});

test.run();
