/**
 * The Action's job summary: the counts, every finding with its notes, then the
 * topology as hacheck read it; cut to fit GitHub's limit on a step's summary.
 */
import { countFindings, type Counts } from '../engine/post.ts';
import type { Finding } from '../engine/rule.ts';
import { markdownText } from '../format/markdown-text.ts';

/**
 * GitHub's limit on one step's summary, in bytes: "each step is restricted to a
 * maximum size of 1MiB ... If more than 1MiB of content is added for a step,
 * then the upload for the step will fail" (docs, workflow commands, "Step
 * isolation and limits"); the runner compares the file's length with
 * AttachmentSizeLimit = 1024 * 1024 (actions/runner, FileCommandManager.cs,
 * CreateStepSummaryCommand) and uploads nothing at all when it is larger.
 */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Text inside the job summary's table and heading: see markdownText (src/format/markdown-text.ts). */
export const markdownCell = markdownText;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countsText(c: Counts): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${c.infos} info`;
}

export interface SummaryInput {
  readonly title: string;
  readonly findings: readonly Finding[];
  readonly topology: string;
  /** Prepended to finding paths (relative to the linted directory) to make them relative to the repository. */
  readonly prefix: string;
  /** The sarif-file input, '' when not set. */
  readonly sarifFile: string;
  /** Whether the step's log holds every finding (a format other than github was asked for). */
  readonly fullLog: boolean;
}

function row(f: Finding, prefix: string): string {
  const loc = (s: Finding['span']) => markdownCell(`${prefix}${s.file}:${s.line}:${s.column}`);
  const notes = f.related.map((r) => `<br>note: ${loc(r.span)}: ${markdownCell(r.message)}`).join('');
  return `| ${f.severity} | ${loc(f.span)} | ${markdownCell(f.message)}${notes} | [${markdownCell(f.ruleId)}](${f.docsUrl}) |`;
}

/** Where every finding can be read when the summary cannot hold them all. */
function fullListAt(opts: SummaryInput): string {
  const all = `all ${opts.findings.length}`;
  if (opts.sarifFile) return `The SARIF file ${markdownCell(opts.sarifFile)} lists ${all}.`;
  if (opts.fullLog) return `The step's log lists ${all}.`;
  return `Set the action's sarif-file input (or format: compact, for the log) to get ${all}.`;
}

const TOO_LARGE = "GitHub drops a step's summary larger than 1 MiB";

function bytes(lines: readonly string[]): number {
  // Each line and its line break.
  return lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
}

/**
 * The summary as Markdown, at most `budget` bytes (GitHub's limit less what the
 * step's summary already holds). When the whole would not fit, the topology
 * goes first (`hacheck summary -f markdown` prints it), then findings are cut
 * at a row boundary, and the last line says how many were left out and where
 * the full list is.
 */
export function summaryMarkdown(opts: SummaryInput, budget = STEP_SUMMARY_LIMIT): string {
  const { findings } = opts;
  const head = [`## hacheck: ${markdownCell(opts.title)}`, '', findings.length === 0 ? 'No findings.' : `**${countsText(countFindings(findings))}**`, ''];
  const rows = findings.map((f) => row(f, opts.prefix));
  const table = findings.length === 0 ? [] : ['## Findings', '', '| Severity | Location | Message | Rule |', '| --- | --- | --- | --- |'];
  const sarifLine = findings.length > 0 && opts.sarifFile ? [`The same findings are in the SARIF file ${markdownCell(opts.sarifFile)}.`, ''] : [];
  const topology = [opts.topology.trimEnd(), ''];
  const text = (lines: readonly string[]) => `${lines.join('\n')}\n`;

  const whole = [...head, ...table, ...rows, ...(rows.length > 0 ? [''] : []), ...sarifLine, ...topology];
  if (bytes(whole) <= budget) return text(whole);

  const topologyNote = `The cluster topology is left out: ${TOO_LARGE} (\`hacheck summary -f markdown\` prints it).`;
  const allRows = [...head, ...table, ...rows, ...(rows.length > 0 ? [''] : []), ...sarifLine, topologyNote];
  if (bytes(allRows) <= budget) return text(allRows);

  const note = (left: number) =>
    `**${plural(left, 'finding')} of ${findings.length} and the cluster topology are left out**: ${TOO_LARGE}. ${fullListAt(opts)}`;
  // The note for every finding left out is the longest it can be: room for it is kept whatever the cut.
  let room = budget - bytes([...head, ...table, '', note(findings.length)]);
  let kept = 0;
  while (kept < rows.length && room - bytes([rows[kept]!]) >= 0) room -= bytes([rows[kept++]!]);
  return text([...head, ...table, ...rows.slice(0, kept), '', note(findings.length - kept)]);
}
