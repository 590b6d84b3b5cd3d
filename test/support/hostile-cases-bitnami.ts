/**
 * Hostile cases of the Kubernetes headless-Service names (container/unresolvable-host): a
 * project with a thousand headless Services, whose every pod is given each Service's domain
 * forms, and a connect string naming a thousand pods beyond the StatefulSet's replicas. Each
 * name must be matched once against the domains, and the findings be one per name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const SERVICES = 1000;
const NAMES = 1000;

function manifests(): string {
  const services = Array.from({ length: SERVICES }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: hs-${i}\nspec:\n  clusterIP: None\n  selector:\n    app: zk\n`);
  const connect = Array.from({ length: NAMES }, (_, i) => `zk-${i + 3}.hs-0:2181`).join(',');
  const zk =
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: zk\nspec:\n  serviceName: hs-0\n  replicas: 3\n  selector:\n    matchLabels:\n      app: zk\n' +
    '  template:\n    metadata:\n      labels:\n        app: zk\n    spec:\n      containers:\n      - name: zk\n        image: zookeeper:3.8.4\n';
  const kafka =
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: kafka\nspec:\n  serviceName: kafka\n  replicas: 1\n  selector:\n    matchLabels:\n      app: kafka\n' +
    '  template:\n    metadata:\n      labels:\n        app: kafka\n    spec:\n      containers:\n      - name: kafka\n        image: confluentinc/cp-kafka:7.6.1\n' +
    `        env:\n        - name: KAFKA_BROKER_ID\n          value: "0"\n        - name: KAFKA_ZOOKEEPER_CONNECT\n          value: "${connect}"\n`;
  return [...services, zk, kafka].join('---\n');
}

export const HOSTILE_CASES_BITNAMI: readonly HostileCase[] = [
  {
    name: 'kubernetes-thousand-headless-services-and-pods-beyond-replicas',
    select: (stdout) => {
      const lines = stdout.split('\n').filter((l) => l.includes('[container/unresolvable-host]'));
      return `${lines.length} findings\n${lines[0]}\n${lines[lines.length - 1]}\n`;
    },
    build: (d) => write(join(d, 'cluster.yaml'), manifests()),
  },
];
