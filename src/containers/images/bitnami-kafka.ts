/**
 * The Bitnami Kafka image (bitnami/containers, bitnami/kafka/3.7/debian-12/rootfs/opt/bitnami/
 * scripts/libkafka.sh; the same in 3.x and 4.x):
 * - kafka_create_alias_environment_variables: `KAFKA_<S>` for the listed suffixes (and five
 *   renamed ones) is exported as `KAFKA_CFG_<S>`, over any KAFKA_CFG_<S> the container sets
 *   (kafka_declare_alias_env exports the alias whenever the original is set);
 * - kafka_initialize: only when no server.properties is mounted in KAFKA_MOUNTED_CONF_DIR
 *   (/bitnami/kafka/config), server.properties.original is copied to KAFKA_CONF_FILE, log.dirs
 *   set to KAFKA_DATA_DIR, then kafka_configure_from_environment_variables runs;
 * - kafka_configure_from_environment_variables: every `KAFKA_CFG_*` in `${!KAFKA_CFG_@}` (bash
 *   lists them sorted) becomes `sed -e 's/^KAFKA_CFG_//g' -e 's/_/\./g' | tr upper lower`, so `__`
 *   is `..`; then `sasl.ssl` -> `sasl_ssl`, `sasl.plaintext` -> `sasl_plaintext`, and
 *   KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET is `zookeeper.clientCnxnSocket`;
 * - kafka_common_conf_set replaces a key's line where it is, or appends `key=value`.
 * server.properties.original is the distribution's config/server.properties (postunpack.sh moves
 * it aside), and kafka_server_unify_conf comments out its ZooKeeper- and KRaft-only lines before
 * the environment is applied. What stays matters to hacheck: the one-broker quickstart's
 * offsets.topic.replication.factor=1, transaction.state.log.replication.factor=1 and
 * transaction.state.log.min.isr=1 are the broker's values unless a variable replaces them (so a
 * single Bitnami broker that sets none of them is fine, and three that set none replicate their
 * internal topics once). The lines kept are those of the 3.3.0-3.9 file in
 * src/knowledge/kafka-samples.ts; the KRaft sample of 4.x keeps the same internal-topic lines.
 */
import type { ContainerEnv, ContainerProblem, ContainerService } from '../types.ts';
import { effectiveEnv } from './effective-env.ts';
import { PropertyLines } from './properties-builder.ts';
import { unknownKafkaValue } from './kafka-unknown.ts';
import type { ImageTranslation } from './types.ts';
import { KAFKA_SHIPPED_CONFIGS } from '../../knowledge/kafka-samples.ts';

const IMAGE = 'Bitnami Kafka image';
const CONF_FILE = '/opt/bitnami/kafka/config/server.properties';
const MOUNTED_CONF = '/bitnami/kafka/config/server.properties';
const DATA_DIR = '/bitnami/kafka/data';

/** The lines kafka_server_unify_conf comments out (`sed s/^<prefix>/#<prefix>/`). */
const UNIFIED_PREFIXES = ['zookeeper.', 'group.initial', 'broker.', 'node.', 'process.', 'listeners=', 'listener.', 'controller.', 'inter.broker', 'advertised.listeners'];

/** server.properties.original's settings left after kafka_server_unify_conf; log.dirs is set next, from KAFKA_DATA_DIR. */
const BASE_SETTINGS = [...KAFKA_SHIPPED_CONFIGS.find((c) => c.file === 'config/server.properties' && c.releases === '3.3.0-3.9')!.settings].filter(
  ([key]) => key !== 'log.dirs' && !UNIFIED_PREFIXES.some((p) => `${key}=`.startsWith(p)),
);

