/**
 * Shared logic of the yarn/ rules (ResourceManager HA, NodeManager aux services,
 * MapReduce on YARN). Pure functions of the model.
 */
import type { Cluster, ConfProperty, ResourceManagerId, YarnConf } from '../model/types.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import type { Span } from '../text/span.ts';

/** The YARN configurations in the path order of their first file, so findings land at the first copy. */
export function yarnConfsByPath(cluster: Cluster): YarnConf[] {
  const path = (c: YarnConf) => (c.yarnSite ?? c.mapredSite ?? c.files[0]!).path;
  return [...cluster.yarnConfs].sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

/** True when a YARN configuration turns on ResourceManager HA and the rm-ids are readable. */
export function isRmHa(conf: YarnConf): boolean {
  return conf.yarn.haEnabled && (conf.yarn.rmIdsProperty?.unresolved.length ?? 0) === 0;
}

/** Where a property's value is, or its name when it has no value. */
export function valueSpan(p: ConfProperty): Span {
  return locatedValue(p).span;
}

/** `rm1`, or `the ResourceManager` without HA. */
export function rmLabel(rm: ResourceManagerId): string {
  return rm.id ? rm.id.value : 'the ResourceManager';
}

/** Whether a YARN configuration runs MapReduce on YARN (mapreduce.framework.name is "yarn" in its mapred-site.xml). */
export function runsMapReduceOnYarn(conf: YarnConf): ConfProperty | undefined {
  const p = conf.mapred?.effective['mapreduce.framework.name'];
  return p && p.file.kind === 'mapred-site.xml' && p.value === 'yarn' ? p : undefined;
}

/** Whether the cluster names a ResourceManager anywhere (so YARN is in use, not only shipped). */
export function clusterRunsYarn(cluster: Cluster): boolean {
  return cluster.yarnConfs.some((c) => c.yarn.resourceManagers.length > 0 || c.yarn.haEnabled);
}
