/**
 * The DNS names Kubernetes gives Services and StatefulSet pods (kubernetes.io, "DNS for Services
 * and Pods"): `<service>.<namespace>.svc.cluster.local`, and for a pod of a StatefulSet whose
 * `serviceName` is a headless Service, `<pod>.<service>.<namespace>.svc.cluster.local`. A pod's
 * resolv.conf searches `<namespace>.svc.cluster.local`, `svc.cluster.local` and `cluster.local`,
 * so each shorter form resolves too. The cluster domain is assumed to be the default one.
 */
import type { SourcedText } from '../types.ts';
import { derived } from './yaml-nodes.ts';

/** `<name>`, `<name>.<ns>`, `<name>.<ns>.svc`, `<name>.<ns>.svc.cluster.local`: the first is `name` itself. */
export function serviceNames(name: SourcedText, namespace: string): SourcedText[] {
  return [name, ...qualified(name.value, name, namespace)];
}

/** The names of pod `<pod>` under the StatefulSet's governing Service. */
export function podNames(pod: SourcedText, serviceName: string, namespace: string): SourcedText[] {
  const base = `${pod.value}.${serviceName}`;
  return [derived(base, pod), ...qualified(base, pod, namespace)];
}

function qualified(base: string, from: SourcedText, namespace: string): SourcedText[] {
  return [`${base}.${namespace}`, `${base}.${namespace}.svc`, `${base}.${namespace}.svc.cluster.local`].map((v) => derived(v, from));
}

/**
 * The forms of a headless Service's domain: a pod `<x>` is `<x>.<domain>` only when its hostname
 * is `<x>` and its subdomain the Service (a StatefulSet's pods under their `serviceName`), since
 * the cluster DNS holds no other records below a Service's name ("DNS for Services and Pods":
 * A records of a headless Service, and of a Pod's hostname and subdomain).
 */
export function podDomainsOf(service: string, namespace: string, sameNamespace: boolean): string[] {
  const qualifiedForms = [`${service}.${namespace}`, `${service}.${namespace}.svc`, `${service}.${namespace}.svc.cluster.local`];
  return sameNamespace ? [service, ...qualifiedForms] : qualifiedForms;
}
