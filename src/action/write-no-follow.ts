/**
 * Writes a file of the Action (the SARIF file) inside the workspace without
 * following a symbolic link: a link committed at that path, or at one of its
 * folders, would otherwise make the runner overwrite a file outside the
 * checkout with the runner's permissions.
 */
import { insideTree } from '../read/inside-tree.ts';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { linkRefusal } from './workspace-path.ts';

/** The reason a write failed, for the `cannot write` message; never a stack. */
export class WriteRefused extends Error {}

function errnoCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

/** Creates each missing folder of `dir` below `base` on its own, refusing a link that leads out (or one that appears meanwhile). */
function makeParents(base: string, real: string, dir: string): void {
  let current = base;
  for (const part of relative(base, dir).split(sep).filter((p) => p !== '')) {
    current = join(current, part);
    const shown = relative(base, current).split(sep).join('/');
    try {
      mkdirSync(current);
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw new WriteRefused(`cannot create the folder "${shown}" (${errnoCode(err) ?? String(err)})`);
    }
    const stats = lstatSync(current);
    if (stats.isSymbolicLink()) {
      const refusal = linkRefusal(real, current);
      if (refusal) throw new WriteRefused(`"${shown}" is ${refusal}`);
    } else if (!stats.isDirectory()) {
      throw new WriteRefused(`"${shown}" is not a folder`);
    }
  }
}

/**
 * Writes `text` to `file`, an absolute path inside the workspace (`real` its
 * real path), as resolveInWorkspace gives it: folders created one by one, the file opened with O_NOFOLLOW
 * (a link there fails with ELOOP instead of being followed) and O_NONBLOCK (a
 * FIFO without reader fails with ENXIO instead of blocking), then checked with
 * fstat to be a regular file before anything is written.
 */
export function writeFileNoFollow(workspace: string, real: string, file: string, text: string): void {
  makeParents(insideTree(workspace, file) ? workspace : real, real, dirname(file));
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o666);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ELOOP') throw new WriteRefused('it is a symbolic link, which hacheck does not write through');
    if (code === 'ENXIO') throw new WriteRefused('it is not a regular file');
    throw new WriteRefused(`${code ?? String(err)}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new WriteRefused('it is not a regular file');
    writeFileSync(fd, text);
  } catch (err) {
    if (err instanceof WriteRefused) throw err;
    throw new WriteRefused(`${errnoCode(err) ?? String(err)}`);
  } finally {
    closeSync(fd);
  }
}
