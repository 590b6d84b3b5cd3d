import type { Span } from './span.ts';

/**
 * The text of one file plus its line table. This is the only place where
 * offsets become 1-based line/column positions (columns count UTF-16 units).
 */
export class SourceText {
  readonly lineStarts: number[];

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  span(start: number, end: number = start): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Span of a whole 1-based line, without its line break. */
  lineSpan(line: number): Span {
    const start = this.lineStarts[line - 1] ?? 0;
    let end = this.lineStarts[line] ?? this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return this.span(start, end);
  }
}

/**
 * Decodes UTF-8 as an XML reader does: the byte-order mark is not content, and
 * editors do not count it as a column, so it is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes bytes as ISO-8859-1, the charset java.util.Properties.load(InputStream) uses. */
export function decodeLatin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
