import { statSync, writeFileSync } from 'node:fs';
import { countFindings } from '../../engine/post.ts';
import { FORMATTERS, defaultFormat, formatNames } from '../../format/registry.ts';
import { lintDirectory, selectRules } from '../../lint.ts';
import { VERSION } from '../../version.ts';
import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';

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

/** `hacheck DIR`: lint, write every requested format, and decide the exit code. */
export async function lintCommand(args: Args): Promise<number> {
  const dir = args.target!;
  const outputs = args.outputs.map((o) => ({ ...o, format: o.format ?? defaultFormat(process.env, Boolean(process.stdout.isTTY)) }));
  for (const o of outputs) {
    if (!FORMATTERS[o.format]) fail(`unknown format "${o.format}" (expected ${formatNames().join(', ')})`);
  }
  requireDirectory(dir);
  const rules = selectRules(args.rules);
  const result = await lintDirectory(dir, args.rules ? { only: args.rules } : {});
  if (result.cluster.files.length === 0 && result.cluster.unreadable.length === 0) {
    // Like a linter given a pattern that matches nothing: a wrong path must not pass silently.
    fail(`no recognised configuration file under "${dir}" (zoo.cfg, myid, *-site.xml, slaves, workers, ntp.conf, chrony.conf)`);
  }
  for (const o of outputs) {
    const text = FORMATTERS[o.format]!({
      findings: result.findings,
      cluster: result.cluster,
      rules,
      // Colour only on a terminal: never in files.
      color: o.file === undefined && useColor(args),
      toolVersion: VERSION,
    });
    if (o.file === undefined) process.stdout.write(text);
    else writeFileSync(o.file, text);
  }
  for (const e of result.internalErrors) {
    process.stderr.write(`hacheck: internal error in rule ${e.ruleId}: ${e.message}\n`);
  }
  // A recognised file that cannot be read leaves the check incomplete: an I/O failure.
  for (const u of result.cluster.unreadable) {
    process.stderr.write(`hacheck: cannot read ${u.path} (${u.reason})\n`);
  }
  if (result.internalErrors.length > 0 || result.cluster.unreadable.length > 0) return 2;
  const n = countFindings(result.findings);
  return n.errors > 0 || n.warnings > args.maxWarnings ? 1 : 0;
}
