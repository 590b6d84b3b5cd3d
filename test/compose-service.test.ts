import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { composeProjects } from '../src/containers/compose/index.ts';
import { project } from './support/container-view.ts';
import { translateImage } from '../src/containers/images/translate.ts';

function read(tree: Record<string, string>, path: string): string[] {
  return composeProjects([{ path, text: tree[path]! }], (p) => tree[p]).flatMap(project);
}

test('names: service name, hostname, container_name, network aliases, and the alias links give the linked service', () => {
  const compose = [
    'services:',
    '  zk:',
    '    image: zookeeper',
    '    hostname: zk-host',
    '    container_name: zk-container',
    '    networks:',
    '      hadoop-network:',
    '        aliases:',
    '          - zookeeper.local',
    '          - zk',
    '  kafka:',
    '    image: wurstmeister/kafka',
    '    links:',
    '      - "zk:zookeeper"',
    '      - zk',
    '    networks:',
    '      - hadoop-network',
    '',
  ].join('\n');
  assert.equal(read({ 'docker/compose.yaml': compose }, 'docker/compose.yaml').filter((l) => /^(service|  names)/.test(l)), [
    'service "zk" @docker/compose.yaml:2:3-2:5= in docker/compose.yaml @docker/compose.yaml:2:3-2:5',
    '  names: zk zk-host zk-container zookeeper.local zookeeper',
    'service "kafka" @docker/compose.yaml:11:3-11:8= in docker/compose.yaml @docker/compose.yaml:11:3-11:8',
    '  names: kafka',
  ]);
  const zk = composeProjects([{ path: 'compose.yaml', text: compose }], () => undefined)[0]!.services[0]!;
  assert.equal(zk.names.at(-1), { value: 'zookeeper', span: { file: 'compose.yaml', line: 14, column: 13, endLine: 14, endColumn: 22 }, copiedFrom: { src: zk.names.at(-1)!.copiedFrom!.src, offset: compose.indexOf('zookeeper"') } });
});

test('environment: env_file entries first (string, list, {path, required}), then the list form; pass-through names have no value', () => {
  const compose = [
    'services:',
    '  namenode:',
    '    image: bde2020/hadoop-namenode',
    '    env_file:',
    '      - ./hadoop.env',
    '      - path: ../conf/optional.env',
    '        required: false',
    '      - missing.env',
    '      - /etc/outside.env',
    '    environment:',
    '      - CLUSTER_NAME=test',
    '      - HOME',
    "      - 'CORE_CONF_fs_defaultFS=hdfs://namenode:9000'",
    '',
  ].join('\n');
  const tree = {
    'hdp/docker-compose.yml': compose,
    'hdp/hadoop.env': 'CORE_CONF_fs_defaultFS=hdfs://namenode:8020\nHDFS_CONF_dfs_replication = 3\nQUOTED="a b" # why\nSINGLE=\'$literal\'\n',
  };
  assert.equal(read(tree, 'hdp/docker-compose.yml'), [
    'project hdp/docker-compose.yml',
    '  problem @hdp/docker-compose.yml:8:9-8:20: env_file "hdp/missing.env" is missing or unreadable: Compose refuses to start the service',
    '  problem @hdp/docker-compose.yml:9:9-9:25: env_file is outside the linted directory, so the variables it sets, and what the image writes from them, are not known here',
    'service "namenode" @hdp/docker-compose.yml:2:3-2:11= in hdp/docker-compose.yml @hdp/docker-compose.yml:2:3-2:11',
    '  names: namenode',
    '  image: "bde2020/hadoop-namenode" @hdp/docker-compose.yml:3:12-3:35=',
    '  env "CORE_CONF_fs_defaultFS" @hdp/hadoop.env:1:1-1:23= = "hdfs://namenode:8020" @hdp/hadoop.env:1:24-1:44= (hdp/hadoop.env:1:1-1:44)',
    '  env "HDFS_CONF_dfs_replication" @hdp/hadoop.env:2:1-2:26= = "3" @hdp/hadoop.env:2:29-2:30= (hdp/hadoop.env:2:1-2:30)',
    '  env "QUOTED" @hdp/hadoop.env:3:1-3:7= = "a b" @hdp/hadoop.env:3:9-3:12= (hdp/hadoop.env:3:1-3:19)',
    '  env "SINGLE" @hdp/hadoop.env:4:1-4:7= = "$literal" @hdp/hadoop.env:4:9-4:17= (hdp/hadoop.env:4:1-4:18)',
    '  env "CLUSTER_NAME" @hdp/docker-compose.yml:11:9-11:21= = "test" @hdp/docker-compose.yml:11:22-11:26= (hdp/docker-compose.yml:11:9-11:26)',
    '  env "HOME" @hdp/docker-compose.yml:12:9-12:13= = ? (hdp/docker-compose.yml:12:9-12:13)',
    '  env "CORE_CONF_fs_defaultFS" @hdp/docker-compose.yml:13:10-13:32= = "hdfs://namenode:9000" @hdp/docker-compose.yml:13:33-13:53= (hdp/docker-compose.yml:13:9-13:54)',
  ]);
});

