import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import type { KafkaFile } from '../../src/model/types.ts';
import { kafkaProcessFiles, processRoles } from '../../src/rules-support/kafka-nodes.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';
import type { Span } from '../../src/text/span.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'kafka/node-id-duplicate',
    severity: 'error',
    description: 'Two KRaft nodes have the same node.id',
    rationale:
      'In KRaft mode (`process.roles` set) `node.id` names the process: "Every node in a KRaft cluster must have a ' +
      'unique `node.id`, this includes broker and controller nodes." A broker that registers with the id of a ' +
      'broker that is alive is refused by the active controller (`DuplicateBrokerRegistrationException`, ' +
      '"Another broker is registered with that broker id.") and never joins; two controllers with one id are ' +
      'one voter to the Raft quorum, which then counts votes and fetch offsets of two processes as one. Copying ' +
      'server.properties to a new host without changing `node.id` is the usual cause.\n\n' +
      'Nodes are the broker configurations that set `process.roles`: those in different host folders, and files ' +
      'with different content anywhere (identical copies outside host folders are one file). ZooKeeper-mode ' +
      'brokers are `kafka/broker-id-duplicate`\'s.',
    fix: 'Give each KRaft node its own `node.id`; on a controller, the id must also be the one `controller.quorum.voters` gives its host. A node keeps its id in `meta.properties` in its log directories: reformat (`kafka-storage.sh format`) only an empty node.',
    references: [
      'KafkaConfig (apache/kafka 3.x) NodeIdDoc: "Every node in a KRaft cluster must have a unique `node.id`, this includes broker and controller nodes. This is required configuration when running in KRaft mode."',
      'ClusterControlManager.java (apache/kafka) registerBroker: throws DuplicateBrokerRegistrationException("Another broker is registered with that broker id.") while the registered broker has a valid session',
    ],
    upstreamMessage: 'Another broker is registered with that broker id.',
  },
  check(cluster, report) {
    const nodes: { file: KafkaFile; id: number; span: Span; raw: string }[] = [];
    for (const file of kafkaProcessFiles(cluster)) {
      if (processRoles(file) === undefined) continue;
      const entry = kafkaValue(file.kafka, 'node.id');
      // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
      const id = entry && !placeholderIn('node.id', entry.value.value) ? javaInt(entry.value.value) : undefined;
      if (!entry || id === undefined || id < 0) continue;
      nodes.push({ file, id, span: entry.value.span, raw: entry.value.value });
    }
    const first = new Map<number, (typeof nodes)[number]>();
    for (const n of nodes) {
      const prior = first.get(n.id);
      if (!prior) {
        first.set(n.id, n);
        continue;
      }
      report({
        span: n.span,
        message: `node.id ${quote(n.raw)} is also the node.id of ${quote(prior.file.path)}, so the two KRaft nodes are one to the controllers`,
        related: [{ span: prior.span, message: `node.id is ${quote(prior.raw)} here` }],
      });
    }
  },
});
