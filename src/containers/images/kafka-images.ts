/**
 * What a Kafka image's entrypoint writes for a container: its server.properties, from the
 * container's KAFKA_ variables, as each image's script does it (one file per image beside this
 * one). The official apache/kafka image (docker/resources/common-scripts in apache/kafka) is not
 * read yet: its containers give undefined.
 */
import type { ContainerService } from '../types.ts';
import { bitnamiKafkaTranslation } from './bitnami-kafka.ts';
import { confluentKafkaTranslation } from './confluent-kafka.ts';
import { imageRepository } from './image-name.ts';
import type { ImageTranslation } from './types.ts';
import { wurstmeisterKafkaTranslation } from './wurstmeister-kafka.ts';

const CONFLUENT = new Set(['confluentinc/cp-kafka', 'confluentinc/cp-server', 'confluentinc/cp-enterprise-kafka']);

/** What the image's entrypoint writes for this container, or undefined when its image is not one of these.
 *  `mounted(p)`: whether a mount provides the absolute container path p (a file, or inside a mounted folder). */
export function kafkaImageTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation | undefined {
  const repo = imageRepository(service);
  if (repo === undefined) return undefined;
  if (repo === 'bitnami/kafka' || repo === 'bitnamilegacy/kafka') return bitnamiKafkaTranslation(service, mounted);
  if (CONFLUENT.has(repo)) return confluentKafkaTranslation(service);
  if (repo === 'wurstmeister/kafka') return wurstmeisterKafkaTranslation(service, mounted);
  return undefined;
}
