/**
 * Which host names a container resolves through the project's DNS: the names of the project's
 * containers (Compose's embedded DNS, Kubernetes' cluster DNS) and its own extra hosts.
 */
import { isIpAddress, isWildcard } from '../model/host-names.ts';
import type { Host } from '../model/types.ts';

/** A name the resolver would only look up as a container's: one DNS label, not localhost, an address or a wildcard. */
export function isSingleLabel(name: string): boolean {
  const lower = name.toLowerCase();
  if (isWildcard(lower) || isIpAddress(lower) || lower === 'localhost') return false;
  return /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(lower);
}

/** Every name of the containers, lower-cased. */
export function projectNames(containers: readonly Host[]): Set<string> {
  const names = new Set<string>();
  for (const c of containers) for (const n of c.container?.names ?? []) names.add(n.value.toLowerCase());
  return names;
}
