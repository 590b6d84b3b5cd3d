/**
 * Entity expansion as Java's XML parsers do it, with their limits, without expanding a
 * string before it is known to be small.
 *
 * Java (the JDK's Xerces for Hadoop 2's DOM reader, Woodstox for Hadoop 3's StAX reader)
 * replaces character references in an entity value when the entity is declared, and
 * expands the general entity references left in it each time the entity is used, to any
 * depth. fast-xml-parser expands one level only ("&c;" with c = "&b;&b;" stays "&c;"),
 * which would put a wrong value in front of every rule. So:
 *
 * 1. each declared entity becomes a list of pieces: decoded text and references;
 * 2. an iterative walk computes, per entity, how many expansions it costs, how long its
 *    expansion is and how deeply it nests (memoised, capped arithmetic: a billion-laughs
 *    bomb is a few additions), or why Java refuses it (undeclared, recursive);
 * 3. the references of the document are added up in order, and the first one that takes
 *    the document past a limit is reported;
 * 4. only a document within the limits gets a decoder that expands entities in full.
 */
import { EntityDecoder } from '@nodable/entities';
import type { EntityRef } from './xml-body-scan.ts';
import type { Doctype, EntityDecl } from './xml-doctype.ts';
import { isXmlChar } from './xml-char-refs.ts';

/** jdk.xml.entityExpansionLimit under FEATURE_SECURE_PROCESSING, the JDK default. */
export const JDK_EXPANSION_LIMIT = 64_000;
/** Woodstox ReaderConfig.DEFAULT_MAX_ENTITY_COUNT. */
export const WOODSTOX_EXPANSION_LIMIT = 100_000;
/** Woodstox ReaderConfig.DEFAULT_MAX_ENTITY_DEPTH. */
export const WOODSTOX_ENTITY_DEPTH_LIMIT = 500;
/** jdk.xml.totalEntitySizeLimit, the JDK default; also the most entity text hacheck expands. */
export const JDK_TOTAL_SIZE_LIMIT = 50_000_000;

/** Above both parsers' limits: every Hadoop line refuses the document. */
const EXPANSION_LIMIT = Math.max(JDK_EXPANSION_LIMIT, WOODSTOX_EXPANSION_LIMIT);
/** Sums stop growing here: far above every limit, far below where doubles lose integers. */
const CAP = 1e15;

/** By entity name, a name the file chose: a Map, so "&constructor;" is not found on Object.prototype. */
const PREDEFINED: ReadonlyMap<string, string> = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

type Piece = string | { readonly ref: string };

interface Entity {
  readonly decl: EntityDecl;
  /** The replacement text as used: decoded text runs and general entity references. */
  readonly pieces: readonly Piece[];
}

interface Cost {
  /** Expansions the entity's replacement text needs (its own reference not included). */
  readonly count: number;
  /** Characters of the full expansion (external entities count 0: hacheck does not know them). */
  readonly length: number;
  /** 1 for an entity without references, 1 + the deepest reference otherwise. */
  readonly depth: number;
  readonly fault: Fault | undefined;
}

export type Fault = { readonly kind: 'undeclared'; readonly name: string } | { readonly kind: 'recursive'; readonly path: readonly string[] };

/** Why Java's parsers stop at a reference of the document, with the numbers for the message. */
export type ExpansionLimit =
  | { readonly kind: 'count'; readonly ref: EntityRef; readonly total: number }
  /** Between the JDK's 64,000 and Woodstox's 100,000: only Hadoop 2's parser refuses it. */
  | { readonly kind: 'jdk-count'; readonly ref: EntityRef; readonly total: number }
  | { readonly kind: 'size'; readonly ref: EntityRef; readonly total: number }
  | { readonly kind: 'depth'; readonly ref: EntityRef; readonly depth: number };

export interface EntityAnalysis {
  /** A reference Java refuses as not well-formed: undeclared entity, recursion. */
  readonly fault: { readonly ref: EntityRef; readonly fault: Fault } | undefined;
  /** The first reference that takes the document past an expansion limit. */
  readonly limit: ExpansionLimit | undefined;
  /** Expands references as Java does; hand it to fast-xml-parser. */
  readonly decoder: HadoopEntityDecoder;
}

