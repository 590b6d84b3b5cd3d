/**
 * The Action's path inputs (path, config, sarif-file) come from the workflow
 * file of the commit being checked, which on a pull request is the author's:
 * each is resolved inside GITHUB_WORKSPACE, and a `..` or an absolute path that
 * leaves it, or a symbolic link on the way that leads out of it (a committed
 * link, which checkout recreates), is refused before anything is read or written.
 */
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ActionFailure } from './action-failure.ts';
import { insideTree } from '../read/inside-tree.ts';


/** The workspace as the file system names it, so that link targets (real paths) compare with it. */
export function realWorkspace(workspace: string): string {
  try {
    return realpathSync(workspace);
  } catch {
    throw new ActionFailure(`the workspace "${workspace}" (GITHUB_WORKSPACE) cannot be read`);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why the symbolic link at `link` may not be used, or undefined when it leads
 * to a place inside the workspace. The target itself is never named: the log
 * of a pull request's run is public, and the link's author chose the target.
 */
export function linkRefusal(real: string, link: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(link);
  } catch {
    // A link to nothing may still name a place outside: writing through it would create a file there.
    return 'a symbolic link that leads nowhere';
  }
  return insideTree(real, target) ? undefined : 'a symbolic link that leads outside the workspace';
}

/**
 * The absolute path of the input `name`'s value, which must lie inside the
 * workspace, every existing part of it checked with lstat: a link is followed
 * only when its real target is inside the workspace too. What does not exist
 * yet (a SARIF file, its folders) is left to the caller.
 */
export function resolveInWorkspace(workspace: string, real: string, name: string, value: string): string {
  const absolute = resolve(workspace, value);
  // An absolute input may name the workspace by its real path (the runner's may go through a link).
  const base = insideTree(workspace, absolute) ? workspace : insideTree(real, absolute) ? real : undefined;
  if (base === undefined) throw new ActionFailure(`the ${name} input "${value}" is outside the workspace`);
  const parts = relative(base, absolute).split(sep).filter((p) => p !== '');
  let current = base;
  for (const [i, part] of parts.entries()) {
    current = join(current, part);
    const stats = lstatOrUndefined(current);
    // Missing: nothing below can be a link yet.
    if (!stats) break;
    if (!stats.isSymbolicLink()) continue;
    const refusal = linkRefusal(real, current);
    if (!refusal) continue;
    if (i === parts.length - 1) throw new ActionFailure(`the ${name} input "${value}" is ${refusal}`);
    throw new ActionFailure(`the ${name} input "${value}" goes through "${parts.slice(0, i + 1).join('/')}", ${refusal}`);
  }
  return absolute;
}
