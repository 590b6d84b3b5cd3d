import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { isBrokerProcess, kafkaProcessFiles } from '../../src/rules-support/kafka-nodes.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';
import { connectHosts } from '../../src/model/connect-string.ts';
import type { Cluster } from '../../src/model/types.ts';

/** The internal topics whose replication factor a broker enforces when it creates them; both default to 3. */
const INTERNAL_TOPICS = [
  { key: 'offsets.topic.replication.factor', topic: '__consumer_offsets', effect: 'consumer groups never get a coordinator' },
  { key: 'transaction.state.log.replication.factor', topic: '__transaction_state', effect: 'transactional producers never get a coordinator' },
] as const;
// GroupCoordinatorConfig.OFFSETS_TOPIC_REPLICATION_FACTOR_DEFAULT, TransactionLogConfig.TRANSACTIONS_TOPIC_REPLICATION_FACTOR_DEFAULT.
const DEFAULT_FACTOR = 3;
const SHORT_MAX = 32767;

/**
 * How many brokers the cluster holds, or undefined when it cannot tell. Conservative: the
 * largest count the files allow, so a finding means too few brokers however the files are read.
 */
function brokerCount(cluster: Cluster): number | undefined {
  const ids = new Set<number>();
  let unnamed = 0;
  // Containers run as several replicas (deploy.replicas, Swarm's global mode, a Deployment) by host name, looked up once.
  const replicated = new Set(cluster.hosts.filter((h) => h.container?.replicas !== undefined && h.container.replicas !== 1).map((h) => h.name));
  for (const file of kafkaProcessFiles(cluster)) {
    if (!isBrokerProcess(file)) continue;
    // A file outside the host folders of a tree that has them is shared by an unknown number of hosts.
    if (cluster.hasHostFolders && file.host === undefined) return undefined;
    // A container run as several replicas is that many brokers, how many the file does not say.
    if (file.host !== undefined && replicated.has(file.host)) return undefined;
    const entry = kafkaValue(file.kafka, 'node.id') ?? kafkaValue(file.kafka, 'broker.id');
    // A placeholder id is a template filled in per host: the number of brokers is unknown.
    if (entry && placeholderIn(entry.key.value, entry.value.value)) return undefined;
    const id = entry ? javaInt(entry.value.value) : undefined;
    // An id generated at startup (unset, -1) is a broker of its own; equal ids are one broker
    // (kafka/broker-id-duplicate reports them).
    if (id === undefined || id < 0) unnamed++;
    else ids.add(id);
  }
  const count = ids.size + unnamed;
  return count === 1 && copiedToSeveralHosts(cluster) ? undefined : count;
}

/**
 * One broker config outside host folders that names a ZooKeeper ensemble of several hosts, or
 * asks for several replicas (default.replication.factor above 1), and does not listen on
 * localhost only: a file copied to each broker host (its broker.id edited there), so how many
 * brokers run it is unknown. A single-node set-up is what the count describes.
 */
function copiedToSeveralHosts(cluster: Cluster): boolean {
  const shared = kafkaProcessFiles(cluster).filter((f) => isBrokerProcess(f) && f.host === undefined);
  if (shared.length === 0) return false;
  return shared.some((f) => {
    // A broker that listens on localhost only serves its own machine: one broker, whatever the ensemble.
    const listeners = kafkaValue(f.kafka, 'advertised.listeners')?.value.value ?? kafkaValue(f.kafka, 'listeners')?.value.value ?? '';
    if (/:\/\/(?:localhost|127\.0\.0\.1)(?::|$)/.test(listeners)) return false;
    const connect = kafkaValue(f.kafka, 'zookeeper.connect')?.value.value ?? '';
    const hosts = new Set(connectHosts(connect));
    const factor = javaInt(kafkaValue(f.kafka, 'default.replication.factor')?.value.value ?? '1');
    return hosts.size > 1 || (factor !== undefined && factor > 1);
  });
}

