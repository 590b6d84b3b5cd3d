/**
 * The release a container runs, read from its image tag where the tag names it: the official
 * `zookeeper:3.8.4` and `bitnami/zookeeper:3.9-debian-12` tags are ZooKeeper's release,
 * `apache/hadoop:3.3.6` and `flokkr/hadoop:3.2.0` Hadoop's, and big-data-europe's
 * `bde2020/hadoop-namenode:2.0.0-hadoop3.2.1-java8` carries it after `hadoop`. Other images'
 * tags are their vendor's own versions (Confluent's 7.6.1 is not ZooKeeper 7.6): not read.
 */
import { parseImageName } from './images/image-name.ts';

export interface ImageRelease {
  readonly major: number;
  readonly minor: number;
  /** "3.8.4", "3.8". */
  readonly label: string;
}

const ZOOKEEPER_IMAGES = new Set(['bitnami/zookeeper', 'bitnamilegacy/zookeeper']);
const HADOOP_IMAGES = new Set(['apache/hadoop', 'flokkr/hadoop']);
const RELEASE = /^(\d+)\.(\d+)(?:\.(\d+))?(?![\d.])/;

function release(text: string): ImageRelease | undefined {
  const m = RELEASE.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), label: [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') };
}

export function imageRelease(image: string, product: 'Hadoop' | 'ZooKeeper'): ImageRelease | undefined {
  const { repository, tag, official } = parseImageName(image);
  if (tag === undefined) return undefined;
  if (product === 'ZooKeeper') return (repository === 'zookeeper' && official) || ZOOKEEPER_IMAGES.has(repository) ? release(tag) : undefined;
  if (HADOOP_IMAGES.has(repository)) return release(tag);
  if (repository.startsWith('bde2020/hadoop-') || repository.startsWith('bde2020/hbase-')) {
    const at = tag.indexOf('hadoop');
    return at >= 0 ? release(tag.slice(at + 'hadoop'.length)) : undefined;
  }
  return undefined;
}
