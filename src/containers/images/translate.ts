/**
 * Which entrypoint writes a container's configuration: each image family's translation in
 * turn (src/containers/images/*-images.ts), the first that knows the image answering. A
 * container whose image no translation knows, whose environment holds variables of these
 * images, gets a note instead of a guess: other images give those names other meanings.
 */
import type { ContainerService } from '../types.ts';
import type { ImageTranslation } from './types.ts';
import { zookeeperImageTranslation } from './zookeeper-images.ts';
import { kafkaImageTranslation } from './kafka-images.ts';
import { hadoopImageTranslation } from './hadoop-images.ts';
import { skippedStart } from './start-gate.ts';

/** Variable prefixes that the ZooKeeper and Kafka images read, each in its own way. */
const IMAGE_PREFIXES = /^(?:ZOO_|ZOOKEEPER_|KAFKA_)/;
/**
 * The variables of those images that set what hacheck checks (ids, server lists, connect strings,
 * listeners, KRaft roles): an unknown image's KAFKA_OPTS or KAFKA_REST_* (a REST proxy's own) say
 * nothing about the cluster and get no notice.
 */
const CHECKED_VARIABLES = /^(?:ZOO_(?:MY_ID|SERVER_ID|SERVERS|PORT|PORT_NUMBER)|ZOOKEEPER_(?:SERVER_ID|SERVERS|CLIENT_PORT)|KAFKA_(?:CFG_[A-Z0-9_]+|BROKER_ID|NODE_ID|ZOOKEEPER_CONNECT|LISTENERS|ADVERTISED_LISTENERS|ADVERTISED_HOST_NAME|PROCESS_ROLES|CONTROLLER_QUORUM_VOTERS))$/;
/** big-data-europe's variables: a replaced start leaves them unread as well. */
const HADOOP_PREFIXES = /^(?:CORE|HDFS|YARN|HTTPFS|KMS|MAPRED)_CONF_/;

/**
 * A command that writes the myid itself before the image's script runs (the Kubernetes StatefulSet
 * pattern: `echo $((${HOSTNAME##*-}+1)) > /data/myid && exec /docker-entrypoint.sh ...`): the script
 * writes myid only where there is none, so the file holds what the command computed at start.
 */
function writesOwnMyid(service: ContainerService): boolean {
  // Init containers run before it, on its volumes: the Kubernetes ZooKeeper pattern writes the myid there.
  return service.initContainers !== undefined || [service.entrypoint, service.command].some((c) => c?.words.includes('myid'));
}

export function translateImage(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation {
  // A command that does not start the image's server (a topic-creating client, a hand-run
  // kafka-server-start) gets none of its files: it is not a server the environment configures.
  const skipped = skippedStart(service);
  if (skipped) {
    const variable = service.env.find((e) => IMAGE_PREFIXES.test(e.name.value) || HADOOP_PREFIXES.test(e.name.value));
    return { files: [], notes: variable ? [{ span: variable.span, kind: 'ignored', message: `${variable.name.value} is ignored: ${skipped.message}` }] : [] };
  }
  // An env file hacheck cannot read may set any of the image's variables: its note says so (container/value-unknown).
  if (service.unreadEnvFile) return { files: [], notes: [] };
  const known = zookeeperImageTranslation(service, mounted) ?? kafkaImageTranslation(service, mounted) ?? hadoopImageTranslation(service, mounted);
  if (known) return writesOwnMyid(service) ? { ...known, files: known.files.filter((f) => f.kind !== 'myid') } : known;
  const variable = service.env.find((e) => CHECKED_VARIABLES.test(e.name.value));
  if (!variable) return { files: [], notes: [] };
  const image = service.image ? `image "${service.image.value}"` : 'an image built from source';
  return {
    files: [],
    notes: [{ span: variable.span, kind: 'unknown', message: `${variable.name.value} is not read: hacheck does not know how the entrypoint of ${image} turns its environment into configuration files` }],
  };
}
