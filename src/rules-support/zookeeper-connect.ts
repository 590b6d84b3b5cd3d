/**
 * A ZooKeeper connect string (or HBase's quorum list) against the ensemble, shared by
 * cluster/zookeeper-quorum-mismatch, hbase/zookeeper-quorum-mismatch and
 * kafka/zookeeper-connect-mismatch: which entries name a host that is no server of the
 * ensemble, and which connect to a port other than the one that server serves clients on.
 * The ensemble is that of the most common zoo.cfg. Names are not resolved: an IP address
 * is never compared with a host name.
 */
import { quote as quoteOf } from '../engine/quote.ts';
import { HostIndex } from '../model/host-index.ts';
import { hostKey, isIpAddress } from '../model/host-names.ts';
import { isLoopbackName } from './name-resolution.ts';
import { hasOwnFiles } from '../model/snapshot.ts';
import type { Cluster, ZkConnectEntry, ZooCfgFile } from '../model/types.ts';
import { zooValue, type ZooServer } from '../parse/zoo-cfg.ts';
import type { Located, Span } from '../text/span.ts';
import { trimLocated } from '../text/sub-span.ts';
import { dialsPublishedPort } from './container-published-ports.ts';
import { javaPort, serverSetOf } from './zookeeper.ts';

export interface Ensemble {
  readonly servers: readonly ZooServer[];
  /** The servers' host names, for messages. */
  readonly names: readonly string[];
  /** clientPort of the zoo.cfg, when set. */
  readonly clientPort: Located<string> | undefined;
  /** secureClientPort of the zoo.cfg (3.5+, TLS), when set. */
  readonly securePort: Located<string> | undefined;
  /**
   * The client ports of every zoo.cfg that lists the same servers: the instances of a host that
   * runs several servers of the ensemble (zookeeper1.properties on 2181, zookeeper2.properties
   * on 2182) each serve clients on their own port.
   */
  readonly instancePorts: ReadonlySet<number>;
  /** Whether an entry dials a port the machine publishes for a container: container/published-port reports it, not the mismatch rules. */
  readonly dialsPublishedPort: (host: Span, port: number) => boolean;
  /**
   * A standalone server whose only line names the loopback address (the official image's
   * `server.1=localhost:2888:3888;2181` when ZOO_SERVERS is unset) in the own zoo.cfg of one
   * host: clients reach it by that host's names (keyed by hostKey).
   */
  readonly standalone: { readonly server: ZooServer; readonly names: ReadonlySet<string> } | undefined;
}

/** A zoo.cfg's server lines as one string, to tell the files of one ensemble. */
function serverLines(servers: readonly ZooServer[]): string {
  return servers.map((s) => `${s.id.value}=${s.addresses.map((a) => `${a.host.value}:${a.quorumPort?.value ?? ''}`).join('|')}`).join(',');
}

/** The ensemble of the most common zoo.cfg, undefined when there is none (or no server line). */
export function primaryEnsemble(cluster: Cluster): Ensemble | undefined {
  const primary = cluster.zooConfigs[0];
  const set = primary && serverSetOf(cluster, primary);
  if (!primary || !set || set.servers.length === 0) return undefined;
  const lines = serverLines(primary.zoo.servers);
  const instancePorts = new Set<number>();
  for (const zoo of cluster.zooConfigs) {
    if (zoo.zoo.servers.length === 0 || serverLines(zoo.zoo.servers) !== lines) continue;
    const port = javaPort(zooValue(zoo.zoo, 'clientPort')?.value.value.trim() ?? '');
    if (port !== undefined) instancePorts.add(port);
  }
  return {
    servers: set.servers,
    names: set.servers.flatMap((s) => s.addresses.map((a) => a.host.value)),
    clientPort: zooValue(primary.zoo, 'clientPort')?.value,
    securePort: zooValue(primary.zoo, 'secureClientPort')?.value,
    instancePorts,
    dialsPublishedPort: (host, port) => dialsPublishedPort(cluster, host, port),
    standalone: loopbackStandalone(cluster, primary, set.servers),
  };
}

function loopbackStandalone(cluster: Cluster, primary: ZooCfgFile, servers: readonly ZooServer[]): Ensemble['standalone'] {
  const server = servers[0];
  if (servers.length !== 1 || !server!.addresses.every((a) => isLoopbackName(a.host.value))) return undefined;
  const owners = cluster.hosts.filter((h) => h.zoo?.hash === primary.hash && h.zoo.host === h.name && hasOwnFiles(h));
  if (owners.length !== 1) return undefined;
  const owner = owners[0]!;
  return { server: server!, names: new Set([owner.name, ...(owner.container?.names.map((n) => n.value) ?? [])].map(hostKey)) };
}

/** Whether two or more server lines name `host`: it runs several servers, each with its own client port. */
function runsSeveral(ensemble: Ensemble, host: string): boolean {
  return SERVER_OF_HOST.all(ensemble.servers, () => ensemble.servers, host).length > 1;
}

export type ConnectMismatch =
  /** The entry names a host that is no server of the ensemble. */
  | { readonly kind: 'not-a-server'; readonly host: Located<string> }
  /** The entry connects to a port the server does not serve clients on. */
  | {
      readonly kind: 'port';
      readonly host: Located<string>;
      /** The port written in the entry; undefined when the entry has none and the default applies. */
      readonly written: Located<string> | undefined;
      readonly used: number;
      readonly expectedPort: number;
      /** Where the ensemble's client port is set. */
      readonly expected: Located<string>;
      /** "clientPort is "2181"" or "server.1 serves clients on port "2181"". */
      readonly where: string;
      /**
       * What the client should have dialled, for messages: "the ensemble's client port is 2181",
       * or, on a host that runs several servers, the client ports of their zoo.cfg files.
       */
      readonly serves: string;
    };

