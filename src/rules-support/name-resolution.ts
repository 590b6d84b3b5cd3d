/**
 * Name resolution from the hosts' own /etc/hosts, shared by the cluster/ rules on host
 * names (hosts-disagree, hosts-missing-name, hostname-loopback, namenodes-same-address).
 *
 * hacheck knows nothing of DNS: on a host, a name resolves only when that host's own
 * `<host folder>/etc/hosts` maps it. As glibc's `files` source does for a single address,
 * the first line that lists the name wins; names compare case-insensitively (hosts(5)).
 * An IP address resolves to itself.
 */
import { isIpAddress } from '../model/host-names.ts';
import type { Host, HostsFile } from '../model/types.ts';
import type { HostsEntry } from '../parse/etc-hosts.ts';
import type { Located } from '../text/span.ts';

export interface Resolution {
  readonly file: HostsFile;
  readonly entry: HostsEntry;
  /** The address, as written in the file. */
  readonly address: Located<string>;
  /** The name as written in the file. */
  readonly name: Located<string>;
}

/** What `name` resolves to on `host` through its own /etc/hosts, undefined when that file does not map it. */
export function resolveOn(host: Host, name: string): Resolution | undefined {
  const file = host.etcHosts;
  if (!file) return undefined;
  const wanted = name.toLowerCase();
  for (const entry of file.etcHosts.entries) {
    const hit = entry.names.find((n) => n.value.toLowerCase() === wanted);
    if (hit) return { file, entry, address: entry.address, name: hit };
  }
  return undefined;
}

/** The address a name has on a host: an IP address is its own, a name goes through /etc/hosts. */
export function addressOn(host: Host, name: string): string | undefined {
  if (isIpAddress(name)) return normalizeAddress(name);
  const r = resolveOn(host, name);
  return r ? normalizeAddress(r.address.value) : undefined;
}

/** An address in a form that compares: lower case, IPv4 octets without leading zeros. */
export function normalizeAddress(address: string): string {
  const a = address.toLowerCase();
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(a) ? a.split('.').map((o) => String(Number(o))).join('.') : a;
}

/** 127.0.0.0/8 or ::1: an address only the host itself can reach. */
export function isLoopback(address: string): boolean {
  const a = normalizeAddress(address);
  return /^127(\.\d{1,3}){3}$/.test(a) || a === '::1' || a === '0:0:0:0:0:0:0:1';
}

/** Hosts whose snapshot holds their own /etc/hosts. */
export function hostsWithEtcHosts(hosts: readonly Host[]): Host[] {
  return hosts.filter((h) => h.folder !== undefined && h.etcHosts !== undefined);
}
