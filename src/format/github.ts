import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, Severity } from '../engine/rule.ts';
import type { Span } from '../text/span.ts';
import { escapeData, escapeProperty } from './github-escape.ts';
import { printable } from './printable.ts';

export interface GithubInput {
  readonly findings: readonly Finding[];
  /** Absolute path of the linted directory. */
  readonly root: string;
  /** Absolute path annotation paths are relative to: GITHUB_WORKSPACE, the repository checkout. */
  readonly workspace: string;
}

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub places an annotation by its path in the repository, so a path
 * relative to the linted directory is prefixed with where that directory sits
 * in the workspace. A directory outside the workspace keeps its absolute path:
 * nothing in the repository could match it anyway.
 */
export function pathPrefix(root: string, workspace: string): string {
  const rel = relative(workspace, root);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const prefix = outside ? root : rel;
  return prefix === '' ? '' : `${prefix.split(sep).join('/').replace(/\/$/, '')}/`;
}

/**
 * The runner drops col and endColumn when line and endLine differ
 * (ValidateLinesAndColumns in actions/runner), so they are only written for a
 * span on one line.
 */
function properties(file: string, span: Span, title: string): string {
  const props: [string, string | number][] = [['file', file], ['line', span.line]];
  if (span.endLine === span.line) props.push(['col', span.column], ['endLine', span.endLine], ['endColumn', span.endColumn]);
  else props.push(['endLine', span.endLine]);
  props.push(['title', title]);
  return props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
}

/**
 * `--format github`: one workflow command per finding. Related locations go
 * into the finding's message, one per line, rather than into annotations of
 * their own: the evidence stays with the finding it explains, and the runner
 * shows only 10 annotations per kind and step, which extra notices would use up.
 */
export function formatGithub(input: GithubInput): string {
  const prefix = pathPrefix(input.root, input.workspace);
  let out = '';
  for (const f of input.findings) {
    // printable() first: the runner's own escapes cover line breaks, not a terminal escape in the log.
    const notes = f.related.map((r) => `\n${printable(prefix + r.span.file)}:${r.span.line}:${r.span.column}: note: ${printable(r.message)}`).join('');
    out += `::${COMMAND[f.severity]} ${properties(printable(prefix + f.span.file), f.span, f.ruleId)}::${escapeData(printable(f.message) + notes)}\n`;
  }
  return out;
}
