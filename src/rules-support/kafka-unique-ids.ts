/**
 * Ids every Kafka node must have to itself (`broker.id` in ZooKeeper mode, `node.id` in KRaft):
 * the second node with an id is reported at its id, with the first as related location.
 */
import { fileLabel } from './file-label.ts';
import { quote } from '../engine/quote.ts';
import type { Reporter } from '../engine/rule.ts';
import type { KafkaFile } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import { placeholderIn } from './placeholders.ts';
import { javaInt } from './zookeeper.ts';

/**
 * Reports each file whose `key` repeats an id an earlier file has. Placeholders and values
 * that are not a non-negative int are left to the placeholder and number rules; `consequence`
 * ends the message ("so one of the two brokers cannot register").
 */
export function reportRepeatedIds(files: readonly KafkaFile[], key: string, consequence: string, report: Reporter): void {
  const first = new Map<number, { readonly file: KafkaFile; readonly raw: string; readonly span: KafkaFile['start'] }>();
  for (const file of files) {
    const entry = kafkaValue(file.kafka, key);
    const id = entry && !placeholderIn(key, entry.value.value) ? javaInt(entry.value.value) : undefined;
    if (!entry || id === undefined || id < 0) continue;
    const prior = first.get(id);
    if (!prior) {
      first.set(id, { file, raw: entry.value.value, span: entry.value.span });
      continue;
    }
    report({
      span: entry.value.span,
      message: `${key} ${quote(entry.value.value)} is also the ${key} of ${fileLabel(prior.file)}, ${consequence}`,
      related: [{ span: prior.span, message: `${key} is ${quote(prior.raw)} here` }],
    });
  }
}
