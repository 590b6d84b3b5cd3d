/**
 * The ZooKeeper connect string of every client of the ensemble, for the rules that check
 * what they all share (how the string is written, how many servers it names):
 * `ha.zookeeper.quorum` (the ZKFC), `hadoop.zk.address` / `yarn.resourcemanager.zk-address`
 * (the ResourceManager), `hbase.zookeeper.quorum` and Kafka's `zookeeper.connect`.
 * Values that are unknown (an undefined ${var}, a deployment placeholder) are left out: the
 * placeholder rules report them.
 */
import { kafkaValue } from '../parse/kafka-properties.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import type { Cluster, ConfProperty } from '../model/types.ts';
import type { Located } from '../text/span.ts';
import { trimLocated } from '../text/sub-span.ts';
import { confsByPath } from './cluster-hosts.ts';
import { hbaseProperty } from './hbase.ts';
import { distinctBrokerFiles } from './kafka.ts';
import { placeholderIn } from './placeholders.ts';
import { yarnConfsByPath } from './yarn.ts';

export interface ClientConnectString {
  /** The property that holds it. */
  readonly key: string;
  /** Who connects with it, for messages: "the ZKFC", "the ResourceManager", "HBase", "the broker". */
  readonly client: string;
  /** The value as the client reads it, trimmed. */
  readonly value: Located<string>;
  /**
   * Whether `value` is the text written in the file: false when ${var} expansion changed it,
   * so that a position inside it is no position in the file.
   */
  readonly verbatim: boolean;
}

function fromHadoop(p: ConfProperty | undefined, client: string): ClientConnectString | undefined {
  if (!p || p.value === '' || p.unresolved.length > 0 || placeholderIn(p.name, p.value)) return undefined;
  return { key: p.name, client, value: locatedValue(p), verbatim: !p.raw.includes('${') };
}

/**
 * Every connect string once per written value: configurations that share a file (or copies of
 * identical content, which the model points at the first copy) give it once.
 */
export function clientConnectStrings(cluster: Cluster): ClientConnectString[] {
  const found: (ClientConnectString | undefined)[] = [];
  for (const conf of confsByPath(cluster, 'core-site.xml')) found.push(fromHadoop(conf.hdfs.zkQuorum?.property, 'the ZKFC'));
  for (const conf of yarnConfsByPath(cluster)) found.push(fromHadoop(conf.yarn.zkAddress?.property, 'the ResourceManager'));
  for (const conf of cluster.hbaseConfs) found.push(fromHadoop(hbaseProperty(conf, 'hbase.zookeeper.quorum'), 'HBase'));
  for (const file of distinctBrokerFiles(cluster)) {
    const connect = kafkaValue(file.kafka, 'zookeeper.connect');
    if (!connect || placeholderIn('zookeeper.connect', connect.value.value)) continue;
    const value = trimLocated(connect.value);
    if (value.value !== '') found.push({ key: 'zookeeper.connect', client: 'the broker', value, verbatim: true });
  }
  const seen = new Set<string>();
  return found.filter((c): c is ClientConnectString => {
    if (!c) return false;
    const s = c.value.span;
    const key = `${s.file}\0${s.line}\0${s.column}\0${c.key}\0${c.value.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
