import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { composeProjects, isComposeFileName } from '../src/containers/compose/index.ts';
import { project } from './support/container-view.ts';

function projects(tree: Record<string, string>, composeFiles: string[]): string[] {
  return composeProjects(
    composeFiles.map((path) => ({ path, text: tree[path]! })),
    (path) => tree[path],
  ).flatMap(project);
}

test('compose file names: the defaults and the -f variants real repositories keep', () => {
  const yes = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml', 'docker-compose.override.yml', 'compose.override.yaml', 'docker-compose.prod.yml', 'docker-compose-kraft.yml', 'docker-compose-v3.yml', 'compose.tls.yaml'];
  const no = ['compose copy.yaml', 'compose.json', 'docker-compose.yml.bak', 'my-compose.yml', 'zoo.cfg', 'docker-compose', 'kustomization.yaml'];
  assert.equal(yes.filter(isComposeFileName), yes);
  assert.equal(no.filter(isComposeFileName), []);
});

const BASE = [
  'services:',
  '  zk1:',
  '    image: zookeeper:3.8',
  '    environment:',
  '      ZOO_MY_ID: 1',
  '      ZOO_TICK_TIME: 2000',
  '    ports:',
  '      - "2181:2181"',
  '    volumes:',
  '      - ./zk1/data:/data',
  '    command: ["zkServer.sh", "start-foreground"]',
  '',
].join('\n');

test('the override file is merged into the base: environment by name, ports and volumes by key, each value at the file that set it', () => {
  const override = [
    'services:',
    '  zk1:',
    '    environment:',
    '      - ZOO_TICK_TIME=3000',
    '      - ZOO_4LW_COMMANDS_WHITELIST=*',
    '    ports:',
    '      - "2181:2181"',
    '      - "8080:8080"',
    '    volumes:',
    '      - ./zk1/other:/data',
    '    hostname: zookeeper1',
    '',
  ].join('\n');
  const tree = { 'docker-compose.yml': BASE, 'docker-compose.override.yml': override };
  assert.equal(projects(tree, ['docker-compose.override.yml', 'docker-compose.yml']), [
    'project docker-compose.yml + docker-compose.override.yml',
    'service "zk1" @docker-compose.yml:2:3-2:6= in docker-compose.yml @docker-compose.yml:2:3-2:6',
    '  names: zk1 zookeeper1',
    '  hostname: "zookeeper1" @docker-compose.override.yml:11:15-11:25=',
    '  image: "zookeeper:3.8" @docker-compose.yml:3:12-3:25=',
    '  env "ZOO_MY_ID" @docker-compose.yml:5:7-5:16= = "1" @docker-compose.yml:5:18-5:19= (docker-compose.yml:5:7-5:19)',
    '  env "ZOO_TICK_TIME" @docker-compose.override.yml:4:9-4:22= = "3000" @docker-compose.override.yml:4:23-4:27= (docker-compose.override.yml:4:9-4:27)',
    '  env "ZOO_4LW_COMMANDS_WHITELIST" @docker-compose.override.yml:5:9-5:35= = "*" @docker-compose.override.yml:5:36-5:37= (docker-compose.override.yml:5:9-5:37)',
    '  mount tree zk1/other -> /data @docker-compose.override.yml:10:9-10:26',
    '  port 2181:2181 @docker-compose.override.yml:7:9-7:20',
    '  port 8080:8080 @docker-compose.override.yml:8:9-8:20',
  ]);
});

test('compose.yaml is the base before docker-compose.yml (compose-go DefaultFileNames); the other is a project of its own', () => {
  const tree = { 'compose.yaml': BASE, 'docker-compose.yml': 'services:\n  kafka:\n    image: bitnami/kafka\n' };
  assert.equal(projects(tree, ['docker-compose.yml', 'compose.yaml']).filter((l) => l.startsWith('project') || l.startsWith('service')), [
    'project compose.yaml',
    'service "zk1" @compose.yaml:2:3-2:6= in compose.yaml @compose.yaml:2:3-2:6',
    'project docker-compose.yml',
    'service "kafka" @docker-compose.yml:2:3-2:8= in docker-compose.yml @docker-compose.yml:2:3-2:8',
  ]);
});

test('a variant that only completes services of the base is an overlay (base + overlay); a complete one is a standalone project; the base alone is always one', () => {
  const prod = 'services:\n  zk1:\n    environment:\n      ZOO_TICK_TIME: 4000\n';
  const kraft = 'services:\n  zk1:\n    image: bitnami/kafka\n  kafka:\n    image: bitnami/kafka\n';
  const onlyNew = 'services:\n  extra:\n    environment:\n      A: b\n';
  const tree = { 'docker-compose.yml': BASE, 'docker-compose.prod.yml': prod, 'docker-compose-kraft.yml': kraft, 'docker-compose.extra.yml': onlyNew };
  const out = projects(tree, ['docker-compose.prod.yml', 'docker-compose.yml', 'docker-compose-kraft.yml', 'docker-compose.extra.yml']);
  assert.equal(out.filter((l) => /^(project|service)|ZOO_TICK/.test(l)), [
    'project docker-compose.yml',
    'service "zk1" @docker-compose.yml:2:3-2:6= in docker-compose.yml @docker-compose.yml:2:3-2:6',
    '  env "ZOO_TICK_TIME" @docker-compose.yml:6:7-6:20= = "2000" @docker-compose.yml:6:22-6:26= (docker-compose.yml:6:7-6:26)',
    'project docker-compose-kraft.yml',
    'service "zk1" @docker-compose-kraft.yml:2:3-2:6= in docker-compose-kraft.yml @docker-compose-kraft.yml:2:3-2:6',
    'service "kafka" @docker-compose-kraft.yml:4:3-4:8= in docker-compose-kraft.yml @docker-compose-kraft.yml:4:3-4:8',
    'project docker-compose.extra.yml',
    'service "extra" @docker-compose.extra.yml:2:3-2:8= in docker-compose.extra.yml @docker-compose.extra.yml:2:3-2:8',
    'project docker-compose.yml + docker-compose.prod.yml',
    'service "zk1" @docker-compose.yml:2:3-2:6= in docker-compose.yml @docker-compose.yml:2:3-2:6',
    '  env "ZOO_TICK_TIME" @docker-compose.prod.yml:4:7-4:20= = "4000" @docker-compose.prod.yml:4:22-4:26= (docker-compose.prod.yml:4:7-4:26)',
  ]);
});

