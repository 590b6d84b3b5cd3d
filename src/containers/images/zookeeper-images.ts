/**
 * The ZooKeeper images whose entrypoints hacheck reads: which one a service runs, and what its
 * entrypoint writes (src/containers/images/zookeeper/).
 */
import type { ContainerService } from '../types.ts';
import { parseImageName } from './image-name.ts';
import type { ImageTranslation } from './types.ts';
import { bitnamiZookeeperTranslation } from './zookeeper/bitnami.ts';
import { confluentZookeeperTranslation } from './zookeeper/confluent.ts';
import { officialZookeeperTranslation } from './zookeeper/official.ts';

/** Bitnami's images moved to `bitnamilegacy/` in 2025 with the same scripts. */
const BITNAMI = new Set(['bitnami/zookeeper', 'bitnamilegacy/zookeeper']);

/** What a ZooKeeper image's entrypoint writes for this container, or undefined when its image is not one of these.
 *  `mounted`: absolute paths inside the container that a mount provides (a file, or a folder whose files are provided):
 *  the entrypoint does not write a file that exists. */
export function zookeeperImageTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation | undefined {
  if (!service.image) return undefined;
  const { repository, tag, official } = parseImageName(service.image.value);
  if (repository === 'zookeeper' && official) return officialZookeeperTranslation(service, tag, mounted);
  if (BITNAMI.has(repository)) return bitnamiZookeeperTranslation(service, mounted);
  if (repository === 'confluentinc/cp-zookeeper') return confluentZookeeperTranslation(service, mounted);
  return undefined;
}
