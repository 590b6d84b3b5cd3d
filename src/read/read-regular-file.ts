import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { openedWhereFound } from './opened-where-found.ts';

/**
 * Files larger than this are not read: hand-written site files are a few kilobytes
 * (Hadoop 3.4.1's hdfs-default.xml, the largest upstream default file, is 229,687 bytes),
 * and reading and parsing 10 MiB takes under a second. The configuration's
 * `maxFileSize` changes it.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Why a read failed, in words, with the system's code for searching. */
export function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'it no longer exists',
    ELOOP: 'a symbolic link',
    EIO: 'input/output error',
    EISDIR: 'a directory',
  };
  return code ? `${words[code] ?? 'read error'}: ${code}` : String(err);
}

export type ReadResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly tooLarge: true; readonly size: number }
  | { readonly ok: false; readonly tooLarge: false; readonly reason: string };

/**
 * The buffer every read past a file's first goes into. Reads are synchronous, so no two
 * files use it at once; allocated on the first file that needs it, then reused.
 */
let scratch: Buffer | undefined;
function scratchBuffer(): Buffer {
  scratch ??= Buffer.allocUnsafe(64 * 1024);
  return scratch;
}

/** Where the file was opened is not where discovery found it: never says where it now leads (it may be outside). */
const CHANGED = 'changed while being read: its path no longer leads to the file found in the linted directory';

/**
 * Reads a regular file of at most `limit` bytes; `path` is the canonical path
 * discovery found. Opened without blocking and without following a link
 * (discovery already resolved links inside the tree), then checked on the open
 * descriptor: that it is the file at `path` (a folder on the way may have been
 * swapped for a link to outside, see opened-where-found.ts) and, with fstat,
 * a regular file, so a FIFO or a device that replaced it is refused rather than read.
 */
export function readRegularFile(path: string, limit: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    return { ok: false, tooLarge: false, reason: readFailure(err) };
  }
  try {
    const stats = fstatSync(fd);
    if (!openedWhereFound(fd, path, stats)) return { ok: false, tooLarge: false, reason: CHANGED };
    if (!stats.isFile()) return { ok: false, tooLarge: false, reason: 'not a regular file' };
    if (stats.size > limit) return { ok: false, tooLarge: true, size: stats.size };
    // Read until the end, but never more than one byte past the limit: the size fstat
    // gave may be stale, or 0 for files that are generated as they are read (procfs).
    // The first read asks for one byte more than fstat's size, so a file that did not
    // grow fills it short; the read that must then return 0 at end of file goes into
    // the shared scratch buffer, so an unchanged file costs one allocation of its own size.
    const chunks: Buffer[] = [];
    let length = 0;
    let into: Buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    for (;;) {
      const n = readSync(fd, into, 0, Math.min(into.length, limit + 1 - length), null);
      if (n === 0) break;
      // Bytes read into the scratch buffer are copied out: the next file reuses it.
      chunks.push(into === scratch ? Buffer.from(scratch.subarray(0, n)) : into.subarray(0, n));
      length += n;
      if (length > limit) return { ok: false, tooLarge: true, size: Math.max(stats.size, length) };
      into = scratchBuffer();
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length) };
  } catch (err) {
    return { ok: false, tooLarge: false, reason: readFailure(err) };
  } finally {
    closeSync(fd);
  }
}
