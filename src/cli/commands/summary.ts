import { loadConfig } from '../../config/load.ts';
import { nothingRecognised, nothingRecognisedMessage, treeProblems } from '../tree-problems.ts';
import { lintOptionsOf } from '../../config/resolve.ts';
import { buildCluster } from '../../model/build.ts';
import { deepFreeze } from '../../model/freeze.ts';
import { renderSummaryMarkdownFrom } from '../../summary/markdown.ts';
import { summarize } from '../../summary/summarize.ts';
import { renderSummaryText } from '../../summary/text.ts';
import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';
import { requireDirectory } from './lint.ts';
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
  const dir = args.target!;
  requireDirectory(dir);
  // The configuration file names host folders and versions: the summary must read the cluster as lint does.
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values['config'] as string | undefined);
  requireTrackedConfig(args, dir, config);
  const cluster = deepFreeze(await buildCluster(dir, { ...lintOptionsOf(config).build, ...(tracked ? { tracked } : {}) }));
  if (nothingRecognised(cluster)) {
    fail(nothingRecognisedMessage(dir, cluster));
  }
  const summary = summarize(cluster);
  process.stdout.write(format === 'markdown' ? renderSummaryMarkdownFrom(summary, { mermaid }) : renderSummaryText(summary));
  // As for lint: a file that cannot be read leaves the picture incomplete, an I/O failure.
  const tree = treeProblems(cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}\n`);
  return cluster.unreadable.length > 0 ? 2 : 0;
}
