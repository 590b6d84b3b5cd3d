/**
 * What makes two configuration files parts of one set-up: the addresses they point at.
 * Two zoo.cfg files of one ensemble list the same `host:quorumPort` servers, even when a
 * typo changed one line; two hdfs-site files of one file system name the same NameNode
 * and JournalNode addresses; brokers of one Kafka cluster share zookeeper.connect or the
 * controller quorum. Files whose tokens of one family have nothing in common describe
 * different set-ups (src/discovery/clusters.ts). Nameservice ids and cluster ids are left
 * out on purpose: templates reuse `mycluster` in every environment.
 */
import { kafkaValue } from '../parse/kafka-properties.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { ClusterFile } from '../model/types.ts';
import { connectChroot, connectEntryTexts } from '../model/connect-string.ts';
import { isWildcard } from '../model/host-names.ts';

/** The set-up a file belongs to: the ensemble, the file system, YARN, HBase or the Kafka cluster. */
export type SetupFamily = 'zookeeper' | 'hdfs' | 'yarn' | 'hbase' | 'kafka';

export interface SetupIdentity {
  readonly family: SetupFamily;
  /** Addresses, lower-case; two files of one family belong together when they share one. */
  readonly tokens: readonly string[];
}

/** Keys of Hadoop site files whose values are addresses of the set-up's daemons, by family. */
const HDFS_ADDRESS = /^(?:dfs\.namenode\.(?:rpc|servicerpc)-address(?:\..+)?|dfs\.namenode\.shared\.edits\.dir(?:\..+)?|ha\.zookeeper\.quorum(?:\..+)?|fs\.defaultFS|fs\.default\.name)$/;
const YARN_ADDRESS = /^(?:yarn\.resourcemanager\.(?:hostname|address|resource-tracker\.address)(?:\..+)?|yarn\.resourcemanager\.zk-address|hadoop\.zk\.address|mapreduce\.jobhistory\.address)$/;
const HBASE_ADDRESS = /^(?:hbase\.zookeeper\.quorum|hbase\.rootdir)$/;

/** The identity of a file that defines a set-up; undefined for the others (myid, workers, ntp.conf, /etc/hosts). */
export function setupIdentity(f: ClusterFile): SetupIdentity | undefined {
  switch (f.kind) {
    case 'zoo.cfg':
    case 'zoo.cfg.dynamic': {
      // The wildcard (the own-line 0.0.0.0 idiom) names no machine: two ensembles both using it share nothing by it.
      const servers = f.zoo.servers.flatMap((s) => s.addresses.filter((a) => !isWildcard(a.host.value)).map((a) => `${a.host.value}:${a.quorumPort?.value ?? ''}`));
      if (servers.length > 0) return identity('zookeeper', servers);
      // Servers kept in a dynamic file: the zoo.cfg alone does not say which ensemble it is.
      if (f.kind === 'zoo.cfg.dynamic' || zooValue(f.zoo, 'dynamicConfigFile') !== undefined) return undefined;
      // A standalone server is a set-up of its own: two identical copies are one, any difference two.
      return identity('zookeeper', [`standalone:${f.hash}`]);
    }
    case 'core-site.xml':
    case 'hdfs-site.xml':
      return xmlIdentity(f, 'hdfs', HDFS_ADDRESS);
    case 'yarn-site.xml':
    case 'mapred-site.xml':
      return xmlIdentity(f, 'yarn', YARN_ADDRESS);
    case 'hbase-site.xml':
      return xmlIdentity(f, 'hbase', HBASE_ADDRESS);
    case 'server.properties': {
      const connect = kafkaValue(f.kafka, 'zookeeper.connect')?.value.value;
      const voters = kafkaValue(f.kafka, 'controller.quorum.voters')?.value.value;
      const tokens = [...(connect ? zookeeperConnectTokens(connect) : []), ...(voters ? voters.split(',').map((v) => v.trim().replace(/^\d+@/, '')) : [])];
      return identity('kafka', tokens);
    }
    default:
      return undefined;
  }
}

/** `h1:2181,h2:2181/kafka` -> `h1:2181/kafka`, `h2:2181/kafka`: two Kafka clusters may share an ensemble under different chroots. */
function zookeeperConnectTokens(value: string): string[] {
  const chroot = connectChroot(value);
  return connectEntryTexts(value).map((h) => `${h}${chroot}`);
}

function xmlIdentity(f: ClusterFile, family: SetupFamily, keys: RegExp): SetupIdentity | undefined {
  if (!('xml' in f)) return undefined;
  const tokens: string[] = [];
  for (const p of f.xml.properties) {
    if (!keys.test(p.name.value)) continue;
    const value = p.value?.value.trim() ?? '';
    tokens.push(...addressesIn(value));
  }
  return identity(family, tokens);
}

/**
 * The host:port addresses in a value: `hdfs://ns1` gives none (a nameservice, not an
 * address), `hdfs://nn1:8020` gives `nn1:8020`, `qjournal://a:8485;b:8485/id` both hosts,
 * `zk1:2181,zk2:2181` both.
 */
function addressesIn(value: string): string[] {
  const body = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/')[0] ?? '';
  return body
    .split(/[;,]/)
    .map((a) => a.trim())
    .filter((a) => a !== '' && !/[${}@\s]/.test(a) && (a.includes(':') || !value.includes('://')));
}

/** The identity of the tokens, wildcard addresses left out; undefined when none is left. */
function identity(family: SetupFamily, tokens: readonly string[]): SetupIdentity | undefined {
  const kept = [...new Set(tokens.map((t) => t.toLowerCase()).filter((t) => !isWildcard(t.replace(/:[^:]*$/, ''))))];
  return kept.length > 0 ? { family, tokens: kept } : undefined;
}
