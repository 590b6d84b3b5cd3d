/**
 * The addresses a container's configuration dials other machines at, shared by
 * container/published-port and container/unresolvable-host: ZooKeeper connect strings
 * (zookeeper.connect, ha.zookeeper.quorum, hbase.zookeeper.quorum with its clientPort,
 * hadoop.zk.address and yarn.resourcemanager.zk-address), Hadoop addresses (fs.defaultFS,
 * dfs.namenode.*-address*, qjournal:// JournalNodes, yarn.resourcemanager.*address*), Kafka's
 * controller.quorum.voters, and the server.N lines of zoo.cfg. `listeners` and
 * `advertised.listeners` are left out: they name the ports clients outside the network use.
 */
import { connectEntries } from '../model/connect-string.ts';
import { listItems, locatedValue, parseAddress } from '../model/hdfs-topology.ts';
import type { Cluster, ConfProperty, Host, KafkaFile } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import type { Located } from '../text/span.ts';
import { pieceOf, splitLocated, trimLocated } from '../text/sub-span.ts';
import { templatePlaceholders } from '../text/template-placeholders.ts';
import { isProblem, parseQjournal } from './hdfs-qjournal.ts';
import { placeholderIn } from './placeholders.ts';

export interface DialledAddress {
  /** The key the address is the value of (`zookeeper.connect`, `server.3`). */
  readonly key: string;
  readonly host: Located<string>;
  /** The port as written in the entry, or the setting it comes from (hbase.zookeeper.property.clientPort). */
  readonly port: Located<string> | undefined;
  /** The port as a number, undefined when missing or not a number. */
  readonly portNumber: number | undefined;
  /** A server.N line: a name only, which zoo.cfg does not dial through a published port. */
  readonly server: boolean;
}

function portOf(port: Located<string> | undefined): number | undefined {
  const text = port?.value.trim();
  if (text === undefined || !/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

function address(key: string, host: Located<string>, port: Located<string> | undefined, server = false): DialledAddress {
  const trimmedPort = port && trimLocated(port);
  return { key, host: trimLocated(host), port: trimmedPort, portNumber: portOf(trimmedPort), server };
}

/** A value hacheck cannot know: an undefined ${var} or a deployment tool's placeholder. */
function usable(p: ConfProperty | undefined): p is ConfProperty {
  return p !== undefined && p.value !== '' && p.unresolved.length === 0;
}

function fromConnectString(key: string, value: Located<string>): DialledAddress[] {
  return connectEntries(value).map((e) => address(key, e.host, e.port));
}

// Each a host:port the daemon dials or serves on (DFSUtil.getAddresses, YarnConfiguration.getServiceAddressConfKeys).
const NAMENODE_ADDRESS = /^dfs\.namenode\.(rpc|servicerpc|lifeline-rpc|http|https)-address(\..+)?$/;
const RM_ADDRESS = /^yarn\.resourcemanager\.([a-z.-]*\.)?address(\..+)?$/;
const ZK_ADDRESS_KEYS = ['hadoop.zk.address', 'yarn.resourcemanager.zk-address'];

function fromHadoop(effective: Readonly<Record<string, ConfProperty>>, nameservices: ReadonlySet<string>, version: Parameters<typeof listItems>[1]): DialledAddress[] {
  const out: DialledAddress[] = [];
  for (const [key, p] of Object.entries(effective)) {
    if (!usable(p)) continue;
    if (key === 'ha.zookeeper.quorum' || ZK_ADDRESS_KEYS.includes(key)) out.push(...fromConnectString(key, locatedValue(p)));
    else if (key === 'fs.defaultFS' || NAMENODE_ADDRESS.test(key) || RM_ADDRESS.test(key)) {
      const a = parseAddress(p);
      // hdfs://mycluster names a nameservice, which the client's proxy provider resolves, not DNS.
      if (a.host && !nameservices.has(a.host.value)) out.push(address(key, a.host, a.port));
    } else if (key.startsWith('dfs.namenode.shared.edits.dir')) {
      for (const item of listItems(p, version)) {
        const uri = parseQjournal(item);
        if (uri && !isProblem(uri)) for (const node of uri.nodes) out.push(address(key, node.host, node.port));
      }
    }
  }
  return out;
}

function fromKafka(file: KafkaFile): DialledAddress[] {
  const out: DialledAddress[] = [];
  const connect = kafkaValue(file.kafka, 'zookeeper.connect');
  if (connect && !placeholderIn('zookeeper.connect', connect.value.value)) out.push(...fromConnectString('zookeeper.connect', connect.value));
  const voters = kafkaValue(file.kafka, 'controller.quorum.voters');
  if (voters && !placeholderIn('controller.quorum.voters', voters.value.value)) {
    // {id}@{host}:{port} (QuorumConfig.parseVoterConnections); malformed entries are kafka/quorum-voters-syntax's.
    for (const entry of splitLocated(voters.value, ',')) {
      const at = entry.value.indexOf('@');
      const colon = entry.value.lastIndexOf(':');
      if (at < 0 || colon < at) continue;
      out.push(address('controller.quorum.voters', pieceOf(entry, at + 1, colon), pieceOf(entry, colon + 1, entry.value.length)));
    }
  }
  return out;
}

function fromHbase(cluster: Cluster, host: Host): DialledAddress[] {
  const out: DialledAddress[] = [];
  for (const conf of cluster.hbaseConfs) {
    if (!conf.hosts.includes(host.name)) continue;
    const quorum = conf.effective['hbase.zookeeper.quorum'];
    if (!usable(quorum)) continue;
    const clientPort = conf.effective['hbase.zookeeper.property.clientPort'];
    // An entry without a port connects to clientPort (ZKConfig.getZKQuorumServersString).
    const fallback = usable(clientPort) ? locatedValue(clientPort) : undefined;
    for (const e of connectEntries(locatedValue(quorum))) out.push(address('hbase.zookeeper.quorum', e.host, e.port ?? fallback));
  }
  return out;
}

/** Every address the host's configuration dials, placeholders and empty hosts left out. */
export function dialledAddresses(cluster: Cluster, host: Host): DialledAddress[] {
  const out: DialledAddress[] = [];
  const nameservices = new Set(host.conf?.hdfs.nameservices.map((ns) => ns.id.value) ?? []);
  if (host.conf) out.push(...fromHadoop(host.conf.effective, nameservices, cluster.hadoopVersion));
  if (host.yarn) out.push(...fromHadoop(host.yarn.effective, nameservices, cluster.hadoopVersion).filter((a) => a.key.startsWith('yarn.') || ZK_ADDRESS_KEYS.includes(a.key)));
  const kafka = host.files['server.properties'];
  if (kafka?.kind === 'server.properties') out.push(...fromKafka(kafka));
  out.push(...fromHbase(cluster, host));
  for (const server of host.zoo?.zoo.servers ?? []) {
    for (const a of server.addresses) out.push(address(server.entry.key.value, a.host, undefined, true));
  }
  return out.filter((a) => a.host.value !== '' && [...templatePlaceholders(a.host.value)].length === 0 && !a.host.value.includes('${'));
}

/** The cluster's containers, with their container part. */
export function containerHosts(cluster: Cluster): (Host & { container: NonNullable<Host['container']> })[] {
  return cluster.hosts.filter((h): h is Host & { container: NonNullable<Host['container']> } => h.container !== undefined);
}
