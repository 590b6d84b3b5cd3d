/**
 * The assignments of an environment file, as `docker run --env-file` and Compose's `env_file`
 * read it: one `NAME=value` a line, blank lines and lines whose first non-blank character is `#`
 * ignored, the name ending at the first `=`. A line without `=` passes the variable through from
 * the host's environment, a value hacheck cannot know: it is counted, not read.
 */
import type { Located, Span } from '../text/span.ts';
import type { SourceText } from '../text/source-text.ts';

export interface EnvAssignment {
  /** The variable's name, trimmed, at its place on the line. */
  readonly name: Located<string>;
  /** Everything after the first `=`, untrimmed, at its place (an empty value sits just after the `=`). */
  readonly value: Located<string>;
  /** The whole line. */
  readonly span: Span;
}

export interface EnvLines {
  readonly assignments: readonly EnvAssignment[];
  /** Lines that are neither blank, a comment, nor an assignment. */
  readonly otherLines: number;
}

/** Compose accepts a shell's `export ` before a name (compose-go's dotenv parser); docker run keeps it in the name. */
const EXPORT = /^export[ \t]+/;

export function parseEnvLines(src: SourceText): EnvLines {
  const assignments: EnvAssignment[] = [];
  let otherLines = 0;
  const text = src.text;
  for (let line = 1; line <= src.lineCount; line++) {
    const start = src.lineStarts[line - 1]!;
    let end = line < src.lineCount ? src.lineStarts[line]! - 1 : text.length;
    if (end > start && text[end - 1] === '\r') end--;
    let at = start;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at === end || text[at] === '#') continue;
    const exported = EXPORT.exec(text.slice(at, Math.min(end, at + 16)));
    if (exported) at += exported[0].length;
    const eq = text.indexOf('=', at);
    if (eq < 0 || eq >= end) {
      otherLines++;
      continue;
    }
    let nameEnd = eq;
    while (nameEnd > at && (text[nameEnd - 1] === ' ' || text[nameEnd - 1] === '\t')) nameEnd--;
    if (nameEnd === at) {
      otherLines++;
      continue;
    }
    assignments.push({
      name: { value: text.slice(at, nameEnd), span: src.span(at, nameEnd) },
      value: { value: text.slice(eq + 1, end), span: src.span(eq + 1, end) },
      span: src.span(start, end),
    });
  }
  return { assignments, otherLines };
}
