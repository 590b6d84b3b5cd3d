/**
 * The wurstmeister Kafka image (wurstmeister/kafka-docker start-kafka.sh): it edits
 * $KAFKA_HOME/config/server.properties (/opt/kafka) in place, replacing a key's line or
 * appending `key=value` (updateConfig, lines 103-117), for every `KAFKA_*` variable but
 * EXCLUSIONS (line 121), its name after `KAFKA_` lower-cased with `_` -> `.` (line 134), so a
 * key always has as many characters as the name. Before that:
 * - KAFKA_PORT defaults to 9092 (lines 18-20), KAFKA_BROKER_ID to `$(eval $BROKER_ID_COMMAND)`
 *   or -1 (lines 33-41); KAFKA_CREATE_TOPICS and KAFKA_HEAP_OPTS are unset (lines 23, 49);
 * - HOSTNAME_COMMAND and PORT_COMMAND replace `_{HOSTNAME_COMMAND}` / `_{PORT_COMMAND}` in every
 *   KAFKA_ value with a command's output (lines 52-76), and with neither KAFKA_LISTENERS nor
 *   KAFKA_ADVERTISED_HOST_NAME the hostname command's output becomes advertised.host.name
 *   (lines 84-97): a command's result is not known here.
 * The file it edits is Kafka's own config/server.properties (the image installs the 2.x
 * distributions, whose sample is that of 2.5.0-3.2.3 in src/knowledge/kafka-samples.ts: one-broker
 * settings such as offsets.topic.replication.factor=1 stay unless a variable replaces them), and
 * KAFKA_LOG_DIRS defaults to `/kafka/kafka-logs-$HOSTNAME` (line 44).
 */
import type { ContainerEnv, ContainerProblem, ContainerService } from '../types.ts';
import { effectiveEnv } from './effective-env.ts';
import { unknownKafkaValue } from './kafka-unknown.ts';
import { PropertyLines } from './properties-builder.ts';
import type { ImageTranslation } from './types.ts';
import { KAFKA_SHIPPED_CONFIGS } from '../../knowledge/kafka-samples.ts';

const IMAGE = 'wurstmeister Kafka image';

/** The settings of the sample config/server.properties of the Kafka releases the image ships. */
const SHIPPED = KAFKA_SHIPPED_CONFIGS.find((c) => c.file === 'config/server.properties' && c.releases === '2.5.0-3.2.3')!.settings;
const TARGET = '/opt/kafka/config/server.properties';

/** start-kafka.sh line 121, with the two the script unsets before its loop. */
const EXCLUDED = new Set([
  'KAFKA_VERSION', 'KAFKA_HOME', 'KAFKA_DEBUG', 'KAFKA_GC_LOG_OPTS', 'KAFKA_HEAP_OPTS', 'KAFKA_JMX_OPTS',
  'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_LOG', 'KAFKA_OPTS', 'KAFKA_CREATE_TOPICS',
]);

const COMMANDS = ['HOSTNAME_COMMAND', 'PORT_COMMAND'] as const;

export function wurstmeisterKafkaKey(variable: string): string {
  return variable.slice('KAFKA_'.length).toLowerCase().replaceAll('_', '.');
}

/** A variable whose value a command's output changes: `_{HOSTNAME_COMMAND}` in it with HOSTNAME_COMMAND set. */
function substituted(e: ContainerEnv, env: Map<string, ContainerEnv>): string | undefined {
  return COMMANDS.find((c) => env.has(c) && e.value?.value.includes(`_{${c}}`));
}

export function wurstmeisterKafkaTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation {
  const env = effectiveEnv(service);
  const notes: ContainerProblem[] = [];
  const lines = new PropertyLines();
  // The file it edits is the distribution's sample, unless one is mounted there (then that file is the base).
  const image = service.image?.span ?? service.span;
  if (!mounted(TARGET)) for (const [key, value] of SHIPPED) lines.set({ key, from: { span: image }, value: { value, span: image } });
  // start-kafka.sh line 44: KAFKA_LOG_DIRS defaults to a folder named after the container's $HOSTNAME, expanded
  // by the shell: its `hostname`, else the container's id, which no file holds (written as "<container id>").
  if (!env.has('KAFKA_LOG_DIRS')) {
    const host = service.hostname?.value ?? '<container id>';
    lines.set({ key: 'log.dirs', from: { span: image }, value: { value: `/kafka/kafka-logs-${host}`, span: image } });
  }
  const written = (key: string, e: ContainerEnv, why: string) => {
    notes.push({ span: e.span, kind: 'unknown', message: `${why}, so the ${IMAGE} writes ${key} from a value not checked here` });
    lines.delete(key);
  };
  for (const [name, e] of env) {
    if (!name.startsWith('KAFKA_') || EXCLUDED.has(name)) continue;
    const key = wurstmeisterKafkaKey(name);
    const command = substituted(e, env);
    if (command) written(key, e, `${name} holds _{${command}}, replaced by the output of ${command}`);
    else if (!e.value) {
      notes.push(...unknownKafkaValue(e, key, IMAGE));
      lines.delete(key);
    } else lines.set({ key, from: { name: e.name, start: 'KAFKA_'.length }, value: e.value });
  }
  if (!env.has('KAFKA_PORT')) lines.set({ key: 'port', from: { span: service.span }, value: { value: '9092', span: service.span } });
  if (!env.has('KAFKA_BROKER_ID')) {
    const command = env.get('BROKER_ID_COMMAND');
    if (command?.value?.value) written('broker.id', command, 'KAFKA_BROKER_ID is not set and BROKER_ID_COMMAND gives it');
    else lines.set({ key: 'broker.id', from: { span: service.span }, value: { value: '-1', span: service.span } });
  }
  const hostnameCommand = env.get('HOSTNAME_COMMAND');
  if (hostnameCommand?.value?.value && !env.get('KAFKA_LISTENERS')?.value?.value && !env.get('KAFKA_ADVERTISED_HOST_NAME')?.value?.value) {
    notes.push({ span: hostnameCommand.span, kind: 'unknown', message: `with neither KAFKA_LISTENERS nor KAFKA_ADVERTISED_HOST_NAME, the ${IMAGE} writes advertised.host.name from the output of HOSTNAME_COMMAND, not checked here` });
  }
  // start-kafka.sh edits the mounted file in place: its KAFKA_ variables replace lines of it or are appended to it.
  const mountedFile = mounted(TARGET) ? { mountedFile: 'extended' as const } : {};
  return { files: [{ kind: 'server.properties', text: lines.build(service.file), image: IMAGE, target: TARGET, ...mountedFile }], notes };
}
