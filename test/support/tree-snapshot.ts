import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Everything a write could change in a directory tree, read with lstat so that
 * no link is followed: per entry its type, mode, size, modification and change
 * times (in nanoseconds), and the sha256 of a file, the target of a link, the
 * names in a directory. A file created and deleted again still shows: it
 * changes its directory's mtime. Access times are left out: reading sets them.
 */
export type TreeSnapshot = Record<string, Record<string, string | number | string[]>>;

export function snapshotTree(root: string): TreeSnapshot {
  const out: TreeSnapshot = {};
  const visit = (rel: string) => {
    const path = join(root, rel);
    const st = lstatSync(path, { bigint: true });
    const entry: Record<string, string | number | string[]> = {
      mode: Number(st.mode),
      size: Number(st.size),
      mtimeNs: String(st.mtimeNs),
      ctimeNs: String(st.ctimeNs),
    };
    out[rel] = entry;
    if (st.isDirectory()) {
      entry['type'] = 'directory';
      const names = readdirSync(path).sort();
      entry['entries'] = names;
      for (const n of names) visit(rel === '.' ? n : `${rel}/${n}`);
    } else if (st.isFile()) {
      entry['type'] = 'file';
      entry['sha256'] = createHash('sha256').update(readFileSync(path)).digest('hex');
    } else if (st.isSymbolicLink()) {
      entry['type'] = 'symlink';
      entry['target'] = readlinkSync(path);
    } else {
      entry['type'] = 'other';
    }
  };
  visit('.');
  return out;
}
