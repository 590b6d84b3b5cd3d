/**
 * Working with SourcedText (src/containers/types.ts): the pieces of a definition's values that
 * an image's entrypoint copies into the files it writes, keeping where each character came from.
 */
import type { MappedTextBuilder } from '../text/mapped-source.ts';
import type { Located } from '../text/span.ts';
import type { SourcedText } from './types.ts';

/** Appends the value to a generated text: character for character when it was copied from its source, else pointing at its span. */
export function appendSourced(builder: MappedTextBuilder, text: SourcedText): MappedTextBuilder {
  return text.copiedFrom ? builder.copied(text.value, text.copiedFrom.src, text.copiedFrom.offset) : builder.at(text.value, text.span);
}

/** The characters [from, to) of the value, at their own place when it was copied from its source, else at the whole value's span. */
export function sliceSourced(text: SourcedText, from: number, to: number = text.value.length): SourcedText {
  const value = text.value.slice(from, to);
  const c = text.copiedFrom;
  if (!c) return { value, span: text.span };
  const start = c.offset + Math.min(from, text.value.length);
  const end = c.offset + Math.min(Math.max(from, to), text.value.length);
  return { value, span: c.src.span(start, end), copiedFrom: { src: c.src, offset: start } };
}

/** The value with surrounding whitespace left out (as shells split words), at its own place. */
export function trimSourced(text: SourcedText): SourcedText {
  const v = text.value;
  const start = v.length - v.trimStart().length;
  return sliceSourced(text, start, Math.max(start, v.trimEnd().length));
}

/** The whitespace-separated words of a value, as `for x in $VAR` splits it in an entrypoint script. */
export function wordsOf(text: SourcedText): SourcedText[] {
  const out: SourcedText[] = [];
  for (const m of text.value.matchAll(/[^ \t\n]+/g)) out.push(sliceSourced(text, m.index, m.index + m[0].length));
  return out;
}

export function located(text: SourcedText): Located<string> {
  return { value: text.value, span: text.span };
}