/** libkafka.sh kafka_create_alias_environment_variables `suffixes`. */
const ALIASED_SUFFIXES = [
  'ADVERTISED_LISTENERS', 'BROKER_ID', 'NODE_ID', 'CONTROLLER_QUORUM_VOTERS', 'PROCESS_ROLES',
  'DEFAULT_REPLICATION_FACTOR', 'DELETE_TOPIC_ENABLE', 'INTER_BROKER_LISTENER_NAME', 'LISTENERS',
  'LISTENER_SECURITY_PROTOCOL_MAP', 'LOG_DIRS', 'LOG_FLUSH_INTERVAL_MESSAGES', 'LOG_FLUSH_INTERVAL_MS',
  'LOG_MESSAGE_FORMAT_VERSION', 'LOG_RETENTION_BYTES', 'LOG_RETENTION_CHECK_INTERVALS_MS', 'LOG_RETENTION_HOURS',
  'LOG_SEGMENT_BYTES', 'MESSAGE_MAX_BYTES', 'NUM_IO_THREADS', 'NUM_NETWORK_THREADS', 'NUM_PARTITIONS',
  'NUM_RECOVERY_THREADS_PER_DATA_DIR', 'OFFSETS_TOPIC_REPLICATION_FACTOR', 'SOCKET_RECEIVE_BUFFER_BYTES',
  'SOCKET_REQUEST_MAX_BYTES', 'SOCKET_SEND_BUFFER_BYTES', 'SSL_ENDPOINT_IDENTIFICATION_ALGORITHM',
  'TRANSACTION_STATE_LOG_MIN_ISR', 'TRANSACTION_STATE_LOG_REPLICATION_FACTOR', 'ZOOKEEPER_CONNECT',
  'ZOOKEEPER_CONNECTION_TIMEOUT_MS',
];

/** The kafka_declare_alias_env calls made before the suffix loop: original -> alias. */
const RENAMED: Readonly<Record<string, string>> = {
  KAFKA_LOGS_DIRS: 'KAFKA_CFG_LOG_DIRS',
  KAFKA_SEGMENT_BYTES: 'KAFKA_CFG_LOG_SEGMENT_BYTES',
  KAFKA_MAX_MESSAGE_BYTES: 'KAFKA_CFG_MESSAGE_MAX_BYTES',
  KAFKA_ZOOKEEPER_CONNECT_TIMEOUT_MS: 'KAFKA_CFG_ZOOKEEPER_CONNECTION_TIMEOUT_MS',
  KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'KAFKA_CFG_AUTO_CREATE_TOPICS_ENABLE',
};

/** The KAFKA_CFG_ variable each container variable ends up as, with where its key's characters start in the original name. */
function cfgVariables(service: ContainerService): Map<string, { env: ContainerEnv; start: number }> {
  const env = effectiveEnv(service);
  const out = new Map<string, { env: ContainerEnv; start: number }>();
  for (const [name, e] of env) if (name.startsWith('KAFKA_CFG_')) out.set(name, { env: e, start: 'KAFKA_CFG_'.length });
  for (const [original, alias] of Object.entries(RENAMED)) {
    const e = env.get(original);
    if (e) out.set(alias, { env: e, start: -1 });
  }
  for (const suffix of ALIASED_SUFFIXES) {
    const e = env.get(`KAFKA_${suffix}`);
    if (e) out.set(`KAFKA_CFG_${suffix}`, { env: e, start: 'KAFKA_'.length });
  }
  return out;
}

/** The property a KAFKA_CFG_ variable writes. */
export function bitnamiKafkaKey(variable: string): string {
  if (variable === 'KAFKA_CFG_ZOOKEEPER_CLIENTCNXNSOCKET') return 'zookeeper.clientCnxnSocket';
  const key = variable.slice('KAFKA_CFG_'.length).replaceAll('_', '.').toLowerCase();
  return key.replaceAll('sasl.ssl', 'sasl_ssl').replaceAll('sasl.plaintext', 'sasl_plaintext');
}

export function bitnamiKafkaTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation {
  const vars = cfgVariables(service);
  const notes: ContainerProblem[] = [];
  if (mounted(MOUNTED_CONF)) {
    for (const { env } of vars.values()) notes.push({ span: env.span, kind: 'ignored', message: `${env.name.value} is ignored: the ${IMAGE} uses the mounted ${MOUNTED_CONF} as it is` });
    return { files: [], notes };
  }
  const lines = new PropertyLines();
  const image = service.image?.span ?? service.span;
  for (const [key, value] of BASE_SETTINGS) lines.set({ key, from: { span: image }, value: { value, span: image } });
  lines.set({ key: 'log.dirs', from: { span: service.span }, value: { value: DATA_DIR, span: service.span } });
  for (const variable of [...vars.keys()].sort()) {
    const { env, start } = vars.get(variable)!;
    const key = bitnamiKafkaKey(variable);
    if (!env.value) {
      notes.push(...unknownKafkaValue(env, key, IMAGE));
      lines.delete(key);
      continue;
    }
    lines.set({ key, from: start < 0 ? { span: env.name.span } : { name: env.name, start }, value: env.value });
  }
  return { files: [{ kind: 'server.properties', text: lines.build(service.file), image: IMAGE, target: CONF_FILE }], notes };
}
