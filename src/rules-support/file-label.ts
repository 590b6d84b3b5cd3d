import { quote } from '../engine/quote.ts';
import type { ClusterFile } from '../model/types.ts';

/**
 * How a message names another file: its path, or for a file a container sees, that container
 * (`service "kafka1"`), since the files of all the services of a compose file share its path.
 */
export function fileLabel(file: Pick<ClusterFile, 'path' | 'container'>): string {
  return file.container ? `service ${quote(file.container.service)}` : quote(file.path);
}
