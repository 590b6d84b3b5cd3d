/**
 * Text that a container image's entrypoint would write (a zoo.cfg from ZOO_SERVERS, a
 * server.properties from KAFKA_* variables, a ConfigMap's file), built from pieces of the
 * files that define it. Each piece remembers where it came from, so the parsers of the real
 * files (src/parse/) read the generated text unchanged while every span they make points at
 * the compose file, env file or manifest that wrote the piece.
 */
import { SourceText } from './source-text.ts';
import type { Span } from './span.ts';

/** Where the characters of one piece came from. */
type Origin =
  /** Copied character for character from `src`, starting at `offset`. */
  | { readonly src: SourceText; readonly offset: number }
  /** Written by the entrypoint (a default, a separator) or decoded from an escaped scalar: every character points at `span`. */
  | { readonly span: Span };

interface Piece {
  /** Offset of the piece's first character in the generated text. */
  readonly at: number;
  readonly length: number;
  readonly origin: Origin;
}

/** Builds a generated text piece by piece. */
export class MappedTextBuilder {
  private text = '';
  private readonly pieces: Piece[] = [];

  /** Text copied from `src` at `offset` (the generated characters are src.text[offset...]). */
  copied(text: string, src: SourceText, offset: number): this {
    return this.add(text, { src, offset });
  }

  /** Text that points at `span` as a whole: written by the entrypoint, or a value whose characters do not map one to one. */
  at(text: string, span: Span): this {
    return this.add(text, { span });
  }

  private add(text: string, origin: Origin): this {
    if (text.length > 0) this.pieces.push({ at: this.text.length, length: text.length, origin });
    this.text += text;
    return this;
  }

  /** The generated file, read as if at `path` (the file that defines it), its spans mapped back. */
  build(path: string): MappedSourceText {
    return new MappedSourceText(path, this.text, this.pieces);
  }
}

/**
 * A SourceText whose spans are those of the pieces' origins. Offsets, lines and columns of the
 * generated text stay available to the parsers (lineStarts, position); only span() maps.
 */
export class MappedSourceText extends SourceText {
  constructor(
    path: string,
    text: string,
    private readonly pieces: readonly Piece[],
  ) {
    super(path, text);
  }

  private pieceAt(offset: number): Piece | undefined {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  }

  override span(start: number, end: number = start): Span {
    const first = this.pieceAt(start);
    if (!first) return { file: this.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const o = first.origin;
    if ('span' in o) return o.span;
    const stop = Math.max(start, end);
    const last = stop > start ? this.pieceAt(stop - 1) : first;
    // Within one copied piece, or across copied pieces of one source in order: a range there.
    if (last && 'src' in last.origin && last.origin.src === o.src) {
      const a = o.offset + Math.min(start - first.at, first.length);
      const b = stop > start ? last.origin.offset + Math.min(stop - last.at, last.length) : a;
      if (b >= a) return o.src.span(a, b);
    }
    // Across an entrypoint-written part: the part of the range that the first piece holds.
    return o.src.span(o.offset + Math.min(start - first.at, first.length), o.offset + first.length);
  }
}
