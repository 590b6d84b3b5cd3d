import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { listItems, locatedValue } from '../../src/model/hdfs-topology.ts';
import type { Nameservice } from '../../src/model/types.ts';
import type { Located } from '../../src/text/span.ts';
import { hostList } from '../../src/rules-support/cluster-hosts.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { everyHostsAddress } from '../../src/rules-support/local-addresses.ts';
import { hasMachineEvidence, snapshotMachines } from '../../src/rules-support/snapshot-machines.ts';

/** The hosts of a nameservice's NameNodes (rpc-address, else servicerpc-address); undefined when one is unknown or local to every machine. */
function namenodeHosts(ns: Nameservice): Located<string>[] | undefined {
  if (ns.namenodes.length === 0) return undefined;
  const out: Located<string>[] = [];
  for (const nn of ns.namenodes) {
    const addr = nn.rpc ?? nn.servicerpc;
    const host = addr?.host;
    if (!addr || !host || addr.property.unresolved.length > 0 || host.value === '' || everyHostsAddress(host.value)) return undefined;
    out.push(host);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'hdfs/remote-nameservice-not-internal',
    severity: 'error',
    description: 'dfs.nameservices lists a remote cluster\'s nameservice and dfs.internal.nameservices does not say which are this cluster\'s',
    rationale:
      'A client that reaches a second HA cluster (DistCp between clusters) needs that cluster\'s nameservice in ' +
      '`dfs.nameservices`. The DataNodes read the same key: `DFSUtil.getNNServiceRpcAddressesForCluster` returns the ' +
      'NameNodes of `dfs.internal.nameservices`, and when that key is empty, of every nameservice of ' +
      '`dfs.nameservices` ("By default this is set to the value of dfs.nameservices"). `BlockPoolManager.refreshNamenodes` ' +
      'then starts one `BPOfferService` per nameservice, so every DataNode of this cluster registers with the remote ' +
      'NameNodes too. The remote cluster has another clusterID: the block pool whose NameNode answers second fails ' +
      'with "Incompatible clusterIDs", and on a freshly formatted DataNode the remote NameNode may answer first, so the ' +
      'DataNode takes the remote clusterID and refuses the local block pool. That is why this is an error.\n\n' +
      'hacheck calls a nameservice remote when none of its NameNode hosts belongs to the snapshot (no host folder, not ' +
      'in workers/slaves, not in any etc/hosts of the snapshot) while another nameservice\'s NameNodes do. A ' +
      'federation whose nameservices are all this cluster\'s needs no `dfs.internal.nameservices` and stays silent, ' +
      'and so does a snapshot that does not show which machines are the cluster\'s.',
    fix:
      'Set `dfs.internal.nameservices` to this cluster\'s nameservices (comma-separated), leaving the remote one in ' +
      '`dfs.nameservices` for the clients.',
    references: [
      'hdfs-default.xml (3.4.1) L1865-1871, (2.7.7) L1263-1269: dfs.internal.nameservices defaults to the value of dfs.nameservices',
      'DFSUtil.java (3.4.1) L727-745 (2.7.7 L896): getNNServiceRpcAddressesForCluster',
      'BlockPoolManager.java (3.4.1) refreshNamenodes/doRefreshNamenodes: "Starting BPOfferServices for nameservices"',
      'DataStorage.java (2.7.7, 3.4.1) doTransition: "Incompatible clusterIDs in"',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L99-130',
    ],
    upstreamMessage: 'Incompatible clusterIDs in <dir>: namenode clusterID = <remote>; datanode clusterID = <local>',
  },
  check(cluster, report) {
    if (!hasMachineEvidence(cluster)) return;
    const machines = snapshotMachines(cluster);
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const declared = conf.effective['dfs.nameservices'];
      if (!declared || declared.unresolved.length > 0) continue;
      const internal = conf.effective['dfs.internal.nameservices'];
      // An empty value falls back to dfs.nameservices like an unset one (getTrimmedStringCollection is empty).
      if (internal && internal.value !== '') continue;
      const items = listItems(declared, cluster.hadoopVersion);
      if (items.length < 2) continue;
      const local: { ns: Nameservice; host: Located<string> }[] = [];
      const remote: { ns: Nameservice; hosts: Located<string>[] }[] = [];
      for (const ns of conf.hdfs.nameservices) {
        if (!items.some((i) => i.value === ns.id.value)) continue;
        const hosts = namenodeHosts(ns);
        if (!hosts) continue;
        const known = hosts.find((h) => machines.find(h.value) !== undefined);
        if (known) local.push({ ns, host: known });
        else remote.push({ ns, hosts });
      }
      if (local.length === 0) continue;
      const evidence = local[0]!;
      for (const r of remote) {
        const item = items.find((i) => i.value === r.ns.id.value)!;
        const first = r.ns.namenodes[0]!;
        const addr = (first.rpc ?? first.servicerpc)!;
        once({
          span: item.span,
          message:
            `nameservice ${quote(r.ns.id.value)} has its NameNodes on ${hostList(r.hosts.map((h) => h.value))}, which ` +
            `are not hosts of this snapshot, and dfs.internal.nameservices is not set, so every DataNode registers with them`,
          related: [
            { span: locatedValue(addr.property).span, message: `${addr.property.name} is ${quote(addr.property.value)}` },
            { span: evidence.host.span, message: `nameservice ${quote(evidence.ns.id.value)} runs on ${quote(evidence.host.value)}, a host of this snapshot` },
          ],
        });
      }
    }
  },
});
