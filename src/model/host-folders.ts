import type { ClusterFile } from './types.ts';
import { hostKey, isIpAddress } from './host-names.ts';
import { originalOf } from './copies.ts';

/**
 * IP addresses that the tree's own `<folder>/etc/hosts` files map to a host the configuration
 * names, by address, as the host key. Snapshots are often taken per machine and named by its
 * address (`10.0.1.11/etc/...`) while the configuration names hosts: the hosts files say which
 * host an address is. An address that two files map to different configured hosts is left out,
 * since hacheck cannot tell which one the folder is.
 */
export function hostOfAddress(files: readonly ClusterFile[], names: ReadonlyMap<string, string>): Map<string, string> {
  const found = new Map<string, string | null>();
  // Identical hosts files map the same addresses: read each content once, from the parsed original.
  const hashes = new Set<string>();
  for (const f of files) {
    if (f.kind !== 'hosts' || !/^.+\/etc\/hosts$/.test(f.path) || hashes.has(f.hash)) continue;
    hashes.add(f.hash);
    const original = originalOf(f);
    if (original.kind !== 'hosts') continue;
    for (const e of original.etcHosts.entries) {
      const address = e.address.value.toLowerCase();
      if (!isIpAddress(address)) continue;
      const key = e.names.map((n) => hostKey(n.value)).find((k) => names.has(k));
      if (key === undefined) continue;
      const seen = found.get(address);
      if (seen === undefined) found.set(address, key);
      else if (seen !== key) found.set(address, null);
    }
  }
  const out = new Map<string, string>();
  for (const [address, key] of found) if (key !== null) out.set(address, key);
  return out;
}

/**
 * A folder such as hadoop-2.7.7 or zookeeper-3.4.14 is a release, not the host
 * hadoop-2 or zookeeper-3 under some domain: a domain name's last label is
 * never all digits (RFC 3696 section 2), unless the name is an IP address.
 */
export function isReleaseFolder(name: string): boolean {
  return /\.\d+$/.test(name) && !isIpAddress(name);
}

/** Folders directly under a host's root in a file-system snapshot (`<host>/etc/...`, `<host>/opt/...`). */
const SNAPSHOT_ROOTS = new Set(['etc', 'opt', 'usr', 'var', 'srv', 'home', 'data', 'app', 'apps']);

/**
 * Top-level folders that look like a host's snapshot (a recognised file below `etc/`, `opt/`,
 * `var/`...) but match no host, when other folders do: the layout is per host, and this
 * folder's files are read as shared, which is rarely what the user meant. Release folders
 * (`hadoop-3.3.6/etc/hadoop`) are a shared installation, not a host, and are left out.
 */
export function unmatchedHostFolders(paths: readonly string[], hostFolders: ReadonlySet<string>, isReleaseFolder: (name: string) => boolean): string[] {
  if (hostFolders.size === 0) return [];
  const out = new Set<string>();
  for (const path of paths) {
    const [top, second, ...rest] = path.split('/');
    if (rest.length === 0 || hostFolders.has(top!) || isReleaseFolder(top!) || !SNAPSHOT_ROOTS.has(second!)) continue;
    out.add(top!);
  }
  return [...out].sort();
}
