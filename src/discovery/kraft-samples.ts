/**
 * Kafka ships `config/kraft/{server,broker,controller}.properties` beside the ZooKeeper-mode
 * `config/server.properties` (2.8 to 3.x), and images copy the whole folder to /etc/kafka. A
 * node runs one of them: when the folder's own server.properties is a ZooKeeper-mode broker
 * (it sets zookeeper.connect and no process.roles), that is the one started, and the KRaft
 * files beside it are samples nobody runs; compared with the real nodes they only give false
 * findings (two KRaft samples share node.id 1 in every release).
 */
import { kafkaValue } from '../parse/kafka-properties.ts';
import type { ClusterFile } from '../model/types.ts';
import type { SetAside } from './plan.ts';

const KRAFT_FILE = /^(.*\/)?kraft\/[^/]+\.properties$/;

function isZookeeperModeBroker(f: ClusterFile): boolean {
  return f.kind === 'server.properties' && kafkaValue(f.kafka, 'zookeeper.connect') !== undefined && kafkaValue(f.kafka, 'process.roles') === undefined;
}

/** The KRaft files of `files` beside a ZooKeeper-mode server.properties, set aside with the reason. */
export function kraftSamplesBesideZookeeperMode(files: readonly ClusterFile[]): SetAside[] {
  const zookeeperMode = new Set(files.filter(isZookeeperModeBroker).map((f) => f.path));
  const out: SetAside[] = [];
  for (const f of files) {
    const m = f.kind === 'server.properties' ? KRAFT_FILE.exec(f.path) : null;
    if (!m) continue;
    const parent = `${m[1] ?? ''}server.properties`;
    if (zookeeperMode.has(parent)) out.push({ path: f.path, reason: `KRaft sample beside the ZooKeeper-mode ${parent}` });
  }
  return out;
}
