/**
 * HBase configurations (hbase-site.xml), shared by the hbase/ rules.
 * Source: hbase-default.xml and ZKConfig.java (apache/hbase).
 */
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../knowledge/default-ports.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import { connectEntries } from '../model/connect-string.ts';
import type { Cluster, ConfProperty, HbaseConf, Nameservice, ZkConnectEntry } from '../model/types.ts';
import { trimLocated } from '../text/sub-span.ts';
import { haNameservices, isHa, isResolved } from './hdfs-namenodes.ts';
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
