/**
 * Hostile cases of the container readers (src/containers/): compose files and Kubernetes
 * manifests that expand without bound (aliases, ranges, replicas, thousands of services or
 * documents), that are not mappings at all, and that point out of the linted tree (env_file,
 * bind mounts, a .env link), which hacheck must never read.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** One official-image ZooKeeper service, standalone, with its housekeeping set so that it gives no finding of its own. */
const zooService = (name: string, extra = '') =>
  `  ${name}:\n    image: zookeeper:3.8\n    environment:\n      ZOO_AUTOPURGE_PURGEINTERVAL: 24\n      ZOO_4LW_COMMANDS_WHITELIST: srvr,ruok${extra}\n`;

/** Nine levels of nine aliases each: 9^9 values if walked, a few hundred bytes of text. */
function aliasBomb(): string {
  const lines = ['x0: &a0 ["lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`x${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nservices:\n${zooService('zoo1')}    labels: *a9\n`;
}

/** A standalone zoo.cfg whose one finding is its dataDir under /tmp. */
const ZOO_WITH_TMP_DATADIR = 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\nautopurge.purgeInterval=24\n4lw.commands.whitelist=srvr,ruok\n';

/** A zoo.cfg outside the tree that would give findings if it were read. */
const OUTSIDE_ZOO = 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\nserver.1=nowhere:2888:3888\nserver.2=nowhere2:2888:3888\n';

export const HOSTILE_CASES_CONTAINERS: readonly HostileCase[] = [
  {
    // Billion laughs in a compose file: refused at the expansion bound, reported, not walked.
    name: 'compose-yaml-alias-bomb',
    build: (d) => write(join(d, 'docker-compose.yml'), aliasBomb()),
  },
  {
    // env_file paths leading out of the tree: neither /etc/passwd nor the sibling folder is read.
    name: 'compose-env-file-outside-tree',
    build: (d, outside) => {
      write(join(outside, 'zoo.env'), 'ZOO_MY_ID=7\nZOO_SERVERS=server.1=nowhere:2888:3888;2181 server.7=zoo1:2888:3888;2181\n');
      write(join(d, 'docker-compose.yml'), `services:\n${zooService('zoo1')}    env_file:\n      - ../../etc/passwd\n      - ../outside/zoo.env\n`);
    },
  },
  {
    // Bind mounts of folders out of the tree: their zoo.cfg is not read. Only the rules that the outside zoo.cfg would
    // trigger run (its dataDir under /tmp, its unknown hosts): what the image writes there is not this case's concern.
    name: 'compose-bind-mount-outside-tree',
    args: ['--format', 'compact', '--rule', 'zookeeper/datadir-in-tmp', '--rule', 'container/unresolvable-host'],
    build: (d, outside) => {
      write(join(outside, 'conf/zoo.cfg'), OUTSIDE_ZOO);
      write(join(d, 'docker-compose.yml'), `services:\n${zooService('zoo1')}    volumes:\n      - ../../etc:/conf\n  zoo2:\n    image: zookeeper:3.8\n    volumes:\n      - ../outside/conf:/conf\n`);
    },
  },
  {
    // A .env that is a link out of the tree: not read, so ${ZK_SERVERS} is unset.
    name: 'compose-dotenv-link-outside-tree',
    build: (d, outside) => {
      write(join(outside, 'env'), 'ZK_SERVERS=server.1=nowhere:2888:3888;2181 server.2=nowhere2:2888:3888;2181\n');
      symlinkSync(join(outside, 'env'), join(d, '.env'));
      write(join(d, 'docker-compose.yml'), `services:\n${zooService('zoo1', '\n      ZOO_SERVERS: ${ZK_SERVERS}')}`);
    },
  },
  {
    // Every port of the machine published: a range is kept as a range, not 65,535 entries.
    name: 'compose-port-range-all-ports',
    build: (d) => write(join(d, 'docker-compose.yml'), `services:\n${zooService('zoo1')}    ports:\n      - "1-65535:1-65535"\n`),
  },
  {
    // A StatefulSet of a billion pods: not a billion hosts.
    name: 'kubernetes-statefulset-billion-replicas',
    build: (d) => write(join(d, 'zookeeper.yaml'), [
      'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: zk', 'spec:', '  serviceName: zk-hs', '  replicas: 1000000000',
      '  selector:', '    matchLabels:', '      app: zk', '  template:', '    metadata:', '      labels:', '        app: zk', '    spec:', '      containers:',
      '      - name: zookeeper', '        image: zookeeper:3.8', '        env:', '        - name: ZOO_SERVERS', '          value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181', '',
    ].join('\n')),
  },
  {
    // 10,000 services of one compose file, all the same standalone ZooKeeper: one distinct configuration.
    name: 'compose-ten-thousand-services',
    build: (d) => write(join(d, 'docker-compose.yml'), `services:\n${Array.from({ length: 10_000 }, (_, i) => zooService(`zoo${i}`)).join('')}`),
  },
  { name: 'compose-top-level-list', build: (d) => write(join(d, 'docker-compose.yml'), '- services\n- zoo1\n') },
  { name: 'compose-top-level-scalar', build: (d) => write(join(d, 'docker-compose.yml'), 'zookeeper\n') },
  { name: 'compose-empty', build: (d) => write(join(d, 'docker-compose.yml'), '') },
  {
    // 1,000 documents in one manifest file, each a ConfigMap; the last holds a zoo.cfg with a finding, to show it was read.
    name: 'kubernetes-thousand-documents',
    build: (d) => write(join(d, 'manifests.yaml'), [
      ...Array.from({ length: 999 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: "${i}"\n`),
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: zk-config\ndata:\n  zoo.cfg: |\n${ZOO_WITH_TMP_DATADIR.replace(/^/gm, '    ').trimEnd()}\n`,
    ].join('---\n')),
  },
];
