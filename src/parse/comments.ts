/**
 * Where the comments of a file are, as the program that reads the file sees
 * them. Only suppression directives look at comments, so this is called only
 * for files whose text mentions "hacheck-".
 */

/** One comment: [start, end) is the whole comment, [bodyStart, bodyEnd) its text without markers. */
export interface CommentRange {
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

/**
 * The comment syntaxes of the recognised files:
 * - `xml`: `<!-- ... -->` anywhere outside CDATA sections and processing instructions;
 * - `properties` (zoo.cfg): java.util.Properties comment lines, first non-blank `#` or `!`;
 * - `hash` (ntp.conf, workers, slaves): `#` to the end of the line, also after content;
 * - `chrony` (chrony.conf): lines whose first non-blank character is `!`, `;`, `#` or `%`.
 */
export type CommentSyntax = 'xml' | 'properties' | 'hash' | 'chrony';

interface Line {
  readonly start: number;
  /** End of the line's content, before `\r\n` or `\n`. */
  readonly end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    out.push({ start, end: stop > start && text[stop - 1] === '\r' ? stop - 1 : stop });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** A comment from `markerAt` to the end of its line; the body skips the run of marker characters. */
function lineComment(text: string, line: Line, markerAt: number, markers: string): CommentRange {
  let body = markerAt;
  while (body < line.end && markers.includes(text[body]!)) body++;
  return { start: markerAt, end: line.end, bodyStart: body, bodyEnd: line.end };
}

function firstNonBlank(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
  return i;
}

/**
 * Properties.load (JDK 17 LineReader): a natural line whose first non-blank character is
 * `#` or `!` is a comment, unless it continues the previous line (which then ended with an
 * odd number of backslashes); a comment line itself is never continued.
 */
function propertiesComments(text: string): CommentRange[] {
  const out: CommentRange[] = [];
  let continuing = false;
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if (!continuing && (text[first] === '#' || text[first] === '!')) {
      out.push(lineComment(text, line, first, '#!'));
      continue;
    }
    if (!continuing && first === line.end) continue;
    let backslashes = 0;
    for (let i = line.end - 1; i >= line.start && text[i] === '\\'; i--) backslashes++;
    continuing = backslashes % 2 === 1;
  }
  return out;
}

function hashComments(text: string): CommentRange[] {
  const out: CommentRange[] = [];
  for (const line of lines(text)) {
    const hash = text.indexOf('#', line.start);
    if (hash >= 0 && hash < line.end) out.push(lineComment(text, line, hash, '#'));
  }
  return out;
}

function chronyComments(text: string): CommentRange[] {
  const out: CommentRange[] = [];
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if ('!;#%'.includes(text[first] ?? 'x')) out.push(lineComment(text, line, first, text[first]!));
  }
  return out;
}

/**
 * XML comments in document order. CDATA sections and processing instructions are skipped,
 * since `<!--` inside them is text; elsewhere `<` cannot appear unescaped, so a `<!--`
 * always opens a comment. An unclosed comment runs to the end of the text.
 */
export function xmlComments(text: string): CommentRange[] {
  const out: CommentRange[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const bodyEnd = close < 0 ? text.length : close;
      const end = close < 0 ? text.length : close + 3;
      out.push({ start: i, end, bodyStart: i + 4, bodyEnd });
      i = end;
    } else if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      i = close < 0 ? text.length : close + 3;
    } else if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      i++;
    }
    i = text.indexOf('<', i);
  }
  return out;
}

export function comments(text: string, syntax: CommentSyntax): CommentRange[] {
  switch (syntax) {
    case 'xml':
      return xmlComments(text);
    case 'properties':
      return propertiesComments(text);
    case 'hash':
      return hashComments(text);
    case 'chrony':
      return chronyComments(text);
  }
}