test('environment map form: a null value passes through (unknown), numbers and booleans as written, escapes and folding only at the value', () => {
  const compose = ['services:', '  kf1:', '    image: bitnami/kafka', '    environment:', '      ALLOW_ANONYMOUS_LOGIN: yes', '      KAFKA_CFG_NODE_ID: 01', '      KAFKA_HEAP_OPTS:', '      ESCAPED: "a\\tb"', '      FOLDED: >', '        one', '        two', ''].join('\n');
  assert.equal(read({ 'compose.yml': compose }, 'compose.yml').filter((l) => l.startsWith('  env')), [
    '  env "ALLOW_ANONYMOUS_LOGIN" @compose.yml:5:7-5:28= = "yes" @compose.yml:5:30-5:33= (compose.yml:5:7-5:33)',
    '  env "KAFKA_CFG_NODE_ID" @compose.yml:6:7-6:24= = "01" @compose.yml:6:26-6:28= (compose.yml:6:7-6:28)',
    '  env "KAFKA_HEAP_OPTS" @compose.yml:7:7-7:22= = ? (compose.yml:7:7-7:23)',
    '  env "ESCAPED" @compose.yml:8:7-8:14= = "a\\tb" @compose.yml:8:16-8:22 (compose.yml:8:7-8:22)',
    '  env "FOLDED" @compose.yml:9:7-9:13= = "one two\\n" @compose.yml:9:15-11:12 (compose.yml:9:7-11:12)',
  ]);
});

test('volumes: relative host paths are tree mounts (normalised), named volumes, absolute paths, paths leaving the tree and tmpfs are opaque', () => {
  const compose = [
    'services:',
    '  zk1:',
    '    image: zookeeper',
    '    volumes:',
    '      - ./conf/zoo.cfg:/conf/zoo.cfg:ro',
    '      - ../common/./myid:/data/myid',
    '      - ../../../outside:/outside',
    '      - zkdata:/data',
    '      - /var/lib/zk:/datalog',
    '      - /anonymous',
    '      - type: bind',
    '        source: ./conf/log4j.properties',
    '        target: /conf/log4j.properties',
    '      - type: tmpfs',
    '        target: /tmp',
    '',
  ].join('\n');
  assert.equal(read({ 'zk/ensemble/compose.yaml': compose }, 'zk/ensemble/compose.yaml').filter((l) => l.startsWith('  mount')), [
    '  mount tree zk/ensemble/conf/zoo.cfg -> /conf/zoo.cfg @zk/ensemble/compose.yaml:5:9-5:40',
    '  mount tree zk/common/myid -> /data/myid @zk/ensemble/compose.yaml:6:9-6:36',
    '  mount opaque /outside @zk/ensemble/compose.yaml:7:9-7:34',
    '  mount opaque /data @zk/ensemble/compose.yaml:8:9-8:21',
    '  mount opaque /datalog @zk/ensemble/compose.yaml:9:9-9:29',
    '  mount opaque /anonymous @zk/ensemble/compose.yaml:10:9-10:19',
    '  mount tree zk/ensemble/conf/log4j.properties -> /conf/log4j.properties @zk/ensemble/compose.yaml:11:9-13:39',
    '  mount opaque /tmp @zk/ensemble/compose.yaml:14:9-15:21',
  ]);
});

