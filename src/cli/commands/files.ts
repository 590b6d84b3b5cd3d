import { loadConfig } from '../../config/load.ts';
import { lintOptionsOf } from '../../config/resolve.ts';
import { renderFilesJson, renderFilesText } from '../../discovery/render.ts';
import { buildCluster } from '../../model/build.ts';
import type { Args } from '../args.ts';
import { treeProblems } from '../tree-problems.ts';
import { fail } from '../usage-error.ts';
import { requireDirectory } from './lint.ts';
import { requireTrackedConfig, trackedUnder } from '../tracked-only.ts';

const FILES_FORMATS = ['text', 'json'];

/** `hacheck files <dir>`: every candidate file with its verdict, as lint reads the directory. */
export async function filesCommand(args: Args): Promise<number> {
  const [first, ...more] = args.outputs;
  const format = first?.format ?? 'text';
  if (!FILES_FORMATS.includes(format)) fail(`files has no format "${format}" (expected text or json)`);
  if (more.length > 0 || first?.file !== undefined) fail('files writes one format to standard output: give one --format and no --output-file');
  const dir = args.target!;
  requireDirectory(dir);
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
