/**
 * Workloads (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job) as ContainerServices:
 * one per container of the pod, per pod for a StatefulSet, whose pods each have their own name.
 */
import type { Node } from 'yaml';
import type { ContainerProblem, ContainerService, SourcedText, StartCommand } from '../types.ts';
import type { ConfigMapData } from './config-maps.ts';
import { podNames } from './dns-names.ts';
import type { Manifest } from './documents.ts';
import { containerEnv, containerMounts, podVolumes, type PodScope } from './pod-containers.ts';
import { headlessDomains, labelsOf, servicesSelecting, type ServiceData } from './services.ts';
import { at, derived, scalarString, seqItems, sourced, spanOf, type DocContext } from './yaml-nodes.ts';

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Pods of one StatefulSet read at most: `replicas: 1000000000` must not make a billion services. */
export const MAX_STATEFULSET_PODS = 256;

export interface WorkloadContext {
  readonly services: readonly ServiceData[];
  readonly configMaps: ReadonlyMap<string, ConfigMapData>;
  readonly used: Set<string>;
  readonly problems: ContainerProblem[];
}

export function isWorkload(m: Manifest): boolean {
  return WORKLOAD_KINDS.has(m.kind);
}

/** The pod template's spec and labels: the Pod's own, or `spec.template`'s. */
function podTemplate(m: Manifest): { spec: Node | undefined; labelPath: string[] } {
  if (m.kind === 'Pod') return { spec: at(m.ctx, m.node, 'spec'), labelPath: ['metadata', 'labels'] };
  return { spec: at(m.ctx, m.node, 'spec', 'template', 'spec'), labelPath: ['spec', 'template', 'metadata', 'labels'] };
}

/**
 * A container's `command` replaces the image's ENTRYPOINT and `args` its CMD (kubernetes.io,
 * "Define a Command and Arguments for a Container"): Compose's `entrypoint` and `command`.
 */
function startCommands(ctx: DocContext, c: Node): Pick<ContainerService, 'entrypoint' | 'command'> {
  const words = (node: Node | undefined): StartCommand | undefined => {
    if (!node) return undefined;
    const items = seqItems(ctx, node);
    const parts = (items.length > 0 ? items : [node]).flatMap((n) => scalarString(n) ?? []);
    return { words: parts.join(' '), span: spanOf(ctx, node) };
  };
  const entrypoint = words(at(ctx, c, 'command'));
  const command = words(at(ctx, c, 'args'));
  return { ...(entrypoint ? { entrypoint } : {}), ...(command ? { command } : {}) };
}

export function workloadServices(m: Manifest, wc: WorkloadContext): ContainerService[] {
  if (!m.name) return [];
  const ctx = m.ctx;
  const { spec, labelPath } = podTemplate(m);
  const scope: PodScope = { ctx, namespace: m.namespace, volumes: podVolumes(ctx, spec), configMaps: wc.configMaps, used: wc.used };
  const selectedBy = servicesSelecting(wc.services, m.namespace, labelsOf(m, ...labelPath)).flatMap((s) => s.names);
  // Init containers run to completion before the pod's containers start: they prepare files,
  // they are not the server whose configuration is linted. A pod has at least one container,
  // so they are read only when a template lists none, rather than losing the pod.
  const inits = at(ctx, spec, 'initContainers');
  let containers = seqItems(ctx, at(ctx, spec, 'containers'));
  // Init containers that run before the pod's containers may write into their volumes (src/containers/images/translate.ts).
  const prepared = containers.length > 0 && seqItems(ctx, inits).length > 0 ? { initContainers: spanOf(ctx, inits) } : {};
  if (containers.length === 0) containers = seqItems(ctx, inits);
  const pod = {
    ...prepared,
    hostNetwork: scalarString(at(ctx, spec, 'hostNetwork')) === 'true',
    extraHosts: hostAliases(m, spec),
    span: m.name.span,
    file: ctx.src.path,
    podDomains: headlessDomains(wc.services, m.namespace),
  };
  const template = (name: SourcedText, names: SourcedText[], hostname: SourcedText | undefined, replicas: number | undefined): ContainerService[] =>
    containers.map((c) => ({
      ...pod,
      name,
      names,
      hostname,
      image: sourced(ctx, at(ctx, c, 'image')),
      env: containerEnv(scope, c),
      mounts: containerMounts(scope, c),
      // Container ports are what the process listens on, not ports published on a host.
      ports: [],
      replicas,
      ...startCommands(ctx, c),
    }));

  if (m.kind === 'StatefulSet') {
    const serviceName = scalarString(at(ctx, m.node, 'spec', 'serviceName'));
    const count = replicaCount(m, 'replicas');
    const shown = Math.min(count, MAX_STATEFULSET_PODS);
    if (count > shown) {
      wc.problems.push({ span: spanOf(ctx, at(ctx, m.node, 'spec', 'replicas')), message: `${count} replicas: only the first ${MAX_STATEFULSET_PODS} pods are read` });
    }
    const out: ContainerService[] = [];
    for (let i = 0; i < shown; i++) {
      // StatefulSet pods are named <statefulset>-<ordinal> and that is their hostname (kubernetes.io, "StatefulSets: Stable Network ID").
      const podName = derived(`${m.name.value}-${i}`, m.name);
      const names = [podName, ...(serviceName !== undefined ? podNames(podName, serviceName, m.namespace) : []), ...selectedBy];
      out.push(...template(podName, names, podName, undefined));
    }
    return out;
  }
  if (m.kind === 'Pod') {
    const hostname = sourced(ctx, at(ctx, spec, 'hostname')) ?? m.name;
    const subdomain = scalarString(at(ctx, spec, 'subdomain'));
    const names = [hostname, ...(subdomain !== undefined ? podNames(hostname, subdomain, m.namespace) : []), ...selectedBy];
    return template(m.name, names, hostname, undefined);
  }
  const replicas = m.kind === 'DaemonSet' ? undefined : m.kind === 'Job' ? replicaCount(m, 'parallelism') : replicaCount(m, 'replicas');
  return template(m.name, selectedBy, sourced(ctx, at(ctx, spec, 'hostname')), replicas);
}

/** `spec.<field>` as a count, 1 when unset (the API's default for replicas and parallelism) or not a whole number. */
function replicaCount(m: Manifest, field: string): number {
  const v = scalarString(at(m.ctx, m.node, 'spec', field));
  return v !== undefined && /^\d{1,9}$/.test(v) ? Number(v) : 1;
}

function hostAliases(m: Manifest, spec: Node | undefined): { name: SourcedText; address: SourcedText }[] {
  const ctx = m.ctx;
  const out: { name: SourcedText; address: SourcedText }[] = [];
  for (const alias of seqItems(ctx, at(ctx, spec, 'hostAliases'))) {
    const address = sourced(ctx, at(ctx, alias, 'ip'));
    if (!address) continue;
    for (const h of seqItems(ctx, at(ctx, alias, 'hostnames'))) {
      const name = sourced(ctx, h);
      if (name) out.push({ name, address });
    }
  }
  return out;
}
