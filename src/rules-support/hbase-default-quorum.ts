/**
 * Distributed HBase left on the default quorum ("localhost"), shared by hbase/quorum-missing
 * (some HBase host has no ZooKeeper server of its own: its daemons find none) and
 * hbase/quorum-localhost (hacheck sees no such host: each daemon depends on the server of its own host).
 */
import { quote } from '../engine/quote.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import type { Cluster, ConfProperty, HbaseConf } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { distinctHosts, MachineIndex } from './cluster-hosts.ts';
import { isLoopbackName } from './name-resolution.ts';
import { ensembleEvidence, primaryEnsemble } from './zookeeper-connect.ts';

export interface Evidence {
  readonly span: Span;
  readonly message: string;
}

export interface DefaultQuorum {
  readonly conf: HbaseConf;
  /** The hbase.cluster.distributed=true the finding points at. */
  readonly flag: ConfProperty;
  readonly flagSpan: Span;
  /** Why "localhost" cannot be one ZooKeeper for every daemon: several HBase hosts or several ensemble servers. */
  readonly severalMachines: Evidence;
  /** A host folder holding this hbase-site.xml whose snapshot shows no ZooKeeper server on that host. */
  readonly hostWithoutServer: (Evidence & { readonly host: string }) | undefined;
}


/**
 * Why one "localhost" cannot be the quorum: HBase runs on several machines (host folders with
 * their own hbase-site.xml), or the snapshot's ensemble has several servers on other machines.
 * Without either, distributed HBase on one machine with its ZooKeeper there (the reference
 * guide's pseudo-distributed mode) is what the default is for.
 */
function evidenceOfSeveralMachines(cluster: Cluster, conf: HbaseConf): Evidence | undefined {
  const folders = distinctHosts(cluster.files.filter((f) => f.kind === 'hbase-site.xml' && f.host !== undefined).map((f) => f.host!));
  if (folders.length >= 2) {
    const other = cluster.files.find((f) => f.kind === 'hbase-site.xml' && f.host !== undefined && f.host !== conf.file.host);
    if (other) return { span: other.start, message: `${folders.length} hosts have an hbase-site.xml, ${quote(other.host!)} among them` };
  }
  const ensemble = primaryEnsemble(cluster);
  if (ensemble && distinctHosts(ensemble.names).length >= 2 && !ensemble.names.some(isLoopbackName)) return ensembleEvidence(ensemble);
  return undefined;
}

/** The first host folder with this content that is no server of the snapshot's ensemble (any host, when there is none). */
function hostWithoutServer(cluster: Cluster, conf: HbaseConf): DefaultQuorum['hostWithoutServer'] {
  const servers = new MachineIndex<true>();
  for (const name of primaryEnsemble(cluster)?.names ?? []) servers.add(name, true);
  const host = conf.hosts.find((h) => servers.find(h) === undefined);
  if (host === undefined) return undefined;
  const file = cluster.files.find((f) => f.kind === 'hbase-site.xml' && f.host === host) ?? conf.file;
  return { host, span: file.start, message: `host ${quote(host)} has this hbase-site.xml and no ZooKeeper server in the snapshot` };
}

export function hbaseOnDefaultQuorum(cluster: Cluster): DefaultQuorum[] {
  const out: DefaultQuorum[] = [];
  for (const conf of cluster.hbaseConfs) {
    const flag = conf.effective['hbase.cluster.distributed'];
    // Configuration.getBoolean: "true" in any case; anything else leaves HBase standalone.
    if (!flag || flag.value.toLowerCase() !== 'true') continue;
    if (conf.effective['hbase.zookeeper.quorum'] !== undefined) continue;
    const severalMachines = evidenceOfSeveralMachines(cluster, conf);
    if (!severalMachines) continue;
    out.push({ conf, flag, flagSpan: locatedValue(flag).span, severalMachines, hostWithoutServer: hostWithoutServer(cluster, conf) });
  }
  return out;
}
