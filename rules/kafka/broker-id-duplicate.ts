import { defineRule } from '../../src/engine/rule.ts';
import { brokerFiles } from '../../src/rules-support/kafka.ts';
import { reportRepeatedIds } from '../../src/rules-support/kafka-unique-ids.ts';

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
    const brokers = brokerFiles(cluster).filter((file) => {
      const key = file.host === undefined ? `shared\0${file.hash}` : `${file.host}\0${file.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    reportRepeatedIds(brokers, 'broker.id', 'so one of the two brokers cannot register', report);
  },
});
