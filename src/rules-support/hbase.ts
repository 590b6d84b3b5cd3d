/**
 * HBase configurations (hbase-site.xml), shared by the hbase/ rules.
 * Source: hbase-default.xml and ZKConfig.java (apache/hbase).
 */
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../knowledge/default-ports.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import { connectEntries } from '../model/connect-string.ts';
import type { Cluster, ConfProperty, HbaseConf, Nameservice, ZkConnectEntry } from '../model/types.ts';
import type { Located } from '../text/span.ts';
import { trimLocated } from '../text/sub-span.ts';
import { haNameservices, isHa, isResolved, parseFsUri } from './hdfs-namenodes.ts';
import { javaPort } from './zookeeper.ts';

/** A property HBase reads, when set, non-empty and free of undefined ${var}. */
export function hbaseProperty(conf: HbaseConf, name: string): ConfProperty | undefined {
  const p = conf.effective[name];
  return p && p.value !== '' && isResolved(p) ? p : undefined;
}

/** `hbase.zookeeper.quorum` split as Configuration.getStrings splits it (commas), empty entries dropped. */
export function quorumEntries(p: ConfProperty): ZkConnectEntry[] {
  return connectEntries(locatedValue(p)).filter((e) => trimLocated(e.host).value !== '');
}

/**
 * The port HBase appends to a quorum entry without one (ZKConfig.buildQuorumServerString):
 * `hbase.zookeeper.property.clientPort`, default 2181. Undefined when it is not a port.
 */
export function hbaseClientPort(conf: HbaseConf): { port: number; property: ConfProperty | undefined } | undefined {
  const p = hbaseProperty(conf, 'hbase.zookeeper.property.clientPort');
  if (!p) return { port: ZOOKEEPER_CLIENT_DEFAULT_PORT, property: undefined };
  const port = javaPort(p.value);
  return port === undefined ? undefined : { port, property: p };
}

/** HA nameservices (two or more NameNodes) of the Hadoop configurations and of hbase-site.xml itself. */
export function haNameservicesOf(cluster: Cluster): Nameservice[] {
  const seen = new Set<string>();
  const out: Nameservice[] = [];
  for (const conf of cluster.confs) {
    for (const ns of haNameservices(conf).filter(isHa)) {
      if (seen.has(ns.id.value)) continue;
      seen.add(ns.id.value);
      out.push(ns);
    }
  }
  return out;
}

export interface LogicalRootdirPort {
  readonly uri: NonNullable<ReturnType<typeof parseFsUri>>;
  /** The port as written, with its place. */
  readonly portText: Located<string>;
  readonly port: number;
}

/**
 * Every hbase.rootdir `hdfs://<ns>:<port>/...` whose host is an HA nameservice and whose port is a
 * number: the HDFS client ignores port 8020 there and refuses any other (NameNodeProxiesClient).
 */
export function rootdirPortsOnLogicalNames(cluster: Cluster): LogicalRootdirPort[] {
  const ids = haNameservicesOf(cluster).map((ns) => ns.id.value);
  if (ids.length === 0) return [];
  const out: LogicalRootdirPort[] = [];
  for (const conf of cluster.hbaseConfs) {
    const p = hbaseProperty(conf, 'hbase.rootdir');
    const uri = p && parseFsUri(p);
    if (!uri || uri.scheme !== 'hdfs' || !uri.port || !ids.includes(uri.host.value) || !/^\d+$/.test(uri.port.value)) continue;
    out.push({ uri, portText: uri.port, port: Number(uri.port.value) });
  }
  return out;
}
