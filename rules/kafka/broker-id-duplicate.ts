import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import type { KafkaFile } from '../../src/model/types.ts';
import { brokerFiles } from '../../src/rules-support/kafka.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';
import type { Span } from '../../src/text/span.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'kafka/broker-id-duplicate',
    severity: 'error',
    description: 'Two Kafka brokers have the same broker.id',
    rationale:
      '"Each broker is uniquely identified by a non-negative integer id", `broker.id`; it is the broker\'s name ' +
      'in ZooKeeper (`/brokers/ids/<id>`) and in every partition assignment. A second broker started with an id ' +
      'already registered stops at startup ("Error while creating ephemeral at /brokers/ids/<id>, node already ' +
      'exists", `NodeExistsException`); started while the first is down, it takes over that broker\'s partitions ' +
      'with none of its data. Copying server.properties to a new host without changing `broker.id` is the usual ' +
      'cause.\n\n' +
      'Brokers are the server.properties (or server-N.properties) files: those in different host folders, and ' +
      'files with different content anywhere (identical copies outside host folders are one file). ' +
      '`broker.id=-1` (the default) means an id generated at startup and is never a duplicate.',
    fix: 'Give each broker its own `broker.id`, or remove it (with `broker.id.generation.enable=true`, the default) to have one generated. A broker keeps its id in `meta.properties` in its `log.dirs`: change it only on an empty broker.',
    references: [
      'Kafka broker configs (kafka.apache.org/082/configuration/broker-configs) broker.id: "Each broker is uniquely identified by a non-negative integer id ... You can choose any number you like so long as it is unique"',
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_broker.id): default -1, "If unset, a unique broker id will be generated"',
      'KAFKA-3012 (apache/kafka PR #762): broker.id.generation.enable, reserved.broker.max.id',
    ],
    upstreamMessage: 'Error while creating ephemeral at /brokers/ids/<id>, node already exists',
  },
  check(cluster, report) {
    // One broker per host folder copy; outside host folders, identical copies are one broker.
    const seen = new Set<string>();
    const brokers: { file: KafkaFile; id: number; span: Span; raw: string }[] = [];
    for (const file of brokerFiles(cluster)) {
      const key = file.host === undefined ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = kafkaValue(file.kafka, 'broker.id');
      // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
      const id = entry && !placeholderIn('broker.id', entry.value.value) ? javaInt(entry.value.value) : undefined;
      if (!entry || id === undefined || id < 0) continue;
      brokers.push({ file, id, span: entry.value.span, raw: entry.value.value });
    }
    const first = new Map<number, (typeof brokers)[number]>();
    for (const b of brokers) {
      const prior = first.get(b.id);
      if (!prior) {
        first.set(b.id, b);
        continue;
      }
      report({
        span: b.span,
        message: `broker.id ${quote(b.raw)} is also the broker.id of ${quote(prior.file.path)}, so one of the two brokers cannot register`,
        related: [{ span: prior.span, message: `broker.id is ${quote(prior.raw)} here` }],
      });
    }
  },
});
