/**
 * Reading a manifest's YAML nodes (the yaml package's tree, which keeps every node's offsets)
 * into the container model's SourcedText, so each value keeps the place it was written.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceText } from '../../text/source-text.ts';
import type { Span } from '../../text/span.ts';
import type { SourcedText } from '../types.ts';

/** One document of a manifest file, with the text its offsets are in. */
export interface DocContext {
  readonly src: SourceText;
  readonly doc: Document;
}

/** The node an alias names (the document passed the alias-count check before it is read). */
export function deref(ctx: DocContext, node: unknown): Node | undefined {
  if (isAlias(node)) {
    const target = node.resolve(ctx.doc);
    return target && !isAlias(target) ? (target as Node) : undefined;
  }
  return isScalar(node) || isMap(node) || isSeq(node) ? node : undefined;
}

export function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) && pair.key.value !== null ? String(pair.key.source ?? pair.key.value) : undefined;
}

/** The pair with this key (uniqueKeys makes a duplicate a parse error, so there is at most one). */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) if (isPair(item) && keyText(item) === key) return item;
  return undefined;
}

export function child(ctx: DocContext, node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = pairOf(node, key);
  return pair ? deref(ctx, pair.value) : undefined;
}

/** The value at a path of keys, or undefined when any step is missing or not a map. */
export function at(ctx: DocContext, node: Node | undefined, ...path: string[]): Node | undefined {
  let cur = node;
  for (const key of path) cur = child(ctx, cur, key);
  return cur;
}

export function asMap(node: Node | undefined): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function seqItems(ctx: DocContext, node: Node | undefined): Node[] {
  if (!isSeq(node)) return [];
  return (node as YAMLSeq).items.map((i) => deref(ctx, i)).filter((n): n is Node => n !== undefined);
}

/** The entries of a map whose keys are scalars, values dereferenced. */
export function mapEntries(ctx: DocContext, node: Node | undefined): { key: Scalar; value: Node | undefined; pair: Pair }[] {
  if (!isMap(node)) return [];
  const out: { key: Scalar; value: Node | undefined; pair: Pair }[] = [];
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value !== null) out.push({ key: pair.key, value: deref(ctx, pair.value), pair });
  }
  return out;
}

/** The node's place, without the line break and indentation that yaml counts into a block node's end. */
export function spanOf(ctx: DocContext, node: Node | undefined): Span {
  const r = node?.range;
  if (!r) return ctx.src.span(0);
  return ctx.src.span(r[0], trimmedEnd(ctx, r[0], r[1]));
}

function trimmedEnd(ctx: DocContext, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(ctx.src.text[e - 1]!)) e--;
  return e;
}

/** From the key's start to the value's end: a whole `key: value` entry. */
export function pairSpan(ctx: DocContext, pair: Pair): Span {
  const k = (pair.key as Node | null)?.range;
  const v = (pair.value as Node | null)?.range;
  if (!k) return spanOf(ctx, pair.value as Node | undefined);
  return ctx.src.span(k[0], v ? trimmedEnd(ctx, k[0], v[1]) : k[1]);
}

/** A scalar's text as Kubernetes reads it (its source form: `2181`, not the number), undefined for a null or a collection. */
export function scalarString(node: Node | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/**
 * A scalar as SourcedText. A plain or quoted scalar whose text is its value character for
 * character is `copiedFrom` its first character; an escaped, folded or block value points at
 * its whole span (block literals are mapped line by line by block-scalar.ts).
 */
export function sourced(ctx: DocContext, node: Node | undefined): SourcedText | undefined {
  const value = scalarString(node);
  if (value === undefined || !isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const span = spanOf(ctx, node);
  const text = ctx.src.text;
  if (node.type === 'PLAIN' && text.slice(start, end) === value) return { value, span, copiedFrom: { src: ctx.src, offset: start } };
  if ((node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && text.slice(start + 1, end - 1) === value) {
    return { value, span: ctx.src.span(start + 1, end - 1), copiedFrom: { src: ctx.src, offset: start + 1 } };
  }
  return { value, span };
}

/** A name the manifest's values imply (`zk-0.zk-hs`): written by Kubernetes, it points at the value it derives from. */
export function derived(value: string, from: SourcedText): SourcedText {
  return { value, span: from.span };
}
