import type { Located, Span } from './span.ts';

/**
 * The span of characters [from, to) of a located string. Exact when the
 * string was written verbatim on one line (the common case for addresses);
 * otherwise, when escapes or line breaks make the mapping unsure, the whole span.
 */
export function spanWithin(loc: Located<string>, from: number, to: number): Span {
  const s = loc.span;
  const verbatimOneLine = s.line === s.endLine && s.endColumn - s.column === loc.value.length;
  if (!verbatimOneLine || from < 0 || to > loc.value.length || from > to) return s;
  return { file: s.file, line: s.line, column: s.column + from, endLine: s.line, endColumn: s.column + to };
}

/** A located piece of a located string. */
export function pieceOf(loc: Located<string>, from: number, to: number): Located<string> {
  return { value: loc.value.slice(from, to), span: spanWithin(loc, from, to) };
}

/** Splits a located string on a separator, keeping each piece's span (pieces untrimmed). */
export function splitLocated(loc: Located<string>, separator: string | RegExp): Located<string>[] {
  const out: Located<string>[] = [];
  const re = typeof separator === 'string' ? new RegExp(separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(separator.source, 'g');
  let last = 0;
  for (let m = re.exec(loc.value); m; m = re.exec(loc.value)) {
    out.push(pieceOf(loc, last, m.index));
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  out.push(pieceOf(loc, last, loc.value.length));
  return out;
}

/** Trims a located string (Java String.trim: every char <= U+0020), keeping the span exact. */
export function trimLocated(loc: Located<string>): Located<string> {
  let a = 0;
  let b = loc.value.length;
  while (a < b && loc.value.charCodeAt(a) <= 32) a++;
  while (b > a && loc.value.charCodeAt(b - 1) <= 32) b--;
  return pieceOf(loc, a, b);
}
