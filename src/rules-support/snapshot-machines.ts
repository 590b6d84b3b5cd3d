/**
 * The machines a snapshot shows to be part of the linted cluster: hosts with a
 * folder of their own, the DataNode list, and every name or address of the
 * snapshot's etc/hosts files. Names the configuration merely mentions (a
 * remote NameNode in dfs.nameservices) are not evidence of membership.
 */
import type { Cluster } from '../model/types.ts';
import { MachineIndex } from './cluster-hosts.ts';
import { hasOwnFiles } from '../model/snapshot.ts';

export function snapshotMachines(cluster: Cluster): MachineIndex<true> {
  const index = new MachineIndex<true>();
  for (const host of cluster.hosts) if (hasOwnFiles(host)) index.add(host.name, true);
  for (const h of cluster.workers?.list.hosts ?? []) index.add(h.value, true);
  // Names and addresses only, the same in every copy of one content: each content is read once. Reading
  // every copy's entries re-homed each copy's spans (src/model/copies.ts): quadratic in hosts when every
  // host's etc/hosts maps every host (bench/blowups.ts etc-hosts: 17 s and 950 MB at 1,000 hosts).
  const seen = new Set<string>();
  for (const file of cluster.files) {
    if (file.kind !== 'hosts' || seen.has(file.hash)) continue;
    seen.add(file.hash);
    for (const entry of file.etcHosts.entries) {
      index.add(entry.address.value, true);
      for (const n of entry.names) index.add(n.value, true);
    }
  }
  return index;
}

/** Whether the snapshot holds anything that says which machines are the cluster's. */
export function hasMachineEvidence(cluster: Cluster): boolean {
  return cluster.hosts.some(hasOwnFiles) || (cluster.workers?.list.hosts.length ?? 0) > 0 || cluster.files.some((f) => f.kind === 'hosts');
}
