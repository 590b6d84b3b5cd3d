import { loadConfig } from '../../config/load.ts';
import { lintOptionsOf } from '../../config/resolve.ts';
import { renderFilesJson, renderFilesText } from '../../discovery/render.ts';
import { buildCluster } from '../../model/build.ts';
import type { Args } from '../args.ts';
import { treeProblems } from '../tree-problems.ts';
import { fail } from '../usage-error.ts';
import { requireDirectories } from '../targets.ts';
import { printablePath } from '../../format/printable.ts';
import { requireTrackedConfig, trackedUnder } from '../tracked-only.ts';

const FILES_FORMATS = ['text', 'json'];

/** `hacheck files <dir>`: every candidate file with its verdict, as lint reads the directory. */
export async function filesCommand(args: Args): Promise<number> {
  const [first, ...more] = args.outputs;
  const format = first?.format ?? 'text';
  if (!FILES_FORMATS.includes(format)) fail(`files has no format "${format}" (expected text or json)`);
  if (more.length > 0 || first?.file !== undefined) fail('files writes one format to standard output: give one --format and no --output-file');
  const dirs = requireDirectories(args);
  // JSON is one document: several would not parse as one.
  if (format === 'json' && dirs.length > 1) fail('files -f json lists one directory: run it once per directory');
  let code = 0;
  for (const [i, dir] of dirs.entries()) {
    // Several directories: each listing under its directory's name, as `ls a b` lists each.
    if (dirs.length > 1) process.stdout.write(`${i > 0 ? '\n' : ''}${printablePath(dir)}:\n`);
    code = Math.max(code, await listOne(args, dir, format));
  }
  return code;
}

async function listOne(args: Args, dir: string, format: string): Promise<number> {
  // Host folders, ignore globs and --tracked-only decide what is read: the listing must read as lint does.
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values['config'] as string | undefined);
  requireTrackedConfig(args, dir, config);
  const cluster = await buildCluster(dir, { ...lintOptionsOf(config).build, ...(tracked ? { tracked } : {}) });
  process.stdout.write(format === 'json' ? renderFilesJson(cluster.plan) : renderFilesText(cluster.plan));
  const tree = treeProblems(cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}\n`);
  return cluster.unreadable.length > 0 ? 2 : 0;
}
