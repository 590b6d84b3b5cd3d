/**
 * The values of a `.env` or `env_file` file as Compose reads them (compose-go's dotenv/parser.go,
 * extractVarValue): the lines are those of src/parse/env-lines.ts; an unquoted value is trimmed
 * and ends before ` #` (an inline comment); a value in single quotes is taken literally; one in
 * double quotes ends at the closing quote and has its escapes decoded. Unquoted and
 * double-quoted values are interpolated from the variables known so far.
 */
import { parseEnvLines } from '../../parse/env-lines.ts';
import type { SourceText } from '../../text/source-text.ts';
import type { Span } from '../../text/span.ts';
import { sliceSourced } from '../sourced.ts';
import type { SourcedText } from '../types.ts';
import { interpolate, type Variables } from './interpolate.ts';

export interface DotenvEntry {
  readonly name: SourcedText;
  /** Undefined when it uses a variable that is not known. */
  readonly value: SourcedText | undefined;
  readonly span: Span;
}

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };

export function readDotenv(src: SourceText, vars: Variables): DotenvEntry[] {
  const out: DotenvEntry[] = [];
  const known = new Map(vars);
  for (const a of parseEnvLines(src).assignments) {
    const nameStart = offsetOf(src, a.name.span);
    const name: SourcedText = { value: a.name.value, span: a.name.span, copiedFrom: { src, offset: nameStart } };
    const raw: SourcedText = { value: a.value.value, span: a.value.span, copiedFrom: { src, offset: offsetOf(src, a.value.span) } };
    const value = dotenvValue(raw, known);
    if (value !== undefined) known.set(name.value, value.value);
    out.push({ name, value, span: a.span });
  }
  return out;
}

function dotenvValue(raw: SourcedText, vars: Variables): SourcedText | undefined {
  const v = raw.value;
  const start = v.length - v.trimStart().length;
  const quote = v[start];
  if (quote === "'") {
    const close = v.indexOf("'", start + 1);
    if (close > 0) return sliceSourced(raw, start + 1, close);
  } else if (quote === '"') {
    let decoded = '';
    let escaped = false;
    for (let i = start + 1; i < v.length; i++) {
      const c = v[i]!;
      if (c === '\\' && i + 1 < v.length) {
        decoded += DOUBLE_QUOTE_ESCAPES[v[i + 1]!] ?? `\\${v[i + 1]}`;
        escaped = true;
        i++;
      } else if (c === '"') {
        const inner = escaped ? { value: decoded, span: raw.span } : sliceSourced(raw, start + 1, i);
        return interpolate(inner, vars);
      } else decoded += c;
    }
  }
  // Unquoted (or an unclosed quote, kept as written): trimmed, up to an inline ` #` comment.
  const comment = v.slice(start).search(/[ \t]#/);
  const end = comment < 0 ? v.trimEnd().length : start + v.slice(start, start + comment).trimEnd().length;
  return interpolate(sliceSourced(raw, start, Math.max(start, end)), vars);
}

/** The offset of a span's start in its own source. */
function offsetOf(src: SourceText, span: Span): number {
  return src.lineStarts[span.line - 1]! + span.column - 1;
}
