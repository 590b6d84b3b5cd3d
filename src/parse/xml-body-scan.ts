/**
 * One linear pass over a site file that XMLValidator has accepted, before fast-xml-parser
 * builds its tree. It finds what the tree cannot give cheaply or safely:
 *
 * - the first character reference to a code point XML forbids (xml-char-refs.ts);
 * - every general entity reference, in document order, to count entity expansions as
 *   Java's parsers do (xml-entities.ts);
 * - the first element nested deeper than Woodstox (Hadoop 3's parser) accepts;
 * - the elements hacheck never reads that would still cost or break the parse: subtrees
 *   below depth 4 (fast-xml-parser refuses more than 100 levels and slows down
 *   quadratically with depth), which the caller turns into comments of the same length,
 *   and elements named like Object properties (`__proto__`), which it refuses and the
 *   caller renames (`x_proto__`): Hadoop reads neither.
 *
 * No recursion: a 10 MB file of nested `<a>` costs one pass.
 */

import { isLegalCharRef, type InvalidCharRef } from './xml-char-refs.ts';

export interface EntityRef {
  /** Offset of `&` and one past `;`. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export interface BodyScan {
  /** General entity references (`&name;`, not `&#..;`) in text and attribute values, outside comments, CDATA and PIs. */
  readonly refs: readonly EntityRef[];
  /** The first element start tag nested deeper than `depthLimit`: its `<` and its name. */
  readonly tooDeep: { readonly start: number; readonly end: number; readonly name: string; readonly depth: number } | undefined;
  /** Elements below READ_DEPTH to hide from fast-xml-parser, [start, end) from `<` to after the closing `>`. */
  readonly cuts: readonly (readonly [number, number])[];
  /** Offsets of the first letter of element names fast-xml-parser refuses, in start and end tags (not the root's). */
  readonly renames: readonly number[];
  /** The first top-level element: its `<` and its name. */
  readonly root: { readonly start: number; readonly end: number; readonly name: string } | undefined;
  /** The first character reference to a code point XML does not allow (`&#0;`): Java refuses the document there. */
  readonly invalidCharRef: InvalidCharRef | undefined;
}

/**
 * The deepest level hacheck reads: configuration > xi:include > xi:fallback > property >
 * name/value/final (the text inside is not an element). Below, nothing is read.
 */
export const READ_DEPTH = 5;

/** Element names fast-xml-parser refuses ("[SECURITY] Invalid name"); no element hacheck reads has them. */
const REFUSED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function scanBody(text: string, depthLimit: number, xml11 = false): BodyScan {
  const refs: EntityRef[] = [];
  let invalidCharRef: InvalidCharRef | undefined;
  const cuts: [number, number][] = [];
  const renames: number[] = [];
  /** Per level up to READ_DEPTH: the open element there has a refused name. */
  const refusedOpen: boolean[] = [];
  let tooDeep: BodyScan['tooDeep'];
  let root: BodyScan['root'];
  let depth = 0;
  /** Where the open element being cut started, and its depth; -1 when none. */
  let cutStart = -1;
  let cutDepth = 0;
  const n = text.length;

  const ref = (at: number): number => {
    // `&` is followed by a name and `;` (the validator checked); `&#` is a character reference.
    const semi = text.indexOf(';', at);
    if (semi < 0) return at + 1;
    if (text.charCodeAt(at + 1) !== 35) refs.push({ start: at, end: semi + 1, name: text.slice(at + 1, semi) });
    else if (!invalidCharRef && !isLegalCharRef(text.slice(at + 2, semi), xml11)) invalidCharRef = { start: at, end: semi + 1, literal: text.slice(at, semi) };
    return semi + 1;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      i = ref(i);
      continue;
    }
    if (c !== 60) {
      i++;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const e = text.indexOf(']]>', i + 9);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i + 2);
      i = e < 0 ? n : e + 2;
    } else if (text.charCodeAt(i + 1) === 33) {
      // A DOCTYPE left in the text (one xml-doctype.ts could not read): skipped as the validator skips it.
      let open = 1;
      for (i += 2; i < n && open > 0; i++) {
        if (text.charCodeAt(i) === 60) open++;
        else if (text.charCodeAt(i) === 62) open--;
      }
    } else if (text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf('>', i);
      const end = e < 0 ? n : e + 1;
      if (cutStart >= 0 && depth === cutDepth) {
        cuts.push([cutStart, end]);
        cutStart = -1;
      }
      if (depth <= READ_DEPTH && refusedOpen[depth]) {
        renames.push(i + 2);
        refusedOpen[depth] = false;
      }
      depth--;
      i = end;
    } else {
      // A start tag: find its `>` outside attribute values, noting references inside them.
      let j = i + 1;
      while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62 && text.charCodeAt(j) !== 47) j++;
      const name = text.slice(i + 1, j);
      let quote = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (quote !== 0) {
          if (d === quote) quote = 0;
          else if (d === 38) j = ref(j) - 1;
        } else if (d === 34 || d === 39) quote = d;
        else if (d === 62) break;
      }
      const end = Math.min(j + 1, n);
      const selfClosing = text.charCodeAt(j - 1) === 47;
      const level = depth + 1;
      if (level === 1 && !root) root = { start: i, end: i + 1 + name.length, name };
      if (level > depthLimit && !tooDeep) tooDeep = { start: i, end: i + 1 + name.length, name, depth: level };
      if (cutStart < 0 && level > READ_DEPTH) {
        if (selfClosing) cuts.push([i, end]);
        else {
          cutStart = i;
          cutDepth = level;
        }
      } else if (level > 1 && level <= READ_DEPTH && REFUSED_NAMES.has(name)) {
        renames.push(i + 1);
        if (!selfClosing) refusedOpen[level] = true;
      }
      if (!selfClosing) depth = level;
      i = end;
    }
  }
  return { refs, tooDeep, cuts, renames, root, invalidCharRef };
}
