/** What the Kubernetes manifest reader adds to the container model (src/containers/types.ts). */
import type { Span } from '../../text/span.ts';
import type { ContainerEnv, ContainerProject, InlineFile, SourcedText } from '../types.ts';

/**
 * A ConfigMap that no workload of the project mounts or reads: a repository may hold only the
 * ConfigMap (its StatefulSets live elsewhere), and its files are still the cluster's files.
 * Its InlineFiles' `target` is the data key itself: no container gives them a path.
 */
export interface UnattachedConfigMap {
  readonly name: SourcedText;
  readonly files: InlineFile[];
  /** Keys of the form `CORE-SITE.XML_fs.defaultFS`, which the apache/hadoop (flokkr) images turn into files. */
  readonly env: ContainerEnv[];
  /** The ConfigMap's `metadata.name`. */
  readonly span: Span;
}

export interface KubernetesProject extends ContainerProject {
  readonly kind: 'kubernetes';
  readonly unattached: readonly UnattachedConfigMap[];
  /** The files holding unrendered Helm templates (`{{ ... }}`), whose documents were skipped. */
  readonly templates: readonly string[];
}
