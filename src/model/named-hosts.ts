import { connectHosts } from './connect-string.ts';
import { hostKey, isWildcard } from './host-names.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import { originalOf } from './copies.ts';
import type { ClusterFile } from './types.ts';

/**
 * Hosts named anywhere in the configuration, by key, with the first spelling seen:
 * the ZooKeeper servers, the workers, and the hosts of the Hadoop addresses. A folder
 * named after one of them is that host's snapshot.
 */
export function namedHosts(files: readonly ClusterFile[]): Map<string, string> {
  const names = new Map<string, string>();
  // Identical copies name the same hosts in the same order: read each content once.
  const hashes = new Set<string>();
  const add = (name: string | undefined) => {
    const n = name?.trim();
    if (!n || isWildcard(n) || /[${}@\s]/.test(n)) return;
    const key = hostKey(n);
    if (!names.has(key)) names.set(key, n);
  };
  for (const copy of files) {
    if (hashes.has(copy.hash)) continue;
    hashes.add(copy.hash);
    // The parsed original: reading a copy's content would build the copy (src/model/copies.ts).
    const f = originalOf(copy);
    if (f.kind === 'zoo.cfg' || f.kind === 'zoo.cfg.dynamic') {
      for (const s of f.zoo.servers) for (const a of s.addresses) add(a.host.value);
    } else if (f.kind === 'slaves' || f.kind === 'workers') {
      for (const h of f.list.hosts) add(h.value);
    } else if (f.kind === 'hbase-site.xml') {
      // HBase's quorum lists hosts, with or without a port (ZKConfig.buildZKQuorumServerString).
      for (const p of f.xml.properties) if (p.name.value === 'hbase.zookeeper.quorum') for (const h of (p.value?.value ?? '').split(',')) add(hostOfAddress(h.trim()));
    } else if ('xml' in f) {
      for (const p of f.xml.properties) addFromProperty(p.name.value, p.value?.value.trim() ?? '', add);
    } else if (f.kind === 'server.properties') {
      for (const key of KAFKA_HOST_KEYS) for (const h of hostsOfKafkaValue(kafkaValue(f.kafka, key)?.value.value ?? '')) add(h);
    }
  }
  return names;
}

/**
 * Kafka keys that name the brokers, their controllers and their ensemble: a broker's folder in
 * a docker-compose repository is named like the host its advertised listener gives
 * (`kafka1/` for PLAINTEXT://kafka1:9092).
 */
const KAFKA_HOST_KEYS = ['advertised.listeners', 'listeners', 'zookeeper.connect', 'controller.quorum.voters'];

/** The hosts of a listener list (`PLAINTEXT://kafka1:9092,SSL://:9093`), a connect string (`zk1:2181,zk2:2181/kafka`) or a voter list (`1@c1:9093`). */
function hostsOfKafkaValue(value: string): string[] {
  // A listener's URL has no path; a connect string's chroot follows its last host.
  if (!value.includes('://')) return connectHosts(value.replace(/(^|,)\s*\d+@/g, '$1'));
  return value.split(',').map((v) => hostOfAddress(v.trim().replace(/^[A-Za-z0-9_]+:\/\//, '')));
}

/** `host:port` or `host` -> host; `[::1]:9092` -> `::1`. */
function hostOfAddress(address: string): string {
  const bracket = /^\[([^\]]*)\]/.exec(address);
  if (bracket) return bracket[1]!;
  return address.replace(/:[^:]*$/, '');
}

function addFromProperty(name: string, value: string, add: (n: string | undefined) => void): void {
  const hostOf = (v: string) => v.replace(/^[a-z]+:\/\//, '').split('/')[0]!.replace(/:[^:]*$/, '');
  if (/^dfs\.namenode\.(rpc|servicerpc|http|https)-address\./.test(name)) add(hostOf(value));
  else if (name.startsWith('dfs.namenode.shared.edits.dir') && value.startsWith('qjournal://')) {
    for (const h of value.slice('qjournal://'.length).split('/')[0]!.split(';')) add(hostOf(h));
  } else if (name.startsWith('ha.zookeeper.quorum')) {
    for (const h of value.split('/')[0]!.split(',')) add(hostOf(h.trim()));
  } else if (name.startsWith('yarn.resourcemanager.hostname')) add(value);
  else if (/^yarn\.resourcemanager\.(address|scheduler\.address|resource-tracker\.address|admin\.address|webapp\.address|webapp\.https\.address)\./.test(name)) add(hostOf(value));
  else if (name === 'mapreduce.jobhistory.address') add(hostOf(value));
}
