/**
 * One container of a pod template as the container model sees it: its image, environment
 * (ConfigMap references resolved against the project's ConfigMaps) and mounts.
 */
import type { Node } from 'yaml';
import type { ContainerEnv, ContainerMount, InlineFile, SourcedText } from '../types.ts';
import { envOf, inlineFileOf, isConfigFileName, type ConfigMapData, type ConfigMapEntry } from './config-maps.ts';
import { at, child, scalarString, seqItems, sourced, spanOf, type DocContext } from './yaml-nodes.ts';

/** What the containers of one pod share: its volumes, its namespace's ConfigMaps, and the record of which ConfigMaps are used. */
export interface PodScope {
  readonly ctx: DocContext;
  readonly namespace: string;
  readonly volumes: ReadonlyMap<string, Node>;
  readonly configMaps: ReadonlyMap<string, ConfigMapData>;
  /** Keys (`<namespace>/<name>`) of the ConfigMaps a workload references. */
  readonly used: Set<string>;
}

export function podVolumes(ctx: DocContext, podSpec: Node | undefined): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const v of seqItems(ctx, at(ctx, podSpec, 'volumes'))) {
    const name = scalarString(at(ctx, v, 'name'));
    if (name !== undefined) out.set(name, v);
  }
  return out;
}

/** The ConfigMap a reference names (`configMapKeyRef`, `configMapRef`, a `configMap` volume), marked as used. */
function configMap(scope: PodScope, ref: Node | undefined): ConfigMapData | undefined {
  const name = scalarString(at(scope.ctx, ref, 'name'));
  if (name === undefined) return undefined;
  const key = `${scope.namespace}/${name}`;
  scope.used.add(key);
  return scope.configMaps.get(key);
}

/**
 * `envFrom` then `env`: Kubernetes lets an `env` entry override a key from `envFrom`
 * (core/v1 Container.envFrom: "Values defined by an Env with a duplicate key will take
 * precedence"), and the model's later entries win.
 */
export function containerEnv(scope: PodScope, container: Node): ContainerEnv[] {
  const ctx = scope.ctx;
  const out: ContainerEnv[] = [];
  for (const from of seqItems(ctx, at(ctx, container, 'envFrom'))) {
    const cm = configMap(scope, at(ctx, from, 'configMapRef'));
    // A Secret's keys are not in the manifests: its variables are unknown, not absent.
    if (cm) for (const entry of cm.entries) out.push(envOf(entry, sourced(ctx, at(ctx, from, 'prefix'))));
  }
  for (const item of seqItems(ctx, at(ctx, container, 'env'))) {
    const name = sourced(ctx, at(ctx, item, 'name'));
    if (!name) continue;
    out.push({ name, value: envValue(scope, item), span: spanOf(ctx, item) });
  }
  return out;
}

/** `value`, or a `configMapKeyRef` found in the project; a Secret, a field or resource ref, a missing ConfigMap: unknown. */
function envValue(scope: PodScope, item: Node): SourcedText | undefined {
  const ctx = scope.ctx;
  const from = at(ctx, item, 'valueFrom');
  // No `value` (or a null one) is the empty string (core/v1 EnvVar.value: "Defaults to \"\"").
  if (!from) return sourced(ctx, at(ctx, item, 'value')) ?? { value: '', span: spanOf(ctx, item) };
  const ref = at(ctx, from, 'configMapKeyRef');
  if (!ref) return undefined;
  const key = scalarString(at(ctx, ref, 'key'));
  return configMap(scope, ref)?.entries.find((e) => e.key.value === key)?.value;
}

export function containerMounts(scope: PodScope, container: Node): ContainerMount[] {
  const ctx = scope.ctx;
  const out: ContainerMount[] = [];
  for (const vm of seqItems(ctx, at(ctx, container, 'volumeMounts'))) {
    const mountPathNode = at(ctx, vm, 'mountPath');
    const target = scalarString(mountPathNode);
    if (target === undefined) continue;
    const span = spanOf(ctx, mountPathNode);
    const volume = scope.volumes.get(scalarString(at(ctx, vm, 'name')) ?? '');
    const cmRef = child(ctx, volume, 'configMap');
    const cm = cmRef ? configMap(scope, cmRef) : undefined;
    if (!cm || !cmRef) {
      out.push({ kind: 'opaque', target, span });
      continue;
    }
    const subPath = scalarString(at(ctx, vm, 'subPath'));
    const files: InlineFile[] = [];
    for (const { entry, path } of projectedKeys(ctx, cmRef, cm)) {
      // With subPath the mount is that one file of the volume, at mountPath itself.
      const fileTarget = subPath !== undefined ? (path === subPath ? target : undefined) : joinPath(target, path);
      if (fileTarget === undefined || !isConfigFileName(fileTarget.slice(fileTarget.lastIndexOf('/') + 1))) continue;
      const file = inlineFileOf(entry, fileTarget);
      if (file) files.push(file);
    }
    out.push({ kind: 'inline', target, files, span });
  }
  return out;
}

/** The volume's files: every key at its own name, or with `items` only the listed keys, at their `path`. */
function projectedKeys(ctx: DocContext, cmRef: Node, cm: ConfigMapData): { entry: ConfigMapEntry; path: string }[] {
  const items = at(ctx, cmRef, 'items');
  if (!items) return cm.entries.map((entry) => ({ entry, path: entry.key.value }));
  const out: { entry: ConfigMapEntry; path: string }[] = [];
  for (const item of seqItems(ctx, items)) {
    const key = scalarString(at(ctx, item, 'key'));
    const path = scalarString(at(ctx, item, 'path'));
    const entry = cm.entries.find((e) => e.key.value === key);
    if (entry && path !== undefined) out.push({ entry, path });
  }
  return out;
}

function joinPath(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name}`;
}
