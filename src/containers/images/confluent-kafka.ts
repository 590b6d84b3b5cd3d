/**
 * The Confluent Kafka images (confluentinc/cp-kafka, cp-server, cp-enterprise-kafka;
 * confluentinc/kafka-images kafka/include/etc/confluent/docker/configure and
 * kafka.properties.template): configure sets KAFKA_LOG_DIRS to /var/lib/kafka/data when unset
 * (configure lines 46-50), then `ub render-template` writes /etc/kafka/kafka.properties over
 * whatever is there (configure line 134), from
 * `envToProps "KAFKA_" "" $excludedProps` (template lines 1-6): every `KAFKA_*` variable but the
 * excluded ones, its name after `KAFKA_` through ConvertKey (confluentinc/common-docker
 * base-java/ub/ub.go): each non-overlapping match of `[^_]_[^_]` has its `_` made `.`, then
 * `___` -> `-`, `__` -> `_`, lower-cased; the lines sorted by key (Go templates range over a map
 * in key order). Images before 8.0 did the same with dub's Jinja template and env_to_props.
 * KAFKA_LISTENERS, when unset, is derived by `ub listeners` from KAFKA_ADVERTISED_LISTENERS in a
 * way that changed between releases (host made 0.0.0.0, later the scheme dropped): not written.
 */
import type { ContainerProblem, ContainerService } from '../types.ts';
import { effectiveEnv } from './effective-env.ts';
import { unknownKafkaValue } from './kafka-unknown.ts';
import { PropertyLines } from './properties-builder.ts';
import type { ImageTranslation } from './types.ts';

const IMAGE = 'Confluent Kafka image';
const TARGET = '/etc/kafka/kafka.properties';

/** kafka.properties.template line 1 `$excludedProps`. */
const EXCLUDED = new Set([
  'KAFKA_VERSION', 'KAFKA_HEAP_OPTS', 'KAFKA_LOG4J_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS',
  'KAFKA_GC_LOG_OPTS', 'KAFKA_LOG4J_ROOT_LOGLEVEL', 'KAFKA_LOG4J_LOGGERS', 'KAFKA_TOOLS_LOG4J_LOGLEVEL',
]);

/** ub.go ConvertKey. */
export function confluentKafkaKey(rest: string): string {
  const dotted = rest.replace(/[^_]_[^_]/g, (m) => m.replaceAll('_', '.'));
  return dotted.replaceAll('___', '-').replaceAll('__', '_').toLowerCase();
}

export function confluentKafkaTranslation(service: ContainerService): ImageTranslation {
  const env = effectiveEnv(service);
  const notes: ContainerProblem[] = [];
  const lines = new PropertyLines();
  if (!env.has('KAFKA_LOG_DIRS')) lines.set({ key: 'log.dirs', from: { span: service.span }, value: { value: '/var/lib/kafka/data', span: service.span } });
  for (const [name, e] of env) {
    if (!name.startsWith('KAFKA_') || EXCLUDED.has(name)) continue;
    const key = confluentKafkaKey(name.slice('KAFKA_'.length));
    if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE));
      lines.delete(key);
      continue;
    }
    lines.set({ key, from: { name: e.name, start: 'KAFKA_'.length }, value: e.value });
  }
  return { files: [{ kind: 'server.properties', text: lines.sortedByKey().build(service.file), image: IMAGE, target: TARGET }], notes };
}
