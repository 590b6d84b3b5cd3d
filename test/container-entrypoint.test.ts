import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { composeProjects } from '../src/containers/compose/index.ts';
import { kubernetesProject } from '../src/containers/kubernetes/index.ts';
import { translateImage } from '../src/containers/images/translate.ts';
import type { ContainerService } from '../src/containers/types.ts';
import { place } from './support/container-view.ts';

// A definition that replaces an image's ENTRYPOINT, or for images that configure in their CMD the
// command, skips the step that writes the configuration from the environment: nothing is guessed.

function composeServices(text: string): ContainerService[] {
  return composeProjects([{ path: 'docker-compose.yml', text }], () => undefined).flatMap((p) => p.services);
}

const nothingMounted = () => false;

/** The kinds of file the image writes and the notes, as short lines. */
function translated(service: ContainerService): string[] {
  const t = translateImage(service, nothingMounted);
  return [...t.files.map((f) => `${f.kind} ${f.target}`), ...t.notes.map((n) => `${n.kind ?? 'problem'} ${place(n.span)} ${n.message}`)];
}

const COMPOSE = [
  'services:',
  '  zk-command:',
  '    image: zookeeper:3.8.4',
  '    command: ["zkServer.sh", "start-foreground"]',
  '    environment:',
  '      ZOO_MY_ID: 1',
  '  zk-entrypoint:',
  '    image: zookeeper:3.8.4',
  '    entrypoint: /scripts/start.sh',
  '    environment:',
  '      ZOO_MY_ID: 2',
  '  broker:',
  '    image: confluentinc/cp-kafka:7.6.1',
  '    command: ["bash", "-c", "kafka-server-start /etc/kafka/server.properties"]',
  '    environment:',
  '      KAFKA_BROKER_ID: 1',
  '      KAFKA_ZOOKEEPER_CONNECT: zk:2181',
  '',
].join('\n');

test('Compose: command keeps the official zookeeper entrypoint; entrypoint replaces it; command skips Confluent\'s configure', () => {
  const [command, entrypoint, broker] = composeServices(COMPOSE);
  assert.equal(command!.replaces, { command: { file: 'docker-compose.yml', line: 4, column: 14, endLine: 4, endColumn: 49 } });
  assert.equal(translated(command!), ['zoo.cfg /conf/zoo.cfg', 'myid /data/myid']);
  assert.equal(translated(entrypoint!), [
    'unknown docker-compose.yml:9:17-9:34 this entrypoint replaces the one that writes the configuration of image "zookeeper:3.8.4" from its environment, so what the container\'s configuration files hold is not known here',
  ]);
  assert.equal(translated(broker!), [
    'unknown docker-compose.yml:14:14-14:79 this command replaces the one that writes the configuration of image "confluentinc/cp-kafka:7.6.1" from its environment, so what the container\'s configuration files hold is not known here',
  ]);
});

test('Kubernetes: a container\'s command replaces the ENTRYPOINT, its args the CMD', () => {
  const manifest = [
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
    '          image: zookeeper:3.8.4',
    '          command: ["sh", "-c", "echo $((${HOSTNAME##*-}+1)) > /data/myid && exec /docker-entrypoint.sh zkServer.sh start-foreground"]',
    '          args: ["ignored"]',
    '',
  ].join('\n');
  const [pod] = kubernetesProject([{ path: 'zk.yaml', text: manifest }]).services;
  assert.equal(pod!.replaces, {
    entrypoint: { file: 'zk.yaml', line: 13, column: 20, endLine: 13, endColumn: 130 },
    command: { file: 'zk.yaml', line: 14, column: 17, endLine: 14, endColumn: 28 },
  });
  assert.equal(translated(pod!).map((l) => l.slice(0, 40)), ['unknown zk.yaml:13:20-13:130 this entrypo']);
});

test.run();
