/**
 * Kafka ships `config/kraft/{server,broker,controller}.properties` beside the ZooKeeper-mode
 * `config/server.properties` (2.8 to 3.x), and images copy the whole folder to /etc/kafka. A
 * node runs one of them: when the folder's own server.properties is a ZooKeeper-mode broker
 * (it sets zookeeper.connect and no process.roles), that is the one started, and the KRaft
 * samples beside it (their controllers still on localhost) are not run; compared with the real nodes they only give false
 * findings (two KRaft samples share node.id 1 in every release).
 */
import { kafkaValue } from '../parse/kafka-properties.ts';
import type { ClusterFile } from '../model/types.ts';
import type { SetAside } from './plan.ts';

const KRAFT_FILE = /^(.*\/)?kraft\/[^/]+\.properties$/;

function isZookeeperModeBroker(f: ClusterFile): boolean {
  return f.kind === 'server.properties' && kafkaValue(f.kafka, 'zookeeper.connect') !== undefined && kafkaValue(f.kafka, 'process.roles') === undefined;
}

/**
 * A KRaft node's file as the samples ship it: process.roles set, and its controllers on
 * localhost (`controller.quorum.voters=1@localhost:9093`, or 3.9's
 * `controller.quorum.bootstrap.servers=localhost:9093`). A KRaft file edited for real use names
 * real controllers, and is read.
 */
function isLocalKraftSample(f: ClusterFile): boolean {
  if (f.kind !== 'server.properties' || kafkaValue(f.kafka, 'process.roles') === undefined) return false;
  const controllers = kafkaValue(f.kafka, 'controller.quorum.voters')?.value.value ?? kafkaValue(f.kafka, 'controller.quorum.bootstrap.servers')?.value.value ?? '';
  const hosts = controllers.split(',').map((v) => v.trim().replace(/^\d+@/, '').replace(/:\d*$/, '')).filter((h) => h !== '');
  return hosts.length > 0 && hosts.every((h) => h === 'localhost' || h === '127.0.0.1');
}

/** The KRaft samples of `files` beside a ZooKeeper-mode server.properties, set aside with the reason. */
export function kraftSamplesBesideZookeeperMode(files: readonly ClusterFile[]): SetAside[] {
  const zookeeperMode = new Set(files.filter(isZookeeperModeBroker).map((f) => f.path));
  const out: SetAside[] = [];
  for (const f of files) {
    const m = isLocalKraftSample(f) ? KRAFT_FILE.exec(f.path) : null;
    if (!m) continue;
    const parent = `${m[1] ?? ''}server.properties`;
    if (zookeeperMode.has(parent)) out.push({ path: f.path, reason: `KRaft sample beside the ZooKeeper-mode ${parent}` });
  }
  return out;
}
