import type { Host } from './types.ts';

/**
 * Whether hacheck sees this host's own files: a host folder (its snapshot), or a container whose
 * definition says what it gets (src/containers/). Rules that need a host's own copy, or a myid,
 * ask this rather than whether it has a folder.
 */
export function hasOwnFiles(host: Pick<Host, 'folder' | 'container'>): boolean {
  return host.folder !== undefined || host.container !== undefined;
}
