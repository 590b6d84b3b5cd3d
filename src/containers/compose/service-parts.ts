/**
 * What one compose file says about one service, each list keyed as Compose merges it
 * (compose-spec 13-merge.md): merge-parts.ts combines the files of a project, build-service.ts
 * turns the result into a ContainerService.
 */
import type { Span } from '../../text/span.ts';
import { sliceSourced } from '../sourced.ts';
import type { ContainerEnv, ContainerMount, SourcedText, StartCommand } from '../types.ts';
import { interpolate, type Variables } from './interpolate.ts';
import { configUse, volumeMount } from './mounts.ts';
import { portsOf, type KeyedPort } from './ports.ts';
import { asMap, field, integer, itemsOf, scalarText } from './scalars.ts';
import { startCommandOf } from './start-command.ts';
import { treePath } from './paths.ts';
import type { YEntry, YNode } from './yaml-tree.ts';

export interface EnvFileRef {
  /** The tree path, or undefined when it is outside the tree. */
  readonly path: string | undefined;
  readonly required: boolean;
  readonly span: Span;
}

export interface ExtraHost {
  readonly name: SourcedText;
  readonly address: SourcedText;
}

export interface ServiceParts {
  readonly file: string;
  readonly name: SourcedText;
  readonly span: Span;
  hostname?: SourcedText;
  containerName?: SourcedText;
  image?: SourcedText;
  /** `image` or `build` is set (even to an unknown value): the service is complete in this file. */
  complete: boolean;
  envFiles: EnvFileRef[];
  environment: Map<string, ContainerEnv>;
  /** By target. */
  volumes: Map<string, ContainerMount>;
  /** By target: the top-level config's name and the entry. */
  configs: Map<string, { readonly source: string; readonly target: string; readonly span: Span }>;
  ports: Map<string, KeyedPort['port']>;
  extraHosts: Map<string, ExtraHost>;
  /** Network name → its aliases. */
  aliases: Map<string, SourcedText[]>;
  /** `links:` entries: the linked service and the alias it gets. */
  links: { readonly service: string; readonly alias: SourcedText | undefined }[];
  networkMode?: string;
  command?: StartCommand;
  entrypoint?: StartCommand;
  replicas?: number;
  scale?: number;
}

export function serviceParts(file: string, folder: string, entry: YEntry, vars: Variables): ServiceParts {
  const s = entry.value;
  const text = (key: string) => scalarText(field(s, key), vars);
  const parts: ServiceParts = {
    file,
    name: entry.key,
    span: entry.key.span,
    complete: field(s, 'image') !== undefined || field(s, 'build') !== undefined,
    envFiles: itemsOf(field(s, 'env_file')).flatMap((n) => envFileRef(n, folder, vars) ?? []),
    environment: environmentOf(field(s, 'environment'), vars),
    volumes: new Map(),
    configs: new Map(),
    ports: new Map(),
    extraHosts: extraHostsOf(field(s, 'extra_hosts'), vars),
    aliases: aliasesOf(field(s, 'networks'), vars),
    links: [],
  };
  assign(parts, 'hostname', text('hostname'));
  assign(parts, 'containerName', text('container_name'));
  assign(parts, 'image', text('image'));
  const command = startCommandOf(field(s, 'command'), vars);
  if (command) parts.command = command;
  const entrypoint = startCommandOf(field(s, 'entrypoint'), vars);
  if (entrypoint) parts.entrypoint = entrypoint;
  const mode = text('network_mode')?.value;
  if (mode !== undefined) parts.networkMode = mode;
  const replicas = integer(scalarText(field(field(s, 'deploy'), 'replicas'), vars));
  if (replicas !== undefined) parts.replicas = replicas;
  // Swarm's global mode runs one container on every node: how many is not in the file.
  if (scalarText(field(field(s, 'deploy'), 'mode'), vars)?.value === 'global') parts.replicas = Number.POSITIVE_INFINITY;
  const scale = integer(text('scale'));
  if (scale !== undefined) parts.scale = scale;
  for (const v of itemsOf(field(s, 'volumes'))) {
    const m = volumeMount(v, folder, vars);
    if (m) parts.volumes.set(m.target, m);
  }
  for (const c of itemsOf(field(s, 'configs'))) {
    const use = configUse(c, vars);
    if (use) parts.configs.set(use.target, { ...use, span: c.span });
  }
  for (const p of itemsOf(field(s, 'ports'))) for (const k of portsOf(p, vars)) parts.ports.set(k.key, k.port);
  for (const l of itemsOf(field(s, 'links'))) {
    const link = scalarText(l, vars);
    if (!link) continue;
    const colon = link.value.indexOf(':');
    parts.links.push(colon < 0 ? { service: link.value, alias: undefined } : { service: link.value.slice(0, colon), alias: sliceSourced(link, colon + 1) });
  }
  return parts;
}

