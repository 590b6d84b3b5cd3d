import { hostKey, isWildcard } from './host-names.ts';
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
  for (const f of files) {
    if (hashes.has(f.hash)) continue;
    hashes.add(f.hash);
    if (f.kind === 'zoo.cfg' || f.kind === 'zoo.cfg.dynamic') {
      for (const s of f.zoo.servers) for (const a of s.addresses) add(a.host.value);
    } else if (f.kind === 'slaves' || f.kind === 'workers') {
      for (const h of f.list.hosts) add(h.value);
    } else if ('xml' in f) {
      for (const p of f.xml.properties) addFromProperty(p.name.value, p.value?.value.trim() ?? '', add);
    }
  }
  return names;
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
