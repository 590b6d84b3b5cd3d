// --tracked-only after discovery: what it keeps of the tree (the list comes from src/git/tracked-files.ts).
import type { Discovery } from '../discover.ts';

/** Whether an entry is tracked, or a folder holding a tracked file (for an entry that names a folder). */
function trackedFilter(tracked: ReadonlySet<string>): (path: string) => boolean {
  const folders = new Set<string>();
  for (const p of tracked) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i));
  return (path) => path === '.' || tracked.has(path) || folders.has(path);
}

/**
 * The discovery restricted to what git tracks (`tracked`: paths relative to the
 * root), or the discovery itself without a list. A file counts by the path it
 * has in the tree: one reached through a symbolic link to a folder is not
 * tracked at that path, so it is not read. Problems with untracked entries (a
 * FIFO, a link out) go too: they are not part of what is committed.
 */
export function onlyTracked(tracked: ReadonlySet<string> | undefined, found: Discovery): Discovery {
  if (!tracked) return found;
  const taken = trackedFilter(tracked);
  return {
    files: found.files.filter((f) => tracked.has(f.path)),
    unreadable: found.unreadable.filter((e) => taken(e.path)),
    skipped: found.skipped.filter((e) => taken(e.path)),
    setAside: found.setAside.filter((e) => tracked.has(e.path)),
  };
}
