/**
 * A service's `ports:` entries (compose-spec 05-services.md, ports): the short form
 * `[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`, where HOST and CONTAINER may be ranges, and the long
 * form `{target, published, host_ip, protocol}`. Each published container port is one
 * PublishedPort; the merge key is Compose's {ip, target, published, protocol}.
 */
import type { Span } from '../../text/span.ts';
import type { PublishedPort } from '../types.ts';
import type { Variables } from './interpolate.ts';
import { field, scalarText } from './scalars.ts';
import type { YNode } from './yaml-tree.ts';

export interface KeyedPort {
  readonly key: string;
  readonly port: PublishedPort;
}

/** At most this many ports from one range: `1-65535` is a mistake, not 65535 containers' ports. */
const MAX_RANGE = 1024;

export function portsOf(node: YNode, vars: Variables): KeyedPort[] {
  if (node.kind === 'map') {
    const target = scalarText(field(node, 'target'), vars)?.value;
    const published = scalarText(field(node, 'published'), vars)?.value ?? '';
    const ip = scalarText(field(node, 'host_ip'), vars)?.value ?? '';
    const protocol = scalarText(field(node, 'protocol'), vars)?.value ?? 'tcp';
    return target === undefined ? [] : expand(ip, published, target, protocol, node.span);
  }
  const text = scalarText(node, vars);
  if (!text) return [];
  let spec = text.value.trim();
  let protocol = 'tcp';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    protocol = spec.slice(slash + 1);
    spec = spec.slice(0, slash);
  }
  const lastColon = spec.lastIndexOf(':');
  const target = spec.slice(lastColon + 1);
  const host = lastColon < 0 ? '' : spec.slice(0, lastColon);
  const hostColon = host.lastIndexOf(':');
  const published = host.slice(hostColon + 1);
  const ip = hostColon < 0 ? '' : host.slice(0, hostColon);
  return expand(ip, published, target, protocol, node.span);
}

function expand(ip: string, published: string, target: string, protocol: string, span: Span): KeyedPort[] {
  const targets = range(target);
  if (!targets) return [];
  const hosts = published === '' ? undefined : range(published);
  if (published !== '' && !hosts) return [];
  const out: KeyedPort[] = [];
  for (let i = 0; i < targets.length; i++) {
    // A host range as long as the container range maps port to port; any other range lets Docker choose.
    const p = hosts && hosts.length === targets.length ? hosts[i] : undefined;
    out.push({ key: `${ip}|${p ?? published}|${targets[i]}|${protocol}`, port: { published: p, target: targets[i]!, span } });
  }
  return out;
}

/** `2181` or `9092-9094` as its ports; undefined when not a port or a range. */
function range(s: string): number[] | undefined {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(s.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || to < from || to - from >= MAX_RANGE) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
