import { loadConfig } from '../../config/load.ts';
import { nothingRecognised, nothingRecognisedMessage, treeProblems } from '../tree-problems.ts';
import { lintOptionsOf } from '../../config/resolve.ts';
import { buildClusters } from '../../model/build.ts';
import { mergeClusters } from '../../model/merge-clusters.ts';
import { deepFreeze } from '../../model/freeze.ts';
import { renderClustersMarkdown } from '../../summary/markdown.ts';
import { summarize } from '../../summary/summarize.ts';
import { renderClustersText } from '../../summary/text.ts';
import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';
import { requireDirectories } from '../targets.ts';
import { printablePath } from '../../format/printable.ts';
import { requireTrackedConfig, trackedUnder } from '../tracked-only.ts';

const SUMMARY_FORMATS = ['text', 'markdown'];

/** `hacheck summary <dir>`: the topology as hacheck reads it, as text or Markdown. */
export async function summaryCommand(args: Args): Promise<number> {
  // --format is repeatable for lint; a summary is one text on standard output, so one format.
  const [first, ...more] = args.outputs;
  const format = first?.format ?? 'text';
  if (!SUMMARY_FORMATS.includes(format)) fail(`summary has no format "${format}" (expected text or markdown)`);
  if (more.length > 0 || first?.file !== undefined) fail('summary writes one format to standard output: give one --format and no --output-file');
  const mermaid = args.values['mermaid'] === true;
  if (mermaid && format !== 'markdown') fail('--mermaid needs --format markdown');
  const dirs = requireDirectories(args);
  let code = 0;
  for (const [i, dir] of dirs.entries()) {
    // Several directories: each summary under its directory's name, as `ls a b` lists each.
    if (dirs.length > 1) process.stdout.write(`${i > 0 ? '\n' : ''}${printablePath(dir)}:\n`);
    code = Math.max(code, await summarizeOne(args, dir, format, mermaid));
  }
  return code;
}

async function summarizeOne(args: Args, dir: string, format: string, mermaid: boolean): Promise<number> {
  // The configuration file names host folders and versions: the summary must read the cluster as lint does.
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values['config'] as string | undefined);
  requireTrackedConfig(args, dir, config);
  const clusters = (await buildClusters(dir, { ...lintOptionsOf(config).build, ...(tracked ? { tracked } : {}) })).map((c) => deepFreeze(c));
  const cluster = mergeClusters(clusters);
  if (nothingRecognised(cluster)) {
    fail(nothingRecognisedMessage(dir, cluster));
  }
  process.stdout.write(format === 'markdown' ? renderClustersMarkdown(clusters, { mermaid }) : renderClustersText(clusters.map((c) => ({ name: c.name, summary: summarize(c) }))));
  // As for lint: a file that cannot be read leaves the picture incomplete, an I/O failure.
  const tree = treeProblems(cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}\n`);
  return cluster.unreadable.length > 0 ? 2 : 0;
}
