/**
 * Whether the image's configuration step runs at all for a container: a Compose `command:`
 * replaces the image's CMD, an `entrypoint:` its ENTRYPOINT and clears its CMD (compose-spec
 * 05-services.md, "command", "entrypoint"). Each image writes its files in one script, which
 * must still be among what the container runs:
 *
 * - the official zookeeper image: ENTRYPOINT /docker-entrypoint.sh writes zoo.cfg whatever the
 *   command (31z4/zookeeper-docker 3.9.4/Dockerfile L83-84, docker-entrypoint.sh L12-50);
 * - Bitnami: ENTRYPOINT /opt/bitnami/scripts/<app>/entrypoint.sh runs setup.sh only when its
 *   arguments hold `/run.sh` (`if [[ "$*" = *"/run.sh"* ]]`), CMD /opt/bitnami/scripts/<app>/run.sh;
 * - Confluent: CMD /etc/confluent/docker/run runs configure (confluentinc/kafka-images 7.9.0-post
 *   zookeeper/Dockerfile.ubi8 L79, kafka/Dockerfile.ubi8 L87);
 * - wurstmeister: CMD start-kafka.sh writes server.properties (kafka-docker Dockerfile L60);
 * - big-data-europe: ENTRYPOINT /entrypoint.sh writes the site files (base/Dockerfile L47).
 *
 * Images not listed are let through: their translation decides.
 */
import type { ContainerService, StartCommand } from '../types.ts';
import { parseImageName } from './image-name.ts';

interface ImageStart {
  readonly entrypoint: string;
  readonly cmd: string;
  /** What the arguments the container runs must hold for the image to write its files. */
  readonly needs: readonly string[];
  /** "the zookeeper image's /docker-entrypoint.sh" */
  readonly script: string;
}

const OFFICIAL_ZOOKEEPER: ImageStart = { entrypoint: '/docker-entrypoint.sh', cmd: 'zkServer.sh start-foreground', needs: ['docker-entrypoint.sh'], script: '/docker-entrypoint.sh' };
const bitnami = (app: string): ImageStart => ({
  entrypoint: `/opt/bitnami/scripts/${app}/entrypoint.sh`,
  cmd: `/opt/bitnami/scripts/${app}/run.sh`,
  needs: ['entrypoint.sh', '/run.sh'],
  script: `/opt/bitnami/scripts/${app}/entrypoint.sh with /opt/bitnami/scripts/${app}/run.sh`,
});
const CONFLUENT: ImageStart = { entrypoint: '', cmd: '/etc/confluent/docker/run', needs: ['/etc/confluent/docker/run'], script: '/etc/confluent/docker/run' };
const WURSTMEISTER: ImageStart = { entrypoint: '', cmd: 'start-kafka.sh', needs: ['start-kafka.sh'], script: 'start-kafka.sh' };
const BDE: ImageStart = { entrypoint: '/entrypoint.sh', cmd: '/run.sh', needs: ['entrypoint.sh'], script: '/entrypoint.sh' };

function imageStart(repository: string): ImageStart | undefined {
  if (repository === 'zookeeper') return OFFICIAL_ZOOKEEPER;
  const b = /^bitnami(?:legacy)?\/(zookeeper|kafka)$/.exec(repository);
  if (b) return bitnami(b[1]!);
  if (/^confluentinc\/cp-(?:zookeeper|kafka|server|enterprise-kafka)$/.test(repository)) return CONFLUENT;
  if (repository === 'wurstmeister/kafka') return WURSTMEISTER;
  if (repository.startsWith('bde2020/hadoop-')) return BDE;
  return undefined;
}

export interface SkippedStart {
  /** The `command:` or `entrypoint:` that leaves the script out. */
  readonly by: StartCommand;
  readonly message: string;
}

/** Undefined when the image's configuration script runs (or the image is not one of these). */
export function skippedStart(service: ContainerService): SkippedStart | undefined {
  if (!service.image || (!service.command && !service.entrypoint)) return undefined;
  const start = imageStart(parseImageName(service.image.value).repository);
  if (!start) return undefined;
  const entrypoint = service.entrypoint?.words ?? start.entrypoint;
  const cmd = service.command?.words ?? (service.entrypoint ? '' : start.cmd);
  const runs = `${entrypoint} ${cmd}`;
  if (start.needs.every((n) => runs.includes(n))) return undefined;
  // An entrypoint that drops the image's own script is what to fix, else the command.
  const lostEntrypoint = service.entrypoint !== undefined && start.needs.some((n) => start.entrypoint.includes(n) && !service.entrypoint!.words.includes(n));
  const by = lostEntrypoint || !service.command ? service.entrypoint! : service.command;
  const key = by === service.entrypoint ? 'entrypoint' : 'command';
  return { by, message: `the ${key} replaces the image's ${start.script}, so the image writes no configuration from the environment` };
}
