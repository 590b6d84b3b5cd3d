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

/** Nothing to report and nothing left unchecked. */
function cleanRun(result: LintResult): boolean {
  return result.findings.length === 0 && result.internalErrors.length === 0 && result.cluster.unreadable.length === 0;
}

/** `hacheck DIR`: lint, write every requested format, and decide the exit code. */
export async function lintCommand(args: Args): Promise<number> {
  const dir = args.target!;
  const outputs = args.outputs.map((o) => ({ ...o, format: o.format ?? defaultFormat(process.env, Boolean(process.stdout.isTTY), o.file !== undefined) }));
  for (const o of outputs) {
    if (!FORMATTERS[o.format]) fail(`unknown format "${o.format}" (expected ${formatNames().join(', ')})`);
  }
  requireDirectory(dir);
  const rules = selectRules(args.rules);
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
  for (const o of outputs) {
    const text = FORMATTERS[o.format]!({
      findings: result.findings,
      cluster: result.cluster,
      rules,
      // Colour only on a terminal: never in files.
      color: o.file === undefined && useColor(args),
      toolVersion: VERSION,
      root: resolve(dir),
      internalErrors: result.internalErrors,
      workspace: resolve(process.env['GITHUB_WORKSPACE'] || process.cwd()),
    });
    if (o.file === undefined) process.stdout.write(text);
    else writeOutputFile(o.file, text);
    // Silence on a terminal could mean nothing was looked at: say what was checked, as Ruff's "All checks passed!".
    // Only there: piped output and the machine formats stay empty on a clean run.
    if (o.file === undefined && o.format === 'stylish' && process.stdout.isTTY && cleanRun(result)) {
      process.stdout.write(`${checkedLine(result.cluster.plan, result.cluster.hosts.length, result.clusters.length)}\n`);
    }
  }
  for (const e of result.internalErrors) {
    process.stderr.write(`hacheck: ${e.report}\n`);
    if (args.debug && e.stack) process.stderr.write(`${e.stack}\n`);
  }
  // A recognised file that cannot be read leaves the check incomplete: an I/O failure.
  const tree = treeProblems(result.cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}\n`);
  if (result.internalErrors.length > 0 || result.cluster.unreadable.length > 0) return 2;
  const n = countFindings(result.findings);
  return n.errors > 0 || n.warnings > args.maxWarnings ? 1 : 0;
}