test('configs: a file of the tree at its target (default /<name>), content written in the compose file line by line', () => {
  const compose = [
    'services:',
    '  zk1:',
    '    image: zookeeper',
    '    configs:',
    '      - source: zoo_cfg',
    '        target: /conf/zoo.cfg',
    '      - myid',
    '      - external_one',
    'configs:',
    '  zoo_cfg:',
    '    content: |',
    '      tickTime=2000',
    '        initLimit=5',
    '',
    '      server.1=zk1:2888:3888',
    '  myid:',
    '    file: ./data/myid',
    '  external_one:',
    '    external: true',
    '',
  ].join('\n');
  const [p] = composeProjects([{ path: 'compose.yaml', text: compose }], () => undefined);
  assert.equal(project(p!).filter((l) => l.startsWith('  mount')), [
    '  mount inline /conf/zoo.cfg @compose.yaml:5:9-6:30: /conf/zoo.cfg "tickTime=2000\\n  initLimit=5\\n\\nserver.1=zk1:2888:3888\\n"',
    '  mount tree data/myid -> /myid @compose.yaml:7:9-7:13',
    '  mount opaque /external_one @compose.yaml:8:9-8:21',
  ]);
  const mount = p!.services[0]!.mounts[0]!;
  assert.ok(mount.kind === 'inline');
  const text = mount.files[0]!.text;
  const at = (s: string) => {
    const o = text.text.indexOf(s);
    const sp = text.span(o, o + s.length);
    return `${sp.line}:${sp.column}-${sp.endLine}:${sp.endColumn}`;
  };
  // Each line of the generated file at its line of the compose file.
  assert.equal([at('tickTime=2000'), at('initLimit=5'), at('server.1=zk1:2888:3888'), at('2888')], ['12:7-12:20', '13:9-13:20', '15:7-15:29', '15:20-15:24']);
});

test('ports: short forms, ranges port for port, ephemeral ports, udp, the long form; a port of an unknown variable is left out', () => {
  const compose = [
    'services:',
    '  kafka:',
    '    image: confluentinc/cp-kafka',
    '    ports:',
    '      - "2182:2181"',
    '      - "127.0.0.1:9093:9092"',
    '      - "2181"',
    '      - "9092-9094:9092-9094"',
    '      - "8000-8010:80"',
    '      - 19093:9093',
    '      - "5000:5000/udp"',
    '      - "${UNSET}:7000"',
    '      - target: 8080',
    '        published: "18080"',
    '      - "not-a-port"',
    '',
  ].join('\n');
  assert.equal(read({ 'compose.yaml': compose }, 'compose.yaml').filter((l) => l.startsWith('  port')), [
    '  port 2182:2181 @compose.yaml:5:9-5:20',
    '  port 9093:9092 @compose.yaml:6:9-6:30',
    '  port -:2181 @compose.yaml:7:9-7:15',
    '  port 9092:9092 @compose.yaml:8:9-8:30',
    '  port 9093:9093 @compose.yaml:8:9-8:30',
    '  port 9094:9094 @compose.yaml:8:9-8:30',
    '  port -:80 @compose.yaml:9:9-9:23',
    '  port 19093:9093 @compose.yaml:10:9-10:19',
    '  port 5000:5000 @compose.yaml:11:9-11:24',
    '  port 18080:8080 @compose.yaml:13:9-14:27',
  ]);
});

