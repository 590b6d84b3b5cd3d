/** `kind: Service`: the names by which the pods its selector matches are reached. */
import type { SourcedText } from '../types.ts';
import type { Manifest } from './documents.ts';
import { podDomainsOf, serviceNames } from './dns-names.ts';
import { at, mapEntries, scalarString } from './yaml-nodes.ts';

export interface ServiceData {
  readonly name: string;
  readonly namespace: string;
  /** `spec.clusterIP: None`: its DNS name holds the addresses of its pods, and `<hostname>.<service>` names each pod. */
  readonly headless: boolean;
  readonly selector: ReadonlyMap<string, string>;
  readonly names: readonly SourcedText[];
}

export function servicesOf(manifests: readonly Manifest[]): ServiceData[] {
  const out: ServiceData[] = [];
  for (const m of manifests) {
    if (m.kind !== 'Service' || !m.name) continue;
    out.push({
      name: m.name.value,
      namespace: m.namespace,
      headless: scalarString(at(m.ctx, m.node, 'spec', 'clusterIP')) === 'None',
      selector: labelsOf(m, 'spec', 'selector'),
      names: serviceNames(m.name, m.namespace),
    });
  }
  return out;
}

/** A map of labels (`metadata.labels`, `spec.selector`) at a path of the manifest. */
export function labelsOf(m: Manifest, ...path: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const { key, value } of mapEntries(m.ctx, at(m.ctx, m.node, ...path))) {
    const v = scalarString(value);
    if (v !== undefined) labels.set(String(key.source ?? key.value), v);
  }
  return labels;
}

/**
 * The Services that select pods with these labels, in their namespace. A Service without a
 * selector selects nothing (its endpoints are set by hand), so it names no workload here.
 */
export function servicesSelecting(services: readonly ServiceData[], namespace: string, labels: ReadonlyMap<string, string>): ServiceData[] {
  return services.filter((s) => s.namespace === namespace && s.selector.size > 0 && [...s.selector].every(([k, v]) => labels.get(k) === v));
}

/**
 * The domains under which a pod in `namespace` looks up pods of the project's headless Services:
 * `<service>.<ns>[.svc[.cluster.local]]` from anywhere, and `<service>` alone from its own
 * namespace, which the pod's resolv.conf search list completes.
 */
export function headlessDomains(services: readonly ServiceData[], namespace: string): string[] {
  return services.filter((s) => s.headless).flatMap((s) => podDomainsOf(s.name, s.namespace, s.namespace === namespace));
}
