/**
 * YARN configurations that set up MapReduce on the NodeManagers while the cluster has no
 * mapred-site.xml at all (yarn/mapreduce-framework-name reports them).
 */
import type { RelatedLocation } from '../engine/rule.ts';
import { listItems } from '../model/hdfs-topology.ts';
import type { Cluster } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { yarnConfsByPath } from './yarn.ts';

/** The shuffle service's name in yarn.nodemanager.aux-services (ShuffleHandler.MAPREDUCE_SHUFFLE_SERVICEID). */
const SHUFFLE = 'mapreduce_shuffle';

/**
 * The `mapreduce_shuffle` entries of yarn-site.xml copies that configure a ResourceManager, when no
 * file of the cluster is a mapred-site.xml. The shuffle service is the evidence that MapReduce is
 * meant to run: a Spark-only YARN cluster has no reason to list it.
 */
export function mapReduceShuffleWithoutMapredSite(cluster: Cluster): { span: Span; related: RelatedLocation[] }[] {
  if (cluster.files.some((f) => f.kind === 'mapred-site.xml') || cluster.unchecked.some((f) => f.kind === 'mapred-site.xml')) return [];
  const out: { span: Span; related: RelatedLocation[] }[] = [];
  for (const conf of yarnConfsByPath(cluster)) {
    if (!conf.yarnSite || conf.yarnSite.xml.problem) continue;
    const rm = conf.yarn.resourceManagers.find((r) => r.hostname ?? Object.values(r.addresses)[0]);
    if (!rm && !conf.yarn.haEnabled) continue;
    const aux = conf.effective['yarn.nodemanager.aux-services'];
    if (!aux || aux.unresolved.length > 0) continue;
    const shuffle = listItems(aux, cluster.hadoopVersion).find((i) => i.value === SHUFFLE);
    if (!shuffle) continue;
    const rmKey = rm?.hostname ?? (rm ? Object.values(rm.addresses)[0]!.property : conf.yarn.haEnabledProperty);
    out.push({ span: shuffle.span, related: rmKey ? [{ span: rmKey.prop.name.span, message: `${rmKey.name} configures the ResourceManager` }] : [] });
  }
  return out;
}
