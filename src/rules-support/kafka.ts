/**
 * Kafka broker configurations (server.properties), shared by the kafka/ rules.
 * Source: Kafka broker configs documentation (kafka.apache.org/documentation/#brokerconfigs).
 */
import type { Cluster, KafkaFile } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';

/**
 * Keys only a broker configuration sets. A file named server.properties without any of
 * them belongs to another program (the name is common) and is left alone.
 */
const BROKER_KEYS = ['broker.id', 'node.id', 'zookeeper.connect', 'process.roles', 'log.dirs', 'log.dir', 'listeners', 'advertised.listeners'];

export function isBroker(file: KafkaFile): boolean {
  return BROKER_KEYS.some((k) => kafkaValue(file.kafka, k) !== undefined);
}

/** Every broker configuration, one per path (copies in host folders are separate brokers). */
export function brokerFiles(cluster: Cluster): KafkaFile[] {
  return cluster.files.filter((f): f is KafkaFile => f.kind === 'server.properties' && isBroker(f));
}

/** One broker configuration per distinct content, for checks of a file on its own. */
export function distinctBrokerFiles(cluster: Cluster): KafkaFile[] {
  return cluster.distinctFiles.filter((f): f is KafkaFile => f.kind === 'server.properties' && isBroker(f));
}

/** A directory Kafka keeps data in that the system may clear: /tmp or /var/tmp. */
export function isTmpPath(path: string): boolean {
  return /^\/(?:var\/)?tmp(?:\/|$)/.test(path);
}
