/**
 * What an image's entrypoint makes of a container's environment: the configuration files it
 * writes before the server starts (src/containers/images/). Each is read by the parser of the
 * real file; its spans point at the env entries that wrote it.
 */
import type { XmlProperty } from '../../parse/hadoop-xml.ts';
import type { MappedSourceText } from '../../text/mapped-source.ts';
import type { XmlKind } from '../../model/types.ts';
import type { ContainerProblem } from '../types.ts';

/** The images whose entrypoints hacheck reads, named as in messages and the files listing. */
export type ImageFormat =
  | 'zookeeper image'
  | 'Bitnami ZooKeeper image'
  | 'Bitnami Kafka image'
  | 'Confluent ZooKeeper image'
  | 'Confluent Kafka image'
  | 'wurstmeister Kafka image'
  | 'apache/hadoop image'
  | 'big-data-europe image';

/**
 * What the entrypoint does with a file mounted at its target: writes over it (`replaced`), or
 * adds its lines to it (`extended`: the container reads the mounted file's settings, then these).
 * Absent: nothing is mounted there, or the entrypoint writes over it.
 */
export type MountedFileUse = 'replaced' | 'extended';

export type GeneratedFile =
  /** A line-format file, as text: the parsers of zoo.cfg, myid and server.properties read it. */
  | { readonly kind: 'zoo.cfg' | 'zoo.cfg.dynamic' | 'myid' | 'server.properties'; readonly text: MappedSourceText; readonly image: ImageFormat; readonly target: string; readonly mountedFile?: MountedFileUse }
  /** A Hadoop site file, as the properties the entrypoint writes (src/model/container-env.ts). */
  | { readonly kind: XmlKind; readonly properties: readonly XmlProperty[]; readonly image: ImageFormat; readonly target: string; readonly mountedFile?: MountedFileUse };

export interface ImageTranslation {
  readonly files: readonly GeneratedFile[];
  /** What the entrypoint ignores or cannot write, e.g. ZOO_SERVERS beside a mounted zoo.cfg: notices, never guesses. */
  readonly notes: readonly ContainerProblem[];
}
