import { defineRule } from '../../src/engine/rule.ts';
import { kafkaProcessFiles, processRoles } from '../../src/rules-support/kafka-nodes.ts';
import { reportRepeatedIds } from '../../src/rules-support/kafka-unique-ids.ts';

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
    const nodes = kafkaProcessFiles(cluster).filter((file) => processRoles(file) !== undefined);
    reportRepeatedIds(nodes, 'node.id', 'so the two KRaft nodes are one to the controllers', report);
  },
});
