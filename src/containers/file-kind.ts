import { candidateOf, type NamedCandidate } from '../recognised-files.ts';

/**
 * The configuration file a container's file is, by its name inside the container: a zoo.cfg, a
 * site file, a broker's properties. A YAML or env file there is something else (a Prometheus
 * configuration, an exporter's rules), never read as a cluster's definitions or env files.
 */
export function configFileCandidate(name: string): NamedCandidate | undefined {
  const candidate = candidateOf(name);
  if (!candidate || candidate.check === 'container-env' || candidate.check === 'compose' || candidate.check === 'kubernetes') return undefined;
  return candidate;
}
