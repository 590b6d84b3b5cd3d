import { sep } from 'node:path';

/**
 * Whether `real`, a path already resolved with realpath, lies in the tree whose real root
 * is `realRoot`: the one test that keeps discovery and xi:include inside the linted directory.
 */
export function insideTree(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
}
