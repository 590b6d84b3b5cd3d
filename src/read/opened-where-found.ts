import { readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';

/**
 * Whether the open descriptor `fd` is the file at `path`, the canonical path
 * discovery found inside the linted directory. Opening with O_NOFOLLOW refuses
 * a link only in the last component: a folder on the way that was replaced by
 * a link since discovery (to a folder outside the tree) is still followed. So
 * the descriptor is checked after opening, before a byte is read:
 * - on Linux, /proc/self/fd/<fd> names the file the descriptor is open on,
 *   resolved as the kernel opened it: it must be `path` itself (a deleted file
 *   reads "<path> (deleted)", and is refused too);
 * - elsewhere, `path` must still resolve to itself (no link on the way) and
 *   name the same file (device and inode) as the descriptor. This leaves a
 *   window: a folder swapped for a link and back between the open and the check.
 */
export function openedWhereFound(fd: number, path: string, opened: Stats): boolean {
  let procPath: string | undefined;
  try {
    procPath = readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    procPath = undefined; // no procfs: macOS, a container without /proc
  }
  if (procPath !== undefined) return procPath === path;
  return sameFileAt(path, opened);
}

/** `path` resolves to itself and is the file `opened` describes: the check where /proc is not there. */
export function sameFileAt(path: string, opened: Stats): boolean {
  try {
    if (realpathSync(path) !== path) return false;
    const now = statSync(path);
    return now.dev === opened.dev && now.ino === opened.ino;
  } catch {
    return false;
  }
}
