/**
 * The Kubernetes manifest reader: one folder's manifest files as a ContainerProject, one
 * ContainerService per container of each pod, plus the ConfigMaps no workload uses.
 */
import type { ContainerProblem, ContainerService } from '../types.ts';
import { configMapsOf, envOf, inlineFileOf, isConfigFileName, isEnvToConfKey } from './config-maps.ts';
import { readManifests } from './documents.ts';
import { servicesOf } from './services.ts';
import type { KubernetesProject, UnattachedConfigMap } from './types.ts';
import { isWorkload, workloadServices } from './workloads.ts';

export { isKubernetesManifest } from './detect.ts';
export type { KubernetesProject, UnattachedConfigMap } from './types.ts';

/** The project of one folder's manifest files (paths relative to the linted dir, forward slashes). */
export function kubernetesProject(files: readonly { path: string; text: string }[]): KubernetesProject {
  const read = readManifests(files);
  const problems: ContainerProblem[] = [...read.problems];
  const configMaps = configMapsOf(read.manifests);
  const services = servicesOf(read.manifests);
  const used = new Set<string>();
  const containers: ContainerService[] = [];
  for (const m of read.manifests) {
    if (isWorkload(m)) containers.push(...workloadServices(m, { services, configMaps, used, problems }));
  }
  const unattached: UnattachedConfigMap[] = [];
  for (const [key, cm] of configMaps) {
    if (used.has(key)) continue;
    unattached.push({
      name: cm.name,
      files: cm.entries.filter((e) => isConfigFileName(e.key.value)).flatMap((e) => inlineFileOf(e, e.key.value) ?? []),
      env: cm.entries.filter((e) => isEnvToConfKey(e.key.value)).map((e) => envOf(e, undefined)),
      span: cm.name.span,
    });
  }
  return { kind: 'kubernetes', files: files.map((f) => f.path), services: containers, problems, unattached, templates: read.templates };
}
