// --tracked-only in discovery: which entries of the tree it takes (the list comes from src/git/tracked-files.ts).

/**
 * Whether discovery takes the entry at `path`: a tracked file, or a folder
 * holding one (so that it is entered). A file reached through a symbolic link
 * to a folder is not tracked at that path, so it is not read.
 */
export function trackedFilter(tracked: ReadonlySet<string>): (path: string) => boolean {
  const folders = new Set<string>();
  for (const p of tracked) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i));
  return (path) => tracked.has(path) || folders.has(path);
}