// Every entry of a connect string asks which server it names: an index built once per
// server list keeps 20,000 entries against 20,000 server lines linear (see host-index.ts).
const SERVER_OF_HOST = new HostIndex<ZooServer>((s) => s.addresses.map((a) => a.host.value));

/** Whether the ensemble's servers are named by IP address, by host name, or both: asked per entry, answered once per list. */
const nameKinds = new WeakMap<readonly string[], ReadonlySet<'IP address' | 'host name'>>();
function namesInclude(ensemble: Ensemble, kind: 'IP address' | 'host name'): boolean {
  let kinds = nameKinds.get(ensemble.names);
  if (!kinds) nameKinds.set(ensemble.names, (kinds = new Set(ensemble.names.map((n) => (isIpAddress(n) ? 'IP address' : 'host name')))));
  return kinds.has(kind);
}

/**
 * Compares connect-string entries with the ensemble. `defaultPort` is the port an entry
 * without one connects to (2181 for the ZooKeeper client; HBase's clientPort setting).
 */
export function compareWithEnsemble(ensemble: Ensemble, entries: readonly ZkConnectEntry[], defaultPort: number, tls?: boolean): ConnectMismatch[] {
  const out: ConnectMismatch[] = [];
  for (const e of entries) {
    const host = trimLocated(e.host);
    // A ";" or a blank inside an entry is a wrong separator: cluster/zookeeper-connect-separator reports the value.
    if (host.value === '' || /[;\s]/.test(host.value)) continue;
    const server = SERVER_OF_HOST.first(ensemble.servers, host.value) ?? (ensemble.standalone?.names.has(hostKey(host.value)) ? ensemble.standalone.server : undefined);
    if (!server) {
      // An IP address and a host name may be the same machine: without name resolution, stay silent.
      if (namesInclude(ensemble, isIpAddress(host.value) ? 'host name' : 'IP address')) continue;
      out.push({ kind: 'not-a-server', host });
      continue;
    }
    const secure = ensemble.securePort && javaPort(ensemble.securePort.value.trim());
    // A TLS client connects to secureClientPort; one whose TLS setting hacheck cannot see (a JVM
    // option, zookeeper.client.secure) may use either port.
    const expected = tls === true && secure !== undefined ? ensemble.securePort : server.client?.port ?? ensemble.clientPort ?? (tls === undefined ? ensemble.securePort : undefined);
    const expectedPort = expected && javaPort(expected.value.trim());
    if (expected === undefined || expectedPort === undefined) continue;
    const written = e.port ? trimLocated(e.port) : undefined;
    const bare = written === undefined || written.value === '';
    const used = bare ? defaultPort : javaPort(written.value);
    if (used === undefined || used === expectedPort) continue;
    if (tls === undefined && used === secure) continue;
    if (ensemble.instancePorts.has(used) && runsSeveral(ensemble, host.value)) continue;
    if (ensemble.dialsPublishedPort(host.span, used)) continue;
    const where =
      expected === ensemble.securePort
        ? `secureClientPort, where the ensemble serves TLS clients, is ${quoteOf(expected.value)}`
        : server.client
          ? `${server.entry.key.value} serves clients on port ${quoteOf(expected.value)}`
          : `clientPort is ${quoteOf(expected.value)}`;
    const serves = runsSeveral(ensemble, host.value) && ensemble.instancePorts.size > 1
      ? `the servers on ${quoteOf(host.value)} serve clients on ${portList([...ensemble.instancePorts])}`
      : `the ensemble's client port is ${expectedPort}`;
    out.push({ kind: 'port', host, written: bare ? undefined : written, used, expectedPort, expected, where, serves });
  }
  return out;
}

/** "ports 2181, 2182 and 2183". */
function portList(ports: number[]): string {
  const sorted = ports.sort((a, b) => a - b).map(String);
  return `ports ${sorted.length > 1 ? `${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}` : sorted[0]}`;
}

/** The ensemble's first server line, the evidence for a host that is not among them. */
export function ensembleEvidence(ensemble: Ensemble): { span: Located<string>['span']; message: string } {
  return { span: ensemble.servers[0]!.entry.span, message: `the ensemble's servers are ${quoteOf(ensemble.names.join(', '))}` };
}

/**
 * One wrong value, one finding: the mismatches of a connect string merged, every entry named.
 * Entries outside the ensemble make one group; entries that connect to the same wrong port
 * (written or defaulted) instead of the same expected one make another. Three identical entries
 * gave three findings for one mistake.
 */
export type MergedMismatch = ConnectMismatch & {
  /** The entries of the group, in the order of the value. */
  readonly hosts: readonly Located<string>[];
  /** The group's hosts as a message names them: `"zk1"`, `"zk1" and "zk2"`, `"zk1", "zk2" and "zk3"`. */
  readonly names: string;
  /** Where the group's other entries are, for related locations. */
  readonly others: readonly { readonly span: Located<string>['span']; readonly message: string }[];
};

export function mergeMismatches(mismatches: readonly ConnectMismatch[]): MergedMismatch[] {
  const groups = new Map<string, ConnectMismatch[]>();
  for (const m of mismatches) {
    const key = m.kind === 'not-a-server' ? 'not-a-server' : `port\0${m.written?.value ?? ''}\0${m.used}\0${m.expectedPort}\0${m.where}\0${m.serves}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((g) => {
    const hosts = g.map((m) => m.host);
    const quoted = hosts.map((h) => quoteOf(h.value));
    const names = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
    const others = g.slice(1).map((m) => ({ span: m.kind === 'port' && m.written ? m.written.span : m.host.span, message: `also ${quoteOf(m.host.value)}` }));
    return { ...g[0]!, hosts, names, others };
  });
}
