/**
 * Kafka properties whose value hacheck reads: a variable that would write one of them with a
 * value hacheck cannot know (passed through from the shell, an unset `${VAR}`, a Secret) is
 * noted, since the finding it could give is then missing. Other properties are left out silently.
 */
import type { ContainerEnv, ContainerProblem } from '../types.ts';

export const KAFKA_KEYS_READ: ReadonlySet<string> = new Set([
  'zookeeper.connect',
  'listeners',
  'advertised.listeners',
  'broker.id',
  'node.id',
  'process.roles',
  'controller.quorum.voters',
]);

export function unknownKafkaValue(env: ContainerEnv, key: string, image: string): ContainerProblem[] {
  if (!KAFKA_KEYS_READ.has(key)) return [];
  return [{ span: env.span, kind: 'unknown', message: `${env.name.value} has no value hacheck can know, so the ${image} writes ${key} from a value not checked here` }];
}
