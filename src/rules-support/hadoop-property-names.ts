/**
 * Which property names Hadoop knows, per major version, and the closest known
 * name for one it does not (the did-you-mean of hadoop/unknown-property).
 */
import { distance } from 'fastest-levenshtein';
import { NAME_CATALOGUE } from '../knowledge/hadoop-name-catalogue.generated.ts';
import {
  FOREIGN_PREFIXES, NAME_PATTERNS, SUFFIXED_KEYS, type HadoopMajor, type SuffixKind,
} from '../knowledge/hadoop-extra-keys.ts';

interface Catalogue {
  /** Names a site file may use: defaults, extra keys, deprecated names and their replacements. */
  readonly known: ReadonlySet<string>;
  /** Names worth suggesting: the known ones minus deprecated names. */
  readonly candidates: readonly string[];
  /** Lower-cased candidate -> candidate, for case mistakes. */
  readonly lower: ReadonlyMap<string, string>;
  /** Default-file names with placeholder tokens, as token lists with undefined for the placeholder. */
  readonly templates: readonly (readonly (string | undefined)[])[];
  /** Keys that accept an identifier suffix, with the kind. */
  readonly suffixed: ReadonlyMap<string, SuffixKind>;
}

/** A token of a *-default.xml name that stands for a user-chosen part: ipc.[port_number].x, dfs.ha.namenodes.EXAMPLENAMESERVICE. */
const PLACEHOLDER_TOKEN = /^(?:\[[^\]]*\]|EXAMPLE[A-Z]+)$/;

const catalogues = new Map<HadoopMajor, Catalogue>();

/** The major's catalogue from the names listed at build time (scripts/generate-name-catalogue.ts). */
function catalogue(major: HadoopMajor): Catalogue {
  const cached = catalogues.get(major);
  if (cached) return cached;
  const data = NAME_CATALOGUE[major];
  const known = new Set<string>(data.candidates);
  for (const name of data.alsoKnown) known.add(name);
  const lower = new Map<string, string>();
  for (const c of data.candidates) if (!lower.has(c.toLowerCase())) lower.set(c.toLowerCase(), c);
  const templates = data.templates.map((name) => name.split('.').map((t) => (PLACEHOLDER_TOKEN.test(t) ? undefined : t)));
  const suffixed = new Map<string, SuffixKind>(SUFFIXED_KEYS.map((k) => [k.name, k.suffix]));
  const cat = { known, candidates: data.candidates, lower, templates, suffixed };
  catalogues.set(major, cat);
  return cat;
}

function matchesTemplate(tokens: readonly string[], template: readonly (string | undefined)[]): boolean {
  return tokens.length === template.length && template.every((t, i) => t === undefined || t === tokens[i]);
}

/** How many identifier tokens a suffixed key takes: ns-nn 1 or 2, ns and rm 1. */
function suffixCounts(kind: SuffixKind): readonly number[] {
  return kind === 'ns-nn' ? [1, 2] : [1];
}

/**
 * The base key of a suffixed name (`dfs.namenode.rpc-address.ns1.nn1` ->
 * `dfs.namenode.rpc-address`), or undefined when the name is not one.
 */
export function suffixedBase(name: string): string | undefined {
  const tokens = name.split('.');
  for (const n of [1, 2]) {
    if (tokens.length <= n) continue;
    const base = tokens.slice(0, -n).join('.');
    const kind = catalogue('3').suffixed.get(base);
    if (kind && suffixCounts(kind).includes(n) && tokens.slice(-n).every((t) => t !== '')) return base;
  }
  return undefined;
}

/**
 * True when Hadoop of this major version knows the name, or it belongs to a
 * family hacheck cannot list. A 3.x cluster also knows every 2.7.7 name: the
 * 3.x default files dropped some keys that the code still reads
 * (dfs.webhdfs.enabled). A 2.x cluster knows the 3.4.1 names too unless
 * `strict`: 2.8 to 2.10 added many of them, so only a cluster known to run
 * 2.7 or older is judged by the 2.7.7 names alone.
 */
export function isKnownName(name: string, major: HadoopMajor, strict = false): boolean {
  const cat = catalogue(major);
  if (cat.known.has(name)) return true;
  if ((major === '3' || !strict) && catalogue(major === '3' ? '2' : '3').known.has(name)) return true;
  if (suffixedBase(name) !== undefined) return true;
  if (NAME_PATTERNS.some((p) => p.pattern.test(name))) return true;
  if (FOREIGN_PREFIXES.some((p) => name.startsWith(p))) return true;
  const tokens = name.split('.');
  return cat.templates.some((t) => matchesTemplate(tokens, t));
}

/** True when the name is a plain key of the version (not a family), for version-aware messages. */
export function isListedName(name: string, major: HadoopMajor): boolean {
  return catalogue(major).known.has(name);
}