function assign<K extends 'hostname' | 'containerName' | 'image'>(parts: ServiceParts, key: K, value: SourcedText | undefined): void {
  if (value) parts[key] = value;
}

/** `env_file: x`, `[x, y]` or `[{path: x, required: false}]`; relative to the compose file's folder. */
function envFileRef(node: YNode, folder: string, vars: Variables): EnvFileRef | undefined {
  const path = node.kind === 'map' ? scalarText(field(node, 'path'), vars) : scalarText(node, vars);
  if (!path) return undefined;
  const required = node.kind === 'map' ? scalarText(field(node, 'required'), vars)?.value !== 'false' : true;
  return { path: treePath(folder, path.value), required, span: node.span };
}

/**
 * `environment:` as a map (`K: v`; `K:` alone passes the host's value through: unknown) or a list
 * (`K=v`; `K` alone passes through). The name is never interpolated, the value is.
 */
function environmentOf(node: YNode | undefined, vars: Variables): Map<string, ContainerEnv> {
  const out = new Map<string, ContainerEnv>();
  if (node?.kind === 'map') {
    for (const e of node.entries.values()) {
      const raw = e.value.kind === 'scalar' ? e.value.text : undefined;
      out.set(e.key.value, { name: e.key, value: raw && interpolate(raw, vars), span: e.span });
    }
  } else if (node?.kind === 'seq') {
    for (const item of node.items) {
      const raw = item.kind === 'scalar' ? item.text : undefined;
      if (!raw) continue;
      const eq = raw.value.indexOf('=');
      const name = eq < 0 ? raw : sliceSourced(raw, 0, eq);
      out.set(name.value, { name, value: eq < 0 ? undefined : interpolate(sliceSourced(raw, eq + 1), vars), span: item.span });
    }
  }
  return out;
}

/** `extra_hosts:` as a list (`name:ip` or `name=ip`, the name ending at the first separator) or a map. */
function extraHostsOf(node: YNode | undefined, vars: Variables): Map<string, ExtraHost> {
  const out = new Map<string, ExtraHost>();
  if (node?.kind === 'map') {
    for (const e of node.entries.values()) {
      for (const a of itemsOf(e.value)) {
        const address = scalarText(a, vars);
        if (address) out.set(e.key.value, { name: e.key, address });
      }
    }
    return out;
  }
  for (const item of itemsOf(node)) {
    const t = scalarText(item, vars);
    if (!t) continue;
    const eq = t.value.indexOf('=');
    const sep = eq >= 0 ? eq : t.value.indexOf(':');
    if (sep <= 0) continue;
    const name = sliceSourced(t, 0, sep);
    out.set(name.value, { name, address: sliceSourced(t, sep + 1) });
  }
  return out;
}

/** `networks:` as a list of names (no aliases) or a map `name: {aliases: [...]}`. */
function aliasesOf(node: YNode | undefined, vars: Variables): Map<string, SourcedText[]> {
  const out = new Map<string, SourcedText[]>();
  const map = asMap(node);
  if (!map) return out;
  for (const [name, e] of map.entries) {
    out.set(name, itemsOf(field(e.value, 'aliases')).flatMap((a) => scalarText(a, vars) ?? []));
  }
  return out;
}