const CHAR_REF = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;
const ANY_REF = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;#<>"'%]+);/g;

function charRef(hex: string | undefined, dec: string | undefined, whole: string): string {
  const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
  return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
}

/** An entity value as it is used: character references replaced at declaration, then the result split at references. */
function piecesOf(value: string): Piece[] {
  const replacement = value.includes('&#') ? value.replace(CHAR_REF, (whole, hex, dec) => charRef(hex, dec, whole)) : value;
  const pieces: Piece[] = [];
  let text = '';
  let last = 0;
  for (const m of replacement.matchAll(ANY_REF)) {
    const token = m[1]!;
    text += replacement.slice(last, m.index);
    last = m.index + m[0].length;
    if (token.startsWith('#x')) text += charRef(token.slice(2), undefined, m[0]);
    else if (token.startsWith('#')) text += charRef(undefined, token.slice(1), m[0]);
    else if (PREDEFINED.has(token)) text += PREDEFINED.get(token);
    else {
      if (text) pieces.push(text);
      text = '';
      pieces.push({ ref: token });
    }
  }
  text += replacement.slice(last);
  if (text) pieces.push(text);
  return pieces;
}

/**
 * Expands references in text as Java does, from the pieces of the declared entities.
 * Character and predefined references go to @nodable/entities' decoder, as before.
 * Implements the decoder interface fast-xml-parser calls (decode, reset, ...).
 */
export class HadoopEntityDecoder {
  private readonly base = new EntityDecoder();

  constructor(private readonly entities: ReadonlyMap<string, Entity> = new Map()) {}

  decode(text: string): string {
    if (this.entities.size === 0 || !text.includes('&')) return this.base.decode(text);
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(ANY_REF)) {
      const entity = this.entities.get(m[1]!);
      if (!entity || entity.decl.value === undefined) continue;
      out.push(this.base.decode(text.slice(last, m.index)));
      this.expand(entity, out);
      last = m.index + m[0].length;
    }
    out.push(this.base.decode(text.slice(last)));
    return out.join('');
  }

  /** Without recursion: the caller has checked there is no cycle and the result is within the limits. */
  private expand(entity: Entity, out: string[]): void {
    const stack: { pieces: readonly Piece[]; next: number }[] = [{ pieces: entity.pieces, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.pieces.length) {
        stack.pop();
        continue;
      }
      const piece = top.pieces[top.next++]!;
      if (typeof piece === 'string') out.push(piece);
      else {
        const inner = this.entities.get(piece.ref);
        // An external entity stays a literal reference: hacheck never reads its file.
        if (!inner || inner.decl.value === undefined) out.push(`&${piece.ref};`);
        else stack.push({ pieces: inner.pieces, next: 0 });
      }
    }
  }

  reset(): void {}
  addInputEntities(): void {}
  setExternalEntities(): void {}
  setXmlVersion(version: number): void {
    this.base.setXmlVersion(version);
  }
}

/** The names from `from` to the top of the stack and back to the first; a long cycle shown by its ends, in constant time. */
function cyclePath(stack: readonly { name: string }[], from: number): string[] {
  const names = (a: number, b: number) => stack.slice(a, b).map((s) => s.name);
  const first = stack[from]!.name;
  if (stack.length - from <= 8) return [...names(from, stack.length), first];
  return [...names(from, from + 4), '...', ...names(stack.length - 3, stack.length), first];
}

/**
 * Costs of every entity reachable from `roots`, by an iterative depth-first walk.
 * `complete`: the declarations are all known (no external DTD subset, no parameter-entity
 * reference), so a reference to an undeclared entity is an error, as in Java.
 */
