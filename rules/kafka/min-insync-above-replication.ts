import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { isBrokerProcess } from '../../src/rules-support/kafka-nodes.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';
import type { KafkaFile } from '../../src/model/types.ts';

// Both default to 1 (Kafka broker configs documentation).
const DEFAULT = 1;

/** The int a key sets, its default when unset, undefined when unknown (placeholder) or not an int. */
function intSetting(file: KafkaFile, key: string) {
  const entry = kafkaValue(file.kafka, key);
  if (!entry) return { value: DEFAULT, entry };
  // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
  if (placeholderIn(key, entry.value.value)) return undefined;
  const value = javaInt(entry.value.value);
  return value === undefined ? undefined : { value, entry };
}

export default defineRule({
  meta: {
    id: 'kafka/min-insync-above-replication',
    severity: 'error',
    description: 'A Kafka broker requires more in-sync replicas than its default replication factor creates',
    rationale:
      '`min.insync.replicas` is "the minimum number of replicas that must acknowledge a write for the write to be ' +
      'considered successful" when a producer sets `acks=all`; "if this minimum cannot be met, then the producer ' +
      'will raise an exception (either NotEnoughReplicas or NotEnoughReplicasAfterAppend)". A topic created ' +
      'without a replication factor (auto-created, or `kafka-topics.sh --create` without `--replication-factor`) ' +
      'gets `default.replication.factor` replicas, and a partition never has more in-sync replicas than replicas: ' +
      'with `min.insync.replicas` above `default.replication.factor` every `acks=all` write to such a topic fails, ' +
      'and `acks=all` is the producer default since Kafka 3.0. Both keys default to 1; the usual slip is ' +
      '`min.insync.replicas=2` copied from a production guide onto brokers that keep `default.replication.factor=1`.\n\n' +
      'Checked per broker configuration (KRaft controllers only are not brokers).',
    fix: 'Set `default.replication.factor` to at least `min.insync.replicas` (3 and 2 on three or more brokers), or lower `min.insync.replicas`.',
    references: [
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_min.insync.replicas): default 1, "If this minimum cannot be met, then the producer will raise an exception (either NotEnoughReplicas or NotEnoughReplicasAfterAppend)"',
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_default.replication.factor): "The default replication factors for automatically created topics", default 1',
      'Partition.scala (apache/kafka) appendRecordsToLeader: `if (inSyncSize < minIsr && requiredAcks == -1) throw new NotEnoughReplicasException(...)`',
      'KIP-679 (Kafka 3.0): the producer enables idempotence and acks=all by default',
    ],
    upstreamMessage: 'The size of the current ISR <isr> is insufficient to satisfy the min.isr requirement of <min.insync.replicas> for partition <partition>',
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      if (!isBrokerProcess(file)) continue;
      const minIsr = intSetting(file, 'min.insync.replicas');
      const factor = intSetting(file, 'default.replication.factor');
      // Only min.insync.replicas set above the default, or the factor lowered below it, are findings; the
      // defaults (1 and 1) agree.
      if (!minIsr || !factor || minIsr.value <= factor.value) continue;
      const factorText = factor.entry ? `default.replication.factor is ${quote(factor.entry.value.value)}` : `default.replication.factor is not set (default ${DEFAULT})`;
      const span = minIsr.entry ? minIsr.entry.value.span : factor.entry!.value.span;
      report({
        span,
        message: `min.insync.replicas is ${quote(String(minIsr.entry ? minIsr.entry.value.value : DEFAULT))} but ${factorText}, so every acks=all write to a topic created with the default replication factor fails with NotEnoughReplicas`,
        related: factor.entry && minIsr.entry ? [{ span: factor.entry.value.span, message: `default.replication.factor is ${quote(factor.entry.value.value)} here` }] : [],
      });
    }
  },
});