test('extra_hosts (list with ":" or "=", map), network_mode: host, deploy.replicas and scale', () => {
  const compose = [
    'services:',
    '  namenode:',
    '    image: hadoop',
    '    extra_hosts:',
    '      - "datanode:192.168.182.3"',
    '      - "secondarynamenode=192.168.182.4"',
    '      - "v6host=::1"',
    '    network_mode: host',
    '    deploy:',
    '      replicas: 3',
    '  datanode:',
    '    image: hadoop',
    '    extra_hosts:',
    '      namenode: 192.168.182.2',
    '    scale: 2',
    '',
  ].join('\n');
  assert.equal(read({ 'compose.yaml': compose }, 'compose.yaml').filter((l) => /^  (extra|hostNetwork|replicas)/.test(l)), [
    '  extra_host "datanode" @compose.yaml:5:10-5:18= -> "192.168.182.3" @compose.yaml:5:19-5:32=',
    '  extra_host "secondarynamenode" @compose.yaml:6:10-6:27= -> "192.168.182.4" @compose.yaml:6:28-6:41=',
    '  extra_host "v6host" @compose.yaml:7:10-7:16= -> "::1" @compose.yaml:7:17-7:20=',
    '  hostNetwork',
    '  replicas: 3',
    '  extra_host "namenode" @compose.yaml:14:7-14:15= -> "192.168.182.2" @compose.yaml:14:17-14:30=',
    '  replicas: 2',
  ]);
});


// Shapes of atingupta2005/kafka-ey-24 (a topic-creating client on the broker image) and
// Platformatory/cp-sandbox (kafka-server-start run by hand on a mounted file).
test('a command or entrypoint that leaves out the image configuration script: the container gets none of its files', () => {
  const compose = [
    'services:',
    '  kafka:',
    '    image: confluentinc/cp-kafka:7.6.0',
    '    environment:',
    '      KAFKA_BROKER_ID: 1',
    '  create-topics:',
    '    image: confluentinc/cp-kafka:7.6.0',
    '    command: ["bash", "./create-topics.sh"]',
    '  by-hand:',
    '    image: confluentinc/cp-kafka:7.6.0',
    '    command: kafka-server-start /etc/kafka/server.properties',
    '    environment:',
    '      KAFKA_BROKER_ID: 3',
    '  explicit:',
    '    image: confluentinc/cp-kafka:7.6.0',
    '    command: ["/etc/confluent/docker/run"]',
    '  bitnami-shell:',
    '    image: bitnami/kafka:3.7',
    '    entrypoint: ["/bin/bash", "-c"]',
    '    command: ["sleep infinity"]',
    '  bitnami-run:',
    '    image: bitnami/kafka:3.7',
    '    command: ["/opt/bitnami/scripts/kafka/run.sh"]',
    '  zk-official:',
    '    image: zookeeper:3.9',
    '    command: ["zkServer.sh", "start-foreground"]',
    '',
  ].join('\n');
  const project = composeProjects([{ path: 'compose.yaml', text: compose }], () => undefined)[0]!;
  const written = project.services.map((s) => {
    const t = translateImage(s, () => false);
    return `${s.name.value}: ${t.files.map((f) => f.kind).join(',') || '-'}${t.notes.map((n) => ` | ${n.span.line}: ${n.message}`).join('')}`;
  });
  assert.equal(written, [
    'kafka: server.properties',
    'create-topics: -',
    "by-hand: - | 13: KAFKA_BROKER_ID is ignored: the command replaces the image's /etc/confluent/docker/run, so the image writes no configuration from the environment",
    'explicit: server.properties',
    'bitnami-shell: -',
    'bitnami-run: server.properties',
    'zk-official: zoo.cfg,myid',
  ]);
});

test.run();
