/**
 * Kafka broker configurations (server.properties), shared by the kafka/ rules.
 * Source: Kafka broker configs documentation (kafka.apache.org/documentation/#brokerconfigs).
 */
import type { Cluster, KafkaFile } from '../model/types.ts';
import { isBrokerConfig } from '../discovery/by-content.ts';

/**
 * A file named *.properties that sets no broker key belongs to another program; discovery
 * already sets such files aside (src/discovery/by-content.ts), this keeps the rules honest.
 */
export function isBroker(file: KafkaFile): boolean {
  return isBrokerConfig(file.kafka);
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
