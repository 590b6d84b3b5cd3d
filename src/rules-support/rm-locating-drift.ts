/**
 * The ResourceManager-locating keys of yarn-site.xml where a NodeManager host's
 * own copy lacks or differs from what every ResourceManager host's copy has.
 * Shared by yarn/rm-address-drift (which reports them as errors) and
 * cluster/config-drift (which leaves them to it).
 */
import { quote } from '../engine/quote.ts';
import type { Cluster, ConfProperty, Host, XmlFile } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { hostList, MachineIndex } from './cluster-hosts.ts';
import { hasOwnFiles } from '../model/snapshot.ts';

/**
 * Keys a NodeManager (ServerRMProxy/RMProxy through HAUtil) and the ApplicationMasters and clients on its
 * host read to find the ResourceManager: the HA switch and rm-ids, and the per-rm-id or generic hostname and
 * RPC addresses. The cluster-id and the ZooKeeper address are the ResourceManagers' own (leader election,
 * state store): a NodeManager never reads them, so their drift is cluster/config-drift's warning.
 */
const RM_LOCATING = /^(?:yarn\.resourcemanager\.(?:hostname|address|scheduler\.address|resource-tracker\.address)(?:\.[^.]+)?|yarn\.resourcemanager\.ha\.enabled|yarn\.resourcemanager\.ha\.rm-ids)$/;

export function isRmLocatingKey(name: string): boolean {
  return RM_LOCATING.test(name);
}

export interface RmLocatingDrift {
  readonly name: string;
  /** The NodeManager hosts' copy of yarn-site.xml (its first host's path) and its content hash. */
  readonly file: XmlFile;
  readonly span: Span;
  readonly message: string;
  readonly related: { span: Span; message: string }[];
}

interface Copy { readonly file: XmlFile; readonly host: Host; readonly hosts: string[] }

/** A property's value span (its name when it has none), moved to the given copy of its file when it comes from that file's content. */
function valueAt(p: ConfProperty, copy: XmlFile): Span {
  const span = p.prop.value?.span ?? p.prop.name.span;
  return p.file.hash === copy.hash && p.file.kind === copy.kind ? { ...span, file: copy.path } : span;
}

/** Distinct own copies of yarn-site.xml among the given hosts, keyed by content. */
function copiesOf(hosts: readonly Host[]): Map<string, Copy> {
  const out = new Map<string, Copy>();
  for (const host of hosts) {
    const file = host.files['yarn-site.xml'];
    if (!hasOwnFiles(host) || !host.yarn || !file || file.host !== host.name || !('xml' in file) || file.xml.problem) continue;
    const c = out.get(file.hash);
    if (c) c.hosts.push(host.name);
    else out.set(file.hash, { file, host, hosts: [host.name] });
  }
  return out;
}

export function rmLocatingDrift(cluster: Cluster): RmLocatingDrift[] {
  const workers = new MachineIndex<true>();
  for (const h of cluster.workers?.list.hosts ?? []) workers.add(h.value, true);
  const isRm = (h: Host) => h.roles.some((r) => r.role === 'ResourceManager');
  // A NodeManager whose copy lacks the RM keys gets no NodeManager role from it: the workers list still places it.
  const isNm = (h: Host) => !isRm(h) && (h.roles.some((r) => r.role === 'NodeManager') || workers.find(h.name) !== undefined);
  const rmCopies = [...copiesOf(cluster.hosts.filter(isRm)).values()];
  if (rmCopies.length === 0) return [];
  const nmCopies = [...copiesOf(cluster.hosts.filter(isNm)).values()].filter((c) => !rmCopies.some((r) => r.file.hash === c.file.hash));
  if (nmCopies.length === 0) return [];
  const rmHosts = rmCopies.flatMap((c) => c.hosts);

  const names = new Set<string>();
  for (const c of rmCopies) for (const n of Object.keys(c.host.yarn!.effective)) if (isRmLocatingKey(n)) names.add(n);
  const out: RmLocatingDrift[] = [];
  for (const name of [...names].sort()) {
    const rmProps = rmCopies.map((c) => c.host.yarn!.effective[name]);
    const first = rmProps[0];
    // The ResourceManagers disagree among themselves (or one leaves it unset): config-drift reports that.
    if (!first || rmProps.some((p) => p === undefined || p.value !== first.value || p.unresolved.length > 0)) continue;
    const related = [{ span: valueAt(first, rmCopies[0]!.file), message: `${rmCopies[0]!.hosts[0]}'s copy (a ResourceManager) sets ${quote(first.value)}` }];
    const where = `on the ResourceManager ${rmHosts.length === 1 ? 'host' : 'hosts'} ${hostList(rmHosts)}`;
    for (const nm of nmCopies) {
      const p = nm.host.yarn!.effective[name];
      if (p?.value === first.value) continue;
      if (p && p.unresolved.length > 0) continue;
      out.push(p
        ? { name, file: nm.file, span: valueAt(p, nm.file), related, message: `${name} is ${quote(p.value)} in this NodeManager copy but ${quote(first.value)} ${where}` }
        : { name, file: nm.file, span: nm.file.start, related, message: `${name} is not set in this NodeManager copy but is ${quote(first.value)} ${where}` });
    }
  }
  return out;
}