function costs(entities: ReadonlyMap<string, Entity>, roots: Iterable<string>, complete: boolean): Map<string, Cost> {
  const done = new Map<string, Cost>();
  /** Entities being expanded, by their index in the stack. */
  const onPath = new Map<string, number>();
  const leaf = (name: string): Cost | undefined => {
    const e = entities.get(name);
    if (!e) return { count: 0, length: name.length + 2, depth: 0, fault: complete ? { kind: 'undeclared', name } : undefined };
    if (e.decl.value === undefined) return { count: 0, length: 0, depth: 1, fault: undefined };
    return done.get(name);
  };
  for (const root of roots) {
    if (leaf(root)) continue;
    const stack: { name: string; next: number }[] = [{ name: root, next: 0 }];
    onPath.set(root, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const pieces = entities.get(top.name)!.pieces;
      // Descend into the next reference whose cost is unknown.
      let descended = false;
      while (top.next < pieces.length) {
        const piece = pieces[top.next]!;
        if (typeof piece === 'string' || leaf(piece.ref) || onPath.has(piece.ref)) {
          top.next++;
          continue;
        }
        onPath.set(piece.ref, stack.length);
        stack.push({ name: piece.ref, next: 0 });
        descended = true;
        break;
      }
      if (descended) continue;
      // All references known: add them up. The fault is the first Java meets, expanding in order.
      let count = 0;
      let length = 0;
      let depth = 1;
      let fault: Fault | undefined;
      for (const piece of pieces) {
        if (typeof piece === 'string') {
          length = Math.min(CAP, length + piece.length);
          continue;
        }
        const c = leaf(piece.ref);
        if (!c) {
          // On the path: this reference comes back to an entity being expanded.
          fault ??= { kind: 'recursive', path: cyclePath(stack, onPath.get(piece.ref)!) };
          continue;
        }
        count = Math.min(CAP, count + 1 + c.count);
        length = Math.min(CAP, length + c.length);
        depth = Math.max(depth, 1 + c.depth);
        fault ??= c.fault;
      }
      done.set(top.name, { count, length, depth, fault });
      onPath.delete(top.name);
      stack.pop();
    }
  }
  return done;
}

export function analyseEntities(doctype: Doctype | undefined, refs: readonly EntityRef[]): EntityAnalysis {
  const entities = new Map<string, Entity>();
  // The first declaration of a name binds, later ones are ignored; the five predefined names are fixed.
  for (const decl of doctype?.entities ?? []) {
    if (decl.parameter || entities.has(decl.name) || PREDEFINED.has(decl.name)) continue;
    entities.set(decl.name, { decl, pieces: decl.value === undefined ? [] : piecesOf(decl.value) });
  }
  const complete = !doctype || (doctype.externalSubset === undefined && !doctype.parameterReferences);
  const used = refs.filter((r) => !PREDEFINED.has(r.name));
  const cost = costs(entities, new Set(used.map((r) => r.name)), complete);
  let total = 0;
  let length = 0;
  let limit: ExpansionLimit | undefined;
  let deepest: ExpansionLimit | undefined;
  let jdkOnly: ExpansionLimit | undefined;
  for (const ref of used) {
    const entity = entities.get(ref.name);
    if (!entity) {
      if (complete) return { fault: { ref, fault: { kind: 'undeclared', name: ref.name } }, limit: undefined, decoder: new HadoopEntityDecoder() };
      continue;
    }
    if (entity.decl.unparsed) continue;
    if (entity.decl.value === undefined) {
      total += 1;
      continue;
    }
    const c = cost.get(ref.name)!;
    if (c.fault) return { fault: { ref, fault: c.fault }, limit: undefined, decoder: new HadoopEntityDecoder() };
    total = Math.min(CAP, total + 1 + c.count);
    length = Math.min(CAP, length + c.length);
    if (!limit && total > EXPANSION_LIMIT) limit = { kind: 'count', ref, total };
    if (!limit && length > JDK_TOTAL_SIZE_LIMIT) limit = { kind: 'size', ref, total: length };
    if (!deepest && c.depth > WOODSTOX_ENTITY_DEPTH_LIMIT) deepest = { kind: 'depth', ref, depth: c.depth };
    if (!jdkOnly && total > JDK_EXPANSION_LIMIT) jdkOnly = { kind: 'jdk-count', ref, total };
  }
  // A limit only one Hadoop line has (depth: Woodstox, jdk-count: the JDK) leaves the properties readable;
  // a file past both (rare twice over) reports the depth.
  return { fault: undefined, limit: limit ?? deepest ?? jdkOnly, decoder: new HadoopEntityDecoder(limit ? new Map() : entities) };
}
