/** Where a path of a compose file points inside the linted tree. */
import { posix } from 'node:path';

/** The folder of a tree path ('' for the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/**
 * The tree path of `source`, relative to the compose file's folder (Compose resolves relative
 * paths against the project directory, the first compose file's folder), or undefined when it is
 * absolute, in a home folder (`~`), or leaves the linted tree: content hacheck does not read.
 */
export function treePath(folder: string, source: string): string | undefined {
  if (source === '' || source.startsWith('/') || source.startsWith('~') || source.startsWith('\\') || /^[A-Za-z]:/.test(source)) return undefined;
  const joined = posix.normalize(posix.join(folder, source.replace(/\\/g, '/'))).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '' ? '.' : joined;
}
