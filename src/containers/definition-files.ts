import type { DiscoveredFile } from '../discover.ts';

/** Whether discovery found the file as a container definition (a compose file, a YAML file that may be manifests) rather than a configuration file. */
export function isContainerDefinition(f: DiscoveredFile): boolean {
  return f.check === 'compose' || f.check === 'kubernetes';
}