test('folders are separate projects, each with its own .env', () => {
  const a = 'services:\n  zk:\n    image: zookeeper:${V}\n';
  const tree = { 'a/compose.yaml': a, 'a/.env': 'V=3.8\n', 'b/compose.yaml': a, 'b/.env': 'V=3.9\n' };
  assert.equal(projects(tree, ['b/compose.yaml', 'a/compose.yaml']).filter((l) => /^(project|  image)/.test(l)), [
    'project a/compose.yaml',
    '  image: "zookeeper:3.8" @a/compose.yaml:3:12-3:26',
    'project b/compose.yaml',
    '  image: "zookeeper:3.9" @b/compose.yaml:3:12-3:26',
  ]);
});

test('invalid YAML, a top level that is not a mapping, a service that is not one: a problem at its place, never the file quoted', () => {
  const tree = {
    'compose.yaml': 'services:\n  zk:\n    image: "unclosed\n',
    'docker-compose.list.yml': '- services\n- zk\n',
    'docker-compose.dup.yml': 'services:\n  zk:\n    image: a\n    image: b\n',
    'docker-compose.bad.yml': 'services:\n  zk: [secret-token]\n  ok:\n    image: zookeeper\n',
    'docker-compose.empty.yml': '',
  };
  assert.equal(projects(tree, Object.keys(tree)), [
    'project compose.yaml',
    '  problem @compose.yaml:4:1-4:1: the file is not valid YAML (MISSING_CHAR)',
    'project docker-compose.bad.yml',
    '  problem @docker-compose.bad.yml:2:3-2:5: service "zk" is not a mapping',
    'service "ok" @docker-compose.bad.yml:3:3-3:5= in docker-compose.bad.yml @docker-compose.bad.yml:3:3-3:5',
    '  names: ok',
    '  image: "zookeeper" @docker-compose.bad.yml:4:12-4:21=',
    'project docker-compose.dup.yml',
    '  problem @docker-compose.dup.yml:4:5-4:5: the file is not valid YAML (DUPLICATE_KEY)',
    'project docker-compose.empty.yml',
    'project docker-compose.list.yml',
    '  problem @docker-compose.list.yml:1:1-2:5: the file is not a Compose file: its top level is not a mapping',
  ]);
});

test('anchors, aliases and merge keys: the shared values keep the anchor\'s place, the service\'s own keys win', () => {
  const compose = [
    'x-zk: &zk',
    '  image: zookeeper:3.8',
    '  environment: &zkenv',
    '    ZOO_TICK_TIME: 2000',
    '    ZOO_INIT_LIMIT: 5',
    'services:',
    '  zk1:',
    '    <<: *zk',
    '    hostname: zk1',
    '  zk2:',
    '    <<: [*zk]',
    '    image: zookeeper:3.9',
    '    environment:',
    '      <<: *zkenv',
    '      ZOO_INIT_LIMIT: 10',
    '',
  ].join('\n');
  assert.equal(projects({ 'compose.yaml': compose }, ['compose.yaml']), [
    'project compose.yaml',
    'service "zk1" @compose.yaml:7:3-7:6= in compose.yaml @compose.yaml:7:3-7:6',
    '  names: zk1',
    '  hostname: "zk1" @compose.yaml:9:15-9:18=',
    '  image: "zookeeper:3.8" @compose.yaml:2:10-2:23=',
    '  env "ZOO_TICK_TIME" @compose.yaml:4:5-4:18= = "2000" @compose.yaml:4:20-4:24= (compose.yaml:4:5-4:24)',
    '  env "ZOO_INIT_LIMIT" @compose.yaml:5:5-5:19= = "5" @compose.yaml:5:21-5:22= (compose.yaml:5:5-5:22)',
    'service "zk2" @compose.yaml:10:3-10:6= in compose.yaml @compose.yaml:10:3-10:6',
    '  names: zk2',
    '  image: "zookeeper:3.9" @compose.yaml:12:12-12:25=',
    '  env "ZOO_INIT_LIMIT" @compose.yaml:15:7-15:21= = "10" @compose.yaml:15:23-15:25= (compose.yaml:15:7-15:25)',
    '  env "ZOO_TICK_TIME" @compose.yaml:4:5-4:18= = "2000" @compose.yaml:4:20-4:24= (compose.yaml:4:5-4:24)',
  ]);
});

test('aliases of aliases that expand beyond the limit are refused, not walked', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('services:', '  zk:', '    image: zookeeper', '    environment: *a11', '');
  assert.equal(projects({ 'compose.yaml': lines.join('\n') }, ['compose.yaml']), [
    'project compose.yaml',
    '  problem @compose.yaml:1:1-1:1: not read: its YAML aliases expand beyond 100000 values',
  ]);
});

test.run();
