/** --tracked-only for the commands that read a cluster (lint, summary): what git tracks, and nothing else. */
import { isAbsolute, relative } from 'node:path';
import type { LoadedConfig } from '../config/load.ts';
import { isTracked, trackedFiles } from '../git/tracked-files.ts';
import type { Args } from './args.ts';
import { fail } from './usage-error.ts';

/** The tracked paths under `dir` when --tracked-only is given; asked before the configuration is read, so a directory outside git fails first. */
export function trackedUnder(args: Args, dir: string): ReadonlySet<string> | undefined {
  return args.values['tracked-only'] === true ? trackedFiles(dir, dir) : undefined;
}

/**
 * With --tracked-only, a configuration file found by the search must be tracked
 * too: it changes the verdict as much as a cluster file. One named with
 * --config is the caller's choice and is used as it is.
 */
export function requireTrackedConfig(args: Args, dir: string, loaded: LoadedConfig): void {
  if (args.values['tracked-only'] !== true || args.values['config'] !== undefined || loaded.file === undefined) return;
  if (isTracked(dir, loaded.file)) return;
  const rel = relative(process.cwd(), loaded.file);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : loaded.file;
  fail(`--tracked-only: the configuration file "${shown}" is not tracked by git (commit it, or remove it or name another with --config)`);
}
