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
import { originalOf } from '../model/copies.ts';
import type { EtcHosts, HostsEntry } from '../parse/etc-hosts.ts';
import type { Located, Span } from '../text/span.ts';

export interface Resolution {
  readonly file: HostsFile;
  readonly entry: HostsEntry;
  /** The address, as written in the file. */
  readonly address: Located<string>;
  /** The name as written in the file. */
  readonly name: Located<string>;
}

/** A name's first line in a hosts file, with the spans of the parsed content (its first copy). */
export interface Mapping {
  readonly entry: HostsEntry;
  readonly name: Located<string>;
}

/**
 * Every name of a parsed hosts content, lower-cased, with its first line: built once per
 * content, since the cluster rules ask every host about every name. A scan per question,
 * and re-homing every host's copy of a shared /etc/hosts (copies.ts), made 1,000 hosts
 * that each list all 1,000 take minutes and a gigabyte.
 */
const mappings = new WeakMap<EtcHosts, Map<string, Mapping>>();

function mappingsOf(hosts: EtcHosts): Map<string, Mapping> {
  let byName = mappings.get(hosts);
  if (!byName) {
    byName = new Map();
    for (const entry of hosts.entries) {
      for (const name of entry.names) {
        const key = name.value.toLowerCase();
        if (!byName.has(key)) byName.set(key, { entry, name });
      }
    }
    mappings.set(hosts, byName);
  }
  return byName;
}

/** The span in `file`, a copy of the content the span was parsed from. */
function at(span: Span, file: HostsFile): Span {
  return span.file === file.path ? span : { ...span, file: file.path };
}

/** What `name` resolves to on `host` through its own /etc/hosts, undefined when that file does not map it. */
export function resolveOn(host: Host, name: string): Resolution | undefined {
  const file = host.etcHosts;
  if (!file) return undefined;
  const hit = mappingsOf(originalOf(file).etcHosts).get(name.toLowerCase());
  if (!hit) return undefined;
  const { entry, name: mapped } = hit;
  let own: HostsEntry | undefined;
  return {
    file,
    // The whole line only when a finding cites it: re-homing every alias per question would be quadratic.
    get entry() {
      own ??= {
        address: { value: entry.address.value, span: at(entry.address.span, file) },
        names: entry.names.map((n) => ({ value: n.value, span: at(n.span, file) })),
        span: at(entry.span, file),
      };
      return own;
    },
    address: { value: entry.address.value, span: at(entry.address.span, file) },
    name: { value: mapped.value, span: at(mapped.span, file) },
  };
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

/** `localhost` or a loopback address: a name only the machine itself reaches. */
export function isLoopbackName(name: string): boolean {
  return name.toLowerCase() === 'localhost' || isLoopback(name);
}

/** 127.0.0.0/8 or ::1: an address only the host itself can reach. */
export function isLoopback(address: string): boolean {
  const a = normalizeAddress(address);
  return /^127(\.\d{1,3}){3}$/.test(a) || a === '::1' || a === '0:0:0:0:0:0:0:1';
}

/** Hosts whose /etc/hosts copies hold one content, and the names that content maps. */
export interface HostsContent {
  /** In the order of the list given to hostsContents. */
  readonly hosts: readonly Host[];
  readonly byName: ReadonlyMap<string, Mapping>;
}

/**
 * The distinct contents of the hosts' /etc/hosts, in the order of their first host. A cluster
 * usually distributes one file: a rule that asks each content, not each host, about a name
 * does the work once.
 */
export function hostsContents(hosts: readonly Host[]): HostsContent[] {
  const byContent = new Map<EtcHosts, { hosts: Host[]; byName: Map<string, Mapping> }>();
  for (const h of hosts) {
    if (!h.etcHosts) continue;
    const parsed = originalOf(h.etcHosts).etcHosts;
    const c = byContent.get(parsed);
    if (c) c.hosts.push(h);
    else byContent.set(parsed, { hosts: [h], byName: mappingsOf(parsed) });
  }
  return [...byContent.values()];
}

/**
 * For each lower-cased name, the contents that map it (in content order) and how: one pass over
 * every content's names, so that looking up every cluster host costs what the files hold.
 */
export function contentsByName(contents: readonly HostsContent[]): Map<string, { content: HostsContent; mapping: Mapping }[]> {
  const out = new Map<string, { content: HostsContent; mapping: Mapping }[]>();
  for (const content of contents) {
    for (const [key, mapping] of content.byName) {
      const list = out.get(key);
      if (list) list.push({ content, mapping });
      else out.set(key, [{ content, mapping }]);
    }
  }
  return out;
}

/** Hosts whose snapshot holds their own /etc/hosts. */
export function hostsWithEtcHosts(hosts: readonly Host[]): Host[] {
  return hosts.filter((h) => h.folder !== undefined && h.etcHosts !== undefined);
}
