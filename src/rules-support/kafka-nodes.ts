/**
 * The Kafka processes a directory describes, shared by the kafka/ rules that count or compare nodes.
 * Source: Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs): process.roles, node.id, broker.id.
 */
import type { Cluster, KafkaFile } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import { brokerFiles } from './kafka.ts';
import { splitLocated, trimLocated } from '../text/sub-span.ts';

/**
 * One process per broker configuration: each copy in a host folder is that host's process; outside
 * host folders identical copies are one file (the shape kafka/broker-id-duplicate counts with).
 */
export function kafkaProcessFiles(cluster: Cluster): KafkaFile[] {
  const seen = new Set<string>();
  const out: KafkaFile[] = [];
  for (const file of brokerFiles(cluster)) {
    const key = file.host === undefined ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(file);
  }
  return out;
}

/**
 * The roles `process.roles` lists (ConfigDef LIST: comma separated, trimmed; KafkaConfig accepts
 * exactly `broker` and `controller`); undefined when unset, which is a ZooKeeper-mode broker.
 */
export function processRoles(file: KafkaFile): string[] | undefined {
  const entry = kafkaValue(file.kafka, 'process.roles');
  if (!entry) return undefined;
  return splitLocated(entry.value, ',')
    .map((p) => trimLocated(p).value)
    .filter((r) => r !== '');
}

/** True when the process serves clients: a ZooKeeper-mode broker, or a KRaft node with the broker role. */
export function isBrokerProcess(file: KafkaFile): boolean {
  const roles = processRoles(file);
  return roles === undefined || roles.includes('broker');
}