export default defineRule({
  meta: {
    id: 'kafka/internal-topic-replication',
    severity: 'error',
    description: 'A Kafka internal topic needs more replicas than the directory has brokers',
    rationale:
      'A broker creates `__consumer_offsets` when the first consumer group looks for its coordinator, and ' +
      '`__transaction_state` when the first transactional producer does, with `offsets.topic.replication.factor` ' +
      'and `transaction.state.log.replication.factor` replicas (both default to 3). Since Kafka 0.11.0 the broker ' +
      'enforces that factor: "Internal topic creation will fail until the cluster size meets this replication ' +
      'factor requirement", and until then the clients get `COORDINATOR_NOT_AVAILABLE` forever. Producing works, ' +
      'so the failure shows up only when the first consumer group never receives anything. A single-broker ' +
      'setup that keeps the defaults is the classic case; the shipped `config/server.properties` sets both to 1 ' +
      'for that reason.\n\n' +
      'Brokers counted: the broker configurations (server.properties, server-N.properties) whose `process.roles` ' +
      'is unset or contains `broker` (KRaft controllers only are not brokers), one per host folder copy and, ' +
      'outside host folders, one per distinct content; brokers with one `node.id` (else `broker.id`) count ' +
      'once, and each broker with a generated id (unset or -1) counts on its own. The rule says nothing when ' +
      'the count is unknown: a shared broker configuration in a tree of host folders (used by any number of ' +
      'hosts), an id that is a placeholder (a template), or a single broker configuration outside host ' +
      'folders that names a ZooKeeper ensemble of several hosts or sets `default.replication.factor` above 1 ' +
      'and does not listen on localhost only (a file copied to every broker host, its broker.id edited there).',
    fix:
      'Set `offsets.topic.replication.factor` and `transaction.state.log.replication.factor` to at most the number ' +
      'of brokers (1 on a single broker, 3 on three or more in production), or add brokers. An internal topic ' +
      'already created keeps its replication factor: change it with `kafka-reassign-partitions.sh`.',
    references: [
      'GroupCoordinatorConfig.java (apache/kafka trunk): OFFSETS_TOPIC_REPLICATION_FACTOR_DEFAULT = 3, "Internal topic creation will fail until the cluster size meets this replication factor requirement"',
      'TransactionLogConfig.java (apache/kafka trunk): TRANSACTIONS_TOPIC_REPLICATION_FACTOR_DEFAULT = 3, same requirement',
      'Kafka upgrade notes, notable changes in 0.11.0.0 (kafka.apache.org/documentation/#upgrade_1100_notable): "The offsets.topic.replication.factor broker config is now enforced upon auto topic creation. Internal auto topic creation will fail with a GROUP_COORDINATOR_NOT_AVAILABLE error until the cluster size meets this replication factor requirement"',
      'KAFKA-3959 / KIP-115 (apache/kafka PR #2177): enforce offsets.topic.replication.factor upon __consumer_offsets auto topic creation',
    ],
    upstreamMessage: 'Replication factor: 3 larger than available brokers: 1',
  },
  check(cluster, report) {
    const brokers = brokerCount(cluster);
    if (brokers === undefined || brokers === 0) return;
    for (const file of distinctBrokerFiles(cluster)) {
      if (!isBrokerProcess(file)) continue;
      for (const { key, topic, effect } of INTERNAL_TOPICS) {
        const entry = kafkaValue(file.kafka, key);
        // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
        if (entry && placeholderIn(key, entry.value.value)) continue;
        // ConfigDef SHORT: a value that is not a number stops the broker at startup, another failure.
        const factor = entry ? javaInt(entry.value.value) : DEFAULT_FACTOR;
        if (factor === undefined || factor > SHORT_MAX || factor <= brokers) continue;
        const stated = entry ? `${key} is ${quote(entry.value.value)}` : `${key} is not set (default ${DEFAULT_FACTOR})`;
        report({
          span: entry ? entry.value.span : file.start,
          message: `${stated}, but the cluster holds ${plural(brokers, 'broker')}, so ${topic} is never created and ${effect}`,
        });
      }
    }
  },
});
