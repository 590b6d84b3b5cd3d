import { rmSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { kubernetesProject } from '../src/containers/kubernetes/index.ts';
import { composeProjects } from '../src/containers/compose/index.ts';
import { projectFiles } from '../src/containers/project-files.ts';
import { translateImage } from '../src/containers/images/translate.ts';
import type { ContainerService } from '../src/containers/types.ts';
import { place } from './support/container-view.ts';
import { makeTree } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';

// What an image writes depends on what else the definition does: a Kubernetes container's
// `command` replaces the image's ENTRYPOINT and its `args` the CMD, as Compose's `entrypoint` and
// `command` do (test/compose-service.test.ts covers those); init containers and mounts from
// outside the tree put files where the image would write its own.

const nothingMounted = () => false;

/** The files the image writes and the notes, as short lines. */
function translated(service: ContainerService): string[] {
  const t = translateImage(service, nothingMounted);
  return [...t.files.map((f) => `${f.kind} ${f.target}`), ...t.notes.map((n) => `${n.kind ?? 'problem'} ${place(n.span)} ${n.message}`)];
}

function statefulSet(container: string[]): string {
  return [
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    '  name: zk',
    'spec:',
    '  serviceName: zk-hs',
    '  replicas: 1',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: zookeeper',
    ...container.map((l) => `          ${l}`),
    '',
  ].join('\n');
}

test('command and args become the entrypoint and command words, at their places', () => {
  const [pod] = kubernetesProject([{ path: 'zk.yaml', text: statefulSet(['image: zookeeper:3.8.4', 'command: ["/scripts/start.sh"]', 'args: ["--verbose", "x"]']) }]).services;
  assert.equal([pod!.entrypoint?.words, place(pod!.entrypoint!.span), pod!.command?.words, place(pod!.command!.span)], ['/scripts/start.sh', 'zk.yaml:13:20-13:41', '--verbose x', 'zk.yaml:14:17-14:35']);
  assert.equal(translated(pod!), []);
});

test('a command that writes the myid then runs the image script: zoo.cfg from the environment, the myid not guessed', () => {
  const command = 'command: ["sh", "-c", "echo $((${HOSTNAME##*-}+1)) > /data/myid && exec /docker-entrypoint.sh zkServer.sh start-foreground"]';
  const [pod] = kubernetesProject([{ path: 'zk.yaml', text: statefulSet(['image: zookeeper:3.8.4', command]) }]).services;
  assert.equal(translated(pod!), ['zoo.cfg /conf/zoo.cfg']);
});

test('no command: the image script writes both', () => {
  const [pod] = kubernetesProject([{ path: 'zk.yaml', text: statefulSet(['image: zookeeper:3.8.4']) }]).services;
  assert.equal([pod!.entrypoint, pod!.command], [undefined, undefined]);
  assert.equal(translated(pod!), ['zoo.cfg /conf/zoo.cfg', 'myid /data/myid']);
});

test('init containers run first on the pod\'s volumes: the official image\'s myid is not guessed', () => {
  const text = statefulSet(['image: zookeeper:3.8.4']).replace('      containers:\n', '      initContainers:\n        - name: write-myid\n          image: busybox\n      containers:\n');
  const [pod] = kubernetesProject([{ path: 'zk.yaml', text }]).services;
  assert.equal(place(pod!.initContainers!), 'zk.yaml:11:9-12:25');
  assert.equal(translated(pod!), ['zoo.cfg /conf/zoo.cfg']);
});

test('a host folder from outside the tree mounted over /conf: the image writes no zoo.cfg there; a named volume over /data is empty at first start', () => {
  const text = ['services:', '  zk:', '    image: zookeeper:3.8.4', '    volumes:', '      - ../../etc/zookeeper:/conf', '      - zk-data:/data', ''].join('\n');
  const [project] = composeProjects([{ path: 'docker-compose.yml', text }], () => undefined);
  const files = projectFiles(project!, [], translateImage).files;
  assert.equal(files.map((f) => `${f.kind} ${f.container?.target}`), ['myid /data/myid']);
});

test('a folder mounted whole: the command names the file its server starts with, the others are set aside with why', async () => {
  const dir = makeTree({
    'docker-compose.yml': [
      'services:',
      '  zookeeper1:',
      '    image: confluentinc/cp-zookeeper:7.4.0',
      '    command: zookeeper-server-start /etc/kafka/zookeeper.properties',
      '    volumes:',
      '      - ./zookeeper1:/etc/kafka',
      '  connect:',
      '    image: confluentinc/cp-server-connect:7.4.0',
      '    command: connect-distributed /etc/kafka/connect-distributed.properties',
      '    volumes:',
      '      - ./connect:/etc/kafka',
      '',
    ].join('\n'),
    'zookeeper1/zookeeper.properties': 'dataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.purgeInterval=24\n4lw.commands.whitelist=srvr\n',
    'zookeeper1/server.properties': 'broker.id=0\nzookeeper.connect=localhost:2181\nlog.dirs=/var/lib/kafka\n',
    'connect/server.properties': 'broker.id=0\nzookeeper.connect=localhost:2181\nlog.dirs=/var/lib/kafka\n',
  });
  try {
    const run = await runCli(['files', dir]);
    assert.equal([run.code, run.stderr], [0, '']);
    assert.equal(run.stdout.split('\n').filter((l) => l.includes('.properties')), [
      'connect/server.properties        not used: mounted, but the command of connect starts /etc/kafka/connect-distributed.properties',
      'zookeeper1/server.properties     not used: mounted, but the command of zookeeper1 starts /etc/kafka/zookeeper.properties',
      'zookeeper1/zookeeper.properties  used: zoo.cfg at /etc/kafka/zookeeper.properties, mounted; service zookeeper1, host zookeeper1',
    ]);
    // Two broker.id 0 that no broker reads are no duplicate.
    assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
