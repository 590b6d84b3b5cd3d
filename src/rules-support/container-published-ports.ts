/**
 * Addresses that dial a container of the project on a port the machine publishes for it
 * (`"2182:2181"`): inside the project's network that container is reached on its own ports,
 * and a published port is only the machine's. container/published-port reports them, and the
 * connect-string mismatch rules (src/rules-support/zookeeper-connect.ts) leave these entries
 * to it, so that one mistake gives one finding.
 */
import type { Cluster, Host } from '../model/types.ts';
import type { PublishedPort } from '../containers/types.ts';
import type { Span } from '../text/span.ts';
import { containerHosts, dialledAddresses, type DialledAddress } from './container-addresses.ts';

export interface PublishedPortUse {
  readonly user: Host;
  readonly address: DialledAddress & { readonly portNumber: number; readonly port: NonNullable<DialledAddress['port']> };
  /** The container named, by the name the address uses. */
  readonly target: Host;
  readonly mapping: PublishedPort;
}

/** Ports the container is known to listen on: every published target, and the ports its daemons' configuration sets. */
function listeningPorts(host: Host): Set<number> {
  const ports = new Set<number>(host.container?.published.map((p) => p.target));
  for (const use of host.ports) ports.add(use.port);
  return ports;
}

function spanKey(span: Span): string {
  return `${span.file}\0${span.line}\0${span.column}\0${span.endLine}\0${span.endColumn}`;
}

const USES = new WeakMap<Cluster, readonly PublishedPortUse[]>();

/** Every address of a container that dials a published port of a container of the project, once per place. */
export function publishedPortUses(cluster: Cluster): readonly PublishedPortUse[] {
  const cached = USES.get(cluster);
  if (cached) return cached;
  const out: PublishedPortUse[] = [];
  const containers = containerHosts(cluster);
  if (containers.length > 0) {
    // Names are DNS names: case does not matter, and the whole name must match (zk1 is not zk1.example.com).
    const byName = new Map<string, Host>();
    for (const c of containers) for (const n of c.container.names) if (!byName.has(n.value.toLowerCase())) byName.set(n.value.toLowerCase(), c);
    const seen = new Set<string>();
    for (const user of containers) {
      // A container on the machine's network resolves through the machine: not the project's DNS.
      if (user.container.hostNetwork) continue;
      for (const a of dialledAddresses(cluster, user)) {
        if (a.server || a.port === undefined || a.portNumber === undefined) continue;
        const target = byName.get(a.host.value.toLowerCase());
        if (!target?.container || target.container.hostNetwork || target.container.project !== user.container.project) continue;
        const mapping = target.container.published.find((p) => p.published === a.portNumber && p.target !== a.portNumber);
        if (!mapping || listeningPorts(target).has(a.portNumber)) continue;
        const key = `${spanKey(a.host.span)}\0${spanKey(a.port.span)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ user, address: { ...a, port: a.port, portNumber: a.portNumber }, target, mapping });
      }
    }
  }
  USES.set(cluster, out);
  return out;
}

/** Whether the connect-string entry at `host` dialling `port` is one container/published-port reports. */
export function dialsPublishedPort(cluster: Cluster, host: Span, port: number): boolean {
  const key = spanKey(host);
  return publishedPortUses(cluster).some((u) => u.address.portNumber === port && spanKey(u.address.host.span) === key);
}
