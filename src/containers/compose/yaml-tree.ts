/**
 * A compose file read into a small tree whose every scalar knows where it was written.
 * Anchors and aliases are followed (an alias's values keep the anchor's place, where the text
 * is), and merge keys (`<<: *defaults`, YAML 1.1's merge, yaml's `merge: true`) add the entries
 * the mapping does not set itself, as compose-go's loader does.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node } from 'yaml';
import { SourceText } from '../../text/source-text.ts';
import type { Span } from '../../text/span.ts';
import type { ContainerProblem, SourcedText } from '../types.ts';

export interface YScalar {
  readonly kind: 'scalar';
  /** Null for an empty value, `~` or `null`: in Compose, "not set" (an environment pass-through). */
  readonly text: SourcedText | undefined;
  /** A block scalar (`content: |`) line by line, each line at its own place when it is copied. */
  readonly lines?: readonly SourcedText[];
  readonly span: Span;
}
export interface YEntry {
  readonly key: SourcedText;
  readonly value: YNode;
  /** From the key to the end of the value. */
  readonly span: Span;
}
export interface YMap {
  readonly kind: 'map';
  readonly entries: ReadonlyMap<string, YEntry>;
  readonly span: Span;
}
export interface YSeq {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
  readonly span: Span;
}
export type YNode = YScalar | YMap | YSeq;

export type ParsedYaml = { readonly ok: true; readonly root: YNode; readonly src: SourceText } | { readonly ok: false; readonly problem: ContainerProblem; readonly src: SourceText };

/**
 * Nodes an alias may expand to, counted over the whole file. Aliases are shared, not copied, but
 * the reader walks what they expand to: an "aliases of aliases" document (billion laughs) is
 * refused instead of walked.
 */
const MAX_EXPANDED_NODES = 100_000;

class TooManyAliases extends Error {}

export function parseComposeYaml(path: string, text: string): ParsedYaml {
  const src = new SourceText(path, text);
  let doc: Document;
  try {
    // prettyErrors off: a pretty error quotes the offending line of the file.
    doc = parseDocument(text, { prettyErrors: false, merge: true, uniqueKeys: true });
  } catch {
    return { ok: false, src, problem: { span: src.span(0), message: 'the file is not valid YAML: nested too deeply' } };
  }
  const error = doc.errors[0];
  // yaml's own messages may quote the file: only its code is kept.
  if (error) return { ok: false, src, problem: { span: src.span(error.pos[0]), message: `the file is not valid YAML (${error.code})` } };
  const reader = new TreeReader(doc, src);
  try {
    const root = reader.node(doc.contents as Node | null, src.span(0));
    return { ok: true, root, src };
  } catch (err) {
    if (err instanceof TooManyAliases) return { ok: false, src, problem: { span: src.span(0), message: `not read: its YAML aliases expand beyond ${MAX_EXPANDED_NODES} values` } };
    if (err instanceof RangeError) return { ok: false, src, problem: { span: src.span(0), message: 'the file is not valid YAML: nested too deeply' } };
    throw err;
  }
}

class TreeReader {
  private readonly converted = new Map<Node, { node: YNode; size: number }>();
  private expanded = 0;

  constructor(
    private readonly doc: Document,
    private readonly src: SourceText,
  ) {}

  node(n: Node | null | undefined, at: Span): YNode {
    return this.sized(n, at).node;
  }

  private sized(n: Node | null | undefined, at: Span): { node: YNode; size: number } {
    if (n == null) return { node: { kind: 'scalar', text: undefined, span: at }, size: 1 };
    if (isAlias(n)) {
      const target = n.resolve(this.doc) as Node | undefined;
      if (!target) return { node: { kind: 'scalar', text: undefined, span: this.rangeSpan(n) }, size: 1 };
      const done = this.sized(target, at);
      this.expanded += done.size;
      if (this.expanded > MAX_EXPANDED_NODES) throw new TooManyAliases();
      return done;
    }
    const cached = this.converted.get(n);
    if (cached) return cached;
    let result: { node: YNode; size: number };
    if (isScalar(n)) result = { node: this.scalar(n), size: 1 };
    else if (isSeq(n)) {
      let size = 1;
      const items = n.items.map((item) => {
        const c = this.sized(item as Node, this.rangeSpan(n));
        size += c.size;
        return c.node;
      });
      result = { node: { kind: 'seq', items, span: this.rangeSpan(n) }, size };
    } else if (isMap(n)) result = this.map(n);
    else result = { node: { kind: 'scalar', text: undefined, span: this.rangeSpan(n) }, size: 1 };
    this.converted.set(n, result);
    return result;
  }