/** Levenshtein distance allowed between a name and its suggestion: about one edit per 12 characters. */
function allowedDistance(length: number): number {
  return Math.max(1, Math.floor(length / 12));
}

/** True when every token of `part` occurs in `whole`, in order, and `whole` has exactly one more. */
function tokensContained(part: readonly string[], whole: readonly string[]): boolean {
  if (whole.length !== part.length + 1) return false;
  let i = 0;
  for (const t of whole) if (t === part[i]) i++;
  return i === part.length;
}

function closestIn(
  name: string, candidates: readonly string[], byTokens = true, skip: (c: string) => boolean = () => false,
): string | undefined {
  const limit = allowedDistance(name.length);
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestIndex = Infinity;
  // Only names of about the same length can be close; the nearest wins, the first in order on a tie.
  const byLength = byLengthIndex(candidates);
  for (let length = name.length - limit; length <= name.length + limit; length++) {
    for (const { name: c, index } of byLength.get(length) ?? []) {
      if (skip(c)) continue;
      const d = distance(name, c);
      if (d > 0 && d <= limit && (d < bestDistance || (d === bestDistance && index < bestIndex))) {
        best = c;
        bestDistance = d;
        bestIndex = index;
      }
    }
  }
  if (best !== undefined || !byTokens) return best;
  const tokens = name.split('.');
  if (tokens.length < 3) return undefined;
  let shortest: string | undefined;
  for (const { name: c, tokens: cTokens } of byTokenCount(candidates).get(tokens.length + 1) ?? []) {
    if (!tokensContained(tokens, cTokens) || skip(c)) continue;
    if (shortest === undefined || c.length < shortest.length) shortest = c;
  }
  return shortest;
}

const fittingCache = new WeakMap<object, Map<number, string[]>>();

/** The suffixed family bases that take `n` suffix tokens, in catalogue order; computed once per catalogue. */
function fittingBases(cat: ReturnType<typeof catalogue>, n: number): string[] {
  let perCount = fittingCache.get(cat);
  if (!perCount) fittingCache.set(cat, (perCount = new Map()));
  let fitting = perCount.get(n);
  if (!fitting) perCount.set(n, (fitting = [...cat.suffixed.keys()].filter((b) => suffixCounts(cat.suffixed.get(b)!).includes(n))));
  return fitting;
}

const lengthIndex = new WeakMap<readonly string[], Map<number, { name: string; index: number }[]>>();

/** The candidates by length, each with its position in the list. */
function byLengthIndex(candidates: readonly string[]): Map<number, { name: string; index: number }[]> {
  let index = lengthIndex.get(candidates);
  if (!index) {
    index = new Map();
    candidates.forEach((c, i) => {
      const list = index!.get(c.length);
      if (list) list.push({ name: c, index: i });
      else index!.set(c.length, [{ name: c, index: i }]);
    });
    lengthIndex.set(candidates, index);
  }
  return index;
}

const tokenIndex = new WeakMap<readonly string[], Map<number, { name: string; tokens: string[] }[]>>();

/** The candidates split into tokens once, by token count, in their order (a file may hold thousands of unknown names). */
function byTokenCount(candidates: readonly string[]): Map<number, { name: string; tokens: string[] }[]> {
  let index = tokenIndex.get(candidates);
  if (!index) {
    index = new Map();
    for (const c of candidates) {
      const tokens = c.split('.');
      const list = index.get(tokens.length);
      if (list) list.push({ name: c, tokens });
      else index.set(tokens.length, [{ name: c, tokens }]);
    }
    tokenIndex.set(candidates, index);
  }
  return index;
}

/**
 * The known name an unknown one was most likely meant to be, or undefined when
 * none is close: a case variant, a name within a small edit distance, a name
 * whose tokens contain all of the unknown's in order, or one of those applied
 * to the base of a suffixed key (`dfs.namenode.servicepc-address.ns.nn1`).
 * Names in `alreadySet` are never suggested: the file sets them already, and
 * renaming the typo would make a conflicting duplicate; the next candidate wins.
 */
export function suggestName(name: string, major: HadoopMajor, alreadySet: ReadonlySet<string> = new Set()): string | undefined {
  const cat = catalogue(major);
  const skip = (c: string): boolean => alreadySet.has(c);
  const caseVariant = cat.lower.get(name.toLowerCase());
  if (caseVariant !== undefined && caseVariant !== name && !skip(caseVariant)) return caseVariant;
  const direct = closestIn(name, cat.candidates, true, skip);
  if (direct !== undefined) return direct;
  const tokens = name.split('.');
  for (const n of [1, 2]) {
    if (tokens.length <= n + 1) continue;
    const base = tokens.slice(0, -n).join('.');
    const fitting = fittingBases(cat, n);
    const suffix = tokens.slice(-n);
    const hit = closestIn(base, fitting, false, (c) => skip([c, ...suffix].join('.')));
    if (hit !== undefined) return [hit, ...suffix].join('.');
  }
  return undefined;
}
