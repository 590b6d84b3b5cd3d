/**
 * A server.properties written by an image's entrypoint from environment variables, one
 * `key=value` line per property, each key and value pointing at the env entry that wrote it.
 */
import type { Span } from '../../text/span.ts';
import { MappedSourceText, MappedTextBuilder } from '../../text/mapped-source.ts';
import { appendSourced, sliceSourced } from '../sourced.ts';
import type { SourcedText } from '../types.ts';

/** One line the entrypoint writes: the key, where it came from, and the value. */
export interface PropertyLine {
  readonly key: string;
  /** The variable's name and where the key starts in it, or the place of a default the entrypoint writes. */
  readonly from: { readonly name: SourcedText; readonly start: number } | { readonly span: Span };
  readonly value: SourcedText;
}

/** Lines in the order the file holds them; setting a key again replaces its line where it is (as the scripts' sed does). */
export class PropertyLines {
  private readonly lines = new Map<string, PropertyLine>();

  set(line: PropertyLine): void {
    this.lines.set(line.key, line);
  }

  /** A key whose value is unknown: whatever the file held for it before is not what it holds now. */
  delete(key: string): void {
    this.lines.delete(key);
  }

  get size(): number {
    return this.lines.size;
  }

  sortedByKey(): PropertyLines {
    const sorted = new PropertyLines();
    for (const key of [...this.lines.keys()].sort()) sorted.set(this.lines.get(key)!);
    return sorted;
  }

  build(path: string): MappedSourceText {
    const b = new MappedTextBuilder();
    for (const line of this.lines.values()) {
      appendKey(b, line);
      b.at('=', spanOfKey(line));
      appendSourced(b, line.value);
      b.at('\n', spanOfKey(line));
    }
    return b.build(path);
  }
}

/** The key at the name's own characters when it has as many (`KAFKA_BROKER_ID` -> `broker.id`), else at the whole name. */
function appendKey(b: MappedTextBuilder, line: PropertyLine): void {
  const from = line.from;
  if (!('name' in from)) {
    b.at(line.key, from.span);
    return;
  }
  const rest = sliceSourced(from.name, from.start);
  if (rest.value.length === line.key.length && rest.copiedFrom) b.copied(line.key, rest.copiedFrom.src, rest.copiedFrom.offset);
  else b.at(line.key, from.name.span);
}

function spanOfKey(line: PropertyLine): Span {
  return 'name' in line.from ? line.from.name.span : line.from.span;
}
