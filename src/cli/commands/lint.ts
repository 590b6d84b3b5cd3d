import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countFindings } from '../../engine/post.ts';
import { FORMATTERS, defaultFormat, formatNames } from '../../format/registry.ts';
import { loadConfig } from '../../config/load.ts';
import { lintOptionsOf } from '../../config/resolve.ts';
import { lintDirectory, selectRules, type LintResult } from '../../lint.ts';
import { VERSION } from '../../version.ts';
import type { Args } from '../args.ts';
import { checkedLine } from '../../discovery/render.ts';
import { nothingRecognised, nothingRecognisedMessage, treeProblems } from '../tree-problems.ts';
import { fail } from '../usage-error.ts';
import { requireTrackedConfig, trackedUnder } from '../tracked-only.ts';
import { requireDirectories } from '../targets.ts';
import { requireKnownRules } from '../known-rules.ts';
import { combineRuns, type DirRun } from '../several-dirs.ts';
import { quietFindings } from '../quiet.ts';

export function requireDirectory(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    fail(`cannot read "${dir}": no such directory`);
  }
  if (!isDir) fail(`"${dir}" is not a directory`);
}

export function useColor(args: Args): boolean {
  return args.color ?? (Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']);
}

/** An output file that cannot be written is an I/O failure (exit 2), reported without a stack trace. */
function writeOutputFile(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    fail(`cannot write "${file}": ${(err as Error).message}`);
  }
}

/** Lints one directory with its own configuration (a .hacheckrc found from it up, unless --config names one). */
async function lintOne(args: Args, dir: string): Promise<LintResult> {
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values['config'] as string | undefined);
  requireTrackedConfig(args, dir, config);
  const options = lintOptionsOf(config);
  const build = { ...options.build, ...(tracked ? { tracked } : {}) };
  const result = await lintDirectory(dir, { ...options, build, ...(args.rules ? { only: args.rules } : {}) });
  if (nothingRecognised(result.cluster)) {
    // Like a linter given a pattern that matches nothing: a wrong path must not pass silently.
    fail(nothingRecognisedMessage(dir, result.cluster));
  }
  return result;
}

/**
 * `hacheck DIR...`: lint each directory as its own run, write every requested
 * format once for them all, and decide the exit code from every run.
 */
export async function lintCommand(args: Args): Promise<number> {
  const outputs = args.outputs.map((o) => ({ ...o, format: o.format ?? defaultFormat(process.env, Boolean(process.stdout.isTTY), o.file !== undefined) }));
  for (const o of outputs) {
    if (!FORMATTERS[o.format]) fail(`unknown format "${o.format}" (expected ${formatNames().join(', ')})`);
  }
  const dirs = requireDirectories(args);
  requireKnownRules(args.rules);
  const rules = selectRules(args.rules);
  const runs: DirRun[] = [];
  for (const dir of dirs) runs.push({ dir, result: await lintOne(args, dir) });
  const view = combineRuns(runs, process.cwd());
  const internalErrors = runs.flatMap((r) => r.result.internalErrors);
  const shown = args.quiet ? quietFindings(view.findings) : view.findings;
  const clean = shown.length === 0 && internalErrors.length === 0 && view.cluster.unreadable.length === 0;
  for (const o of outputs) {
    const text = FORMATTERS[o.format]!({
      findings: shown,
      cluster: view.cluster,
      rules,
      // Colour only on a terminal: never in files.
      color: o.file === undefined && useColor(args),
      toolVersion: VERSION,
      root: view.root,
      internalErrors,
      workspace: resolve(process.env['GITHUB_WORKSPACE'] || process.cwd()),
    });
    if (o.file === undefined) process.stdout.write(text);
    else writeOutputFile(o.file, text);
    // Silence on a terminal could mean nothing was looked at: say what was checked, as Ruff's "All checks passed!".
    // Only there: piped output and the machine formats stay empty on a clean run.
    if (o.file === undefined && o.format === 'stylish' && process.stdout.isTTY && clean) {
      process.stdout.write(`${checkedLine(view.cluster.plan, view.hosts, view.clusters)}\n`);
    }
  }
  for (const e of internalErrors) {
    process.stderr.write(`hacheck: ${e.report}\n`);
    if (args.debug && e.stack) process.stderr.write(`${e.stack}\n`);
  }
  // A recognised file that cannot be read leaves the check incomplete: an I/O failure.
  const tree = treeProblems(view.cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}\n`);
  if (internalErrors.length > 0 || view.cluster.unreadable.length > 0) return 2;
  // Counted before --quiet filters: hidden warnings still count toward --max-warnings, as in ESLint (lib/cli.js, countErrors(results)).
  const n = countFindings(view.findings);
  if (n.errors > 0) return 1;
  if (n.warnings > args.maxWarnings) {
    // ESLint's "ESLint found too many warnings (maximum: %s).": exit 1 with no error printed needs its reason.
    process.stderr.write(`hacheck: too many warnings (${n.warnings}, maximum ${args.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
