/**
 * Several compose files' parts of one service combined as Compose merges them
 * (compose-spec 13-merge.md): a later file's value replaces an earlier one; `environment` and
 * `labels` merge by variable; `ports`, `volumes`, `configs` by their unique key (volumes and
 * configs by target, ports by {ip, target, published, protocol}); `extra_hosts` by host name;
 * other sequences (`env_file`, `links`, network aliases) are appended. Each value keeps the
 * place of the file that set it; the service keeps the file and key that first defined it.
 */
import type { ServiceParts } from './service-parts.ts';

export function mergeParts(base: ServiceParts, over: ServiceParts): ServiceParts {
  const aliases = new Map(base.aliases);
  for (const [net, list] of over.aliases) aliases.set(net, [...(aliases.get(net) ?? []), ...list]);
  const merged: ServiceParts = {
    file: base.file,
    name: base.name,
    span: base.span,
    complete: base.complete || over.complete,
    envFiles: [...base.envFiles, ...over.envFiles],
    environment: union(base.environment, over.environment),
    volumes: union(base.volumes, over.volumes),
    configs: union(base.configs, over.configs),
    ports: union(base.ports, over.ports),
    extraHosts: union(base.extraHosts, over.extraHosts),
    aliases,
    links: [...base.links, ...over.links],
  };
  const hostname = over.hostname ?? base.hostname;
  if (hostname) merged.hostname = hostname;
  const containerName = over.containerName ?? base.containerName;
  if (containerName) merged.containerName = containerName;
  const image = over.image ?? base.image;
  if (image) merged.image = image;
  const networkMode = over.networkMode ?? base.networkMode;
  if (networkMode !== undefined) merged.networkMode = networkMode;
  const command = over.command ?? base.command;
  if (command) merged.command = command;
  const entrypoint = over.entrypoint ?? base.entrypoint;
  if (entrypoint) merged.entrypoint = entrypoint;
  const replicas = over.replicas ?? base.replicas;
  if (replicas !== undefined) merged.replicas = replicas;
  const scale = over.scale ?? base.scale;
  if (scale !== undefined) merged.scale = scale;
  return merged;
}

/** The later map's entries replacing the earlier's of the same key (in the earlier's place), new ones after. */
function union<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, v);
  return out;
}