  private map(n: Node & { items: { key: unknown; value: unknown }[] }): { node: YNode; size: number } {
    const entries = new Map<string, YEntry>();
    const merged: YMap[] = [];
    let size = 1;
    for (const pair of n.items) {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.type === 'PLAIN' && key.source === '<<') {
        // Merge key: the value is a mapping (usually an alias) or a sequence of them, earlier ones winning.
        const value = this.sized(pair.value as Node, this.rangeSpan(key));
        size += value.size;
        const sources = value.node.kind === 'seq' ? value.node.items : [value.node];
        for (const s of sources) if (s.kind === 'map') merged.push(s);
        continue;
      }
      const keyText = isScalar(key) ? this.scalar(key).text : undefined;
      if (!keyText) continue;
      const value = this.sized(pair.value as Node | null, this.src.span(key!.range![1]));
      size += value.size + 1;
      const end = this.lastCharEnd((pair.value as Node | null)?.range ?? key!.range!);
      entries.set(keyText.value, { key: keyText, value: value.node, span: this.src.span(key!.range![0], Math.max(end, key!.range![1])) });
    }
    // Keys the mapping sets itself win over merged ones (YAML merge key type).
    for (const m of merged) for (const [k, e] of m.entries) if (!entries.has(k)) entries.set(k, e);
    return { node: { kind: 'map', entries, span: this.rangeSpan(n) }, size };
  }

  private scalar(n: Scalar): YScalar {
    const span = this.rangeSpan(n);
    if (n.value === null || n.value === undefined) return { kind: 'scalar', text: undefined, span };
    // A plain scalar as written: Compose reads `KAFKA_CFG_NODE_ID: 1` or `- 2181` as the text, not a number.
    const value = n.type === 'PLAIN' && typeof n.source === 'string' ? n.source : String(n.value);
    const [start] = n.range!;
    const offset = n.type === 'QUOTE_SINGLE' || n.type === 'QUOTE_DOUBLE' ? start + 1 : start;
    const oneForOne = (n.type === 'PLAIN' || n.type === 'QUOTE_SINGLE' || n.type === 'QUOTE_DOUBLE') && !value.includes('\n') && this.src.text.startsWith(value, offset);
    const text: SourcedText = oneForOne ? { value, span: this.src.span(offset, offset + value.length), copiedFrom: { src: this.src, offset } } : { value, span };
    const lines = n.type === 'BLOCK_LITERAL' ? this.blockLines(value, start) : undefined;
    return lines ? { kind: 'scalar', text, lines, span } : { kind: 'scalar', text, span };
  }

  /** A literal block's lines: each is its source line without the indentation, when found there in order. */
  private blockLines(value: string, start: number): SourcedText[] | undefined {
    const text = this.src.text;
    const lines = value.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const out: SourcedText[] = [];
    // The content starts on the line after the `|` header.
    let at = text.indexOf('\n', start) + 1;
    for (const line of lines) {
      if (at <= 0 || at > text.length) return undefined;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const raw = text.slice(at, end).replace(/\r$/, '');
      if (line === '') out.push({ value: '', span: this.src.span(at) });
      else if (raw.endsWith(line)) {
        const offset = at + raw.length - line.length;
        out.push({ value: line, span: this.src.span(offset, offset + line.length), copiedFrom: { src: this.src, offset } });
      } else return undefined;
      at = end + 1;
    }
    return out;
  }

  private rangeSpan(n: Node): Span {
    const r = n.range;
    return r ? this.src.span(r[0], this.lastCharEnd(r)) : this.src.span(0);
  }

  /** A block node's range runs to the next line: its span ends after its last character. */
  private lastCharEnd(range: readonly number[]): number {
    let end = range[1]!;
    while (end > range[0]! && /\s/.test(this.src.text[end - 1]!)) end--;
    return end;
  }
}
