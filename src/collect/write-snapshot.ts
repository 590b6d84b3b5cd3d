import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRemotePath } from './remote-paths.ts';

/**
 * Writes one host's files at `<out>/<folder>/<path on the host>`. Every
 * directory on the way is created by this function or must be a real
 * directory (a symbolic link planted in <out> could lead a write elsewhere),
 * paths with `.` or `..` segments are refused, and no file is overwritten
 * (flag wx). Returns the paths refused.
 */
export function writeHostSnapshot(out: string, folder: string, files: ReadonlyMap<string, Buffer>): string[] {
  const refused: string[] = [];
  for (const [path, content] of files) {
    const clean = cleanRemotePath(path);
    if (clean === undefined || clean !== path) {
      refused.push(path);
      continue;
    }
    const segments = [folder, ...clean.slice(1).split('/')];
    let dir = out;
    let safe = true;
    for (const segment of segments.slice(0, -1)) {
      dir = join(dir, segment);
      try {
        mkdirSync(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(dir).isDirectory()) {
          safe = false;
          break;
        }
      }
    }
    if (!safe) {
      refused.push(path);
      continue;
    }
    try {
      writeFileSync(join(dir, segments.at(-1)!), content, { flag: 'wx' });
    } catch {
      refused.push(path);
    }
  }
  return refused;
}
