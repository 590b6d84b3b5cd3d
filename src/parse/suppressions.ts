/**
 * Suppression directives, as ESLint writes them, in each file's own comment syntax:
 *
 *   hacheck-disable-next-line [rule-id[, rule-id...]] [-- reason]
 *   hacheck-disable-file      [rule-id[, rule-id...]] [-- reason]
 *
 * No rule id means every rule. The reason follows one or more dashes set off by
 * whitespace (ESLint's ` -- `); XML forbids `--` inside a comment, so there it is ` - `.
 * Rule ids are kept as written: whether they name a rule is for the engine to say
 * (src/engine/suppress.ts), which knows the rules.
 */
import { quote } from '../engine/quote.ts';
import type { SourceText } from '../text/source-text.ts';
import type { Located, Span } from '../text/span.ts';
import { comments, type CommentRange, type CommentSyntax } from './comments.ts';

export interface NextLineSuppression {
  readonly kind: 'next-line';
  /** Rule ids as written, each with its span; empty: every rule. */
  readonly ruleIds: readonly Located<string>[];
  readonly reason: string | undefined;
  /** The whole comment. */
  readonly span: Span;
  /** The line it suppresses: the one after the line the comment ends on. */
  readonly line: number;
}

export interface FileSuppression {
  readonly kind: 'file';
  readonly ruleIds: readonly Located<string>[];
  readonly reason: string | undefined;
  readonly span: Span;
}

/** A comment that starts like a directive but is not one; it suppresses nothing. */
export interface MalformedSuppression {
  readonly kind: 'malformed';
  readonly problem: string;
  readonly span: Span;
}

export type Suppression = NextLineSuppression | FileSuppression | MalformedSuppression;

export const NEXT_LINE_DIRECTIVE = 'hacheck-disable-next-line';
export const FILE_DIRECTIVE = 'hacheck-disable-file';

const DIRECTIVE_START = /^\s*(hacheck-\S*)/;
/** The reason separator: dashes with whitespace (or the end) on both sides. */
const REASON_SEPARATOR = /\s-+(?=\s|$)/;

function parseIds(src: SourceText, text: string, offset: number): Located<string>[] | string {
  if (text.trim() === '') return [];
  const ids: Located<string>[] = [];
  let at = 0;
  for (const piece of text.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const id = piece.trim();
    if (id === '') return `a rule id is empty in ${quote(text.trim())}`;
    if (/\s/.test(id)) return `rule ids are separated by commas, not spaces: ${quote(id)}`;
    const start = offset + at + lead;
    ids.push({ value: id, span: src.span(start, start + id.length) });
    at += piece.length + 1;
  }
  return ids;
}

/** The directive in one comment, or undefined when the comment is not one. */
function parseDirective(src: SourceText, c: CommentRange, syntax: CommentSyntax): Suppression | undefined {
  const body = src.text.slice(c.bodyStart, c.bodyEnd);
  const m = DIRECTIVE_START.exec(body);
  if (!m) return undefined;
  const span = src.span(c.start, c.end);
  const word = m[1]!;
  if (word !== NEXT_LINE_DIRECTIVE && word !== FILE_DIRECTIVE) {
    return { kind: 'malformed', problem: `${quote(word)} is not a directive; use ${NEXT_LINE_DIRECTIVE} or ${FILE_DIRECTIVE}`, span };
  }
  if (syntax === 'xml' && (body.includes('--') || body.endsWith('-'))) {
    // Not a directive but a broken file: Hadoop refuses it, and syntax/xml-malformed says so.
    return undefined;
  }
  const restOffset = c.bodyStart + m[0].length;
  const rest = body.slice(m[0].length);
  const sep = REASON_SEPARATOR.exec(rest);
  const idsText = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() || undefined : undefined;
  const ruleIds = parseIds(src, idsText, restOffset);
  if (typeof ruleIds === 'string') return { kind: 'malformed', problem: ruleIds, span };
  if (word === FILE_DIRECTIVE) return { kind: 'file', ruleIds, reason, span };
  return { kind: 'next-line', ruleIds, reason, span, line: span.endLine + 1 };
}

/** Every directive of a file, in order. Cheap for the common file that has none. */
export function scanSuppressions(src: SourceText, syntax: CommentSyntax): Suppression[] {
  if (!src.text.includes('hacheck-')) return [];
  const out: Suppression[] = [];
  for (const c of comments(src.text, syntax)) {
    const directive = parseDirective(src, c, syntax);
    if (directive) out.push(directive);
  }
  return out;
}
