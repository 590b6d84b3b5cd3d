/**
 * The configuration's `ignore` globs, matched in time proportional to the
 * glob's length times the path's length, whatever the glob.
 *
 * Why not picomatch (used before): it compiles a glob into a backtracking
 * regular expression, and "*a*a*a*a*a*a*a*a*a*b" (20 bytes) then takes about
 * 2 s on a 40-character file name and grows with the tenth power of the name's
 * length: one line of a configuration file hangs the run. A linear-time regex
 * engine (re2js) would be a new dependency for five operators. This matcher
 * has the syntax an ignore list needs (`*`, `?`, `**` segments, `[...]`,
 * `{a,b}`, `\` escapes) and matches with the classic wildcard algorithm, which
 * on a mismatch backtracks only to the most recent star: within a segment for
 * `*`, across segments for `**`. Syntax it does not have (extglobs, regex
 * groups, negation, POSIX classes, brace ranges) is a configuration error
 * rather than a silent literal, and a glob is at most MAX_GLOB_LENGTH
 * characters and expands to at most MAX_BRACE_EXPANSIONS alternatives.
 *
 * Semantics as picomatch's with { dot: true }, for the syntax kept: `*` and
 * `?` never match "/", `**` as a whole segment matches any number of
 * segments (none included, so "backup/**" also matches "backup"), a leading
 * "./" is dropped, names starting with "." match like any other.
 */

export const MAX_GLOB_LENGTH = 256;
export const MAX_BRACE_EXPANSIONS = 64;

/** A glob the matcher cannot compile. The message never quotes the glob: it comes from a file that may be crafted. */
export class GlobSyntaxError extends Error {}

type CharTest = (code: number) => boolean;
/** One character of a segment pattern: a literal, `?`, or a class; or `*`. */
type SegmentToken = { readonly kind: 'char'; readonly test: CharTest } | { readonly kind: 'star' };
/** A whole path segment: `**`, or a pattern that matches exactly one segment. */
type PathToken = { readonly kind: 'globstar' } | { readonly kind: 'segment'; readonly tokens: readonly SegmentToken[] };

/** Tokens before brace expansion; '/' kept apart so that segments are split after expansion. */
type RawToken =
  | { readonly kind: 'char'; readonly test: CharTest; readonly literal?: number }
  | { readonly kind: 'star'; readonly double: boolean }
  | { readonly kind: 'slash' }
  | { readonly kind: 'braces'; readonly alternatives: readonly RawToken[][] };

const SLASH = 0x2f;
const UNSUPPORTED_GROUP = 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis';

/** Tokenizes `glob` from `start` until the end, or until the "," or "}" that closes the brace group being read. */
function tokenize(glob: string, start: number, inBraces: boolean): { tokens: RawToken[]; end: number } {
  const tokens: RawToken[] = [];
  let i = start;
  while (i < glob.length) {
    const c = glob[i]!;
    if (inBraces && (c === ',' || c === '}')) return { tokens, end: i };
    if (c === '\\') {
      if (i + 1 >= glob.length) throw new GlobSyntaxError('ends with a lone backslash');
      tokens.push(literal(glob[i + 1]!));
      i += 2;
    } else if (c === '*') {
      let j = i;
      while (glob[j] === '*') j++;
      if (glob[j] === '(') throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: 'star', double: j - i >= 2 });
      i = j;
    } else if (c === '?') {
      if (glob[i + 1] === '(') throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: 'char', test: (x) => x !== SLASH });
      i++;
    } else if (c === '[') {
      const { test, end } = characterClass(glob, i);
      tokens.push({ kind: 'char', test });
      i = end;
    } else if (c === '{') {
      const alternatives: RawToken[][] = [];
      let j = i + 1;
      for (;;) {
        const part = tokenize(glob, j, true);
        alternatives.push(part.tokens);
        if (part.end >= glob.length) throw new GlobSyntaxError('has a "{" without its "}"');
        j = part.end + 1;
        if (glob[part.end] === '}') break;
      }
      if (alternatives.length < 2) throw new GlobSyntaxError('has braces without a comma: braces list alternatives, {a,b}; ranges such as {1..3} are not supported');
      tokens.push({ kind: 'braces', alternatives });
      i = j;
    } else if (c === '}' || c === ',') {
      if (c === '}') throw new GlobSyntaxError('has a "}" without its "{"');
      tokens.push(literal(c));
      i++;
    } else if (c === '(' || c === ')' || c === '|' || ((c === '@' || c === '+' || c === '!') && glob[i + 1] === '(')) {
      throw new GlobSyntaxError(UNSUPPORTED_GROUP);
    } else if (c === '/') {
      tokens.push({ kind: 'slash' });
      i++;
    } else {
      tokens.push(literal(c));
      i++;
    }
  }
  return { tokens, end: i };
}

function literal(c: string): RawToken {
  const code = c.charCodeAt(0);
  return { kind: 'char', test: (x) => x === code, literal: code };
}

/** `[abc]`, `[a-z]`, `[!a]` or `[^a]`, `]` first as a literal; never matches "/". */
function characterClass(glob: string, open: number): { test: CharTest; end: number } {
  let i = open + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  let first = true;
  for (;;) {
    if (i >= glob.length) throw new GlobSyntaxError('has a "[" without its "]"');
    let c = glob[i]!;
    if (c === ']' && !first) break;
    if (c === '[' && glob[i + 1] === ':') throw new GlobSyntaxError('has a POSIX class such as [[:digit:]], which is not supported; use a range such as [0-9]');
    if (c === '\\') {
      if (i + 1 >= glob.length) throw new GlobSyntaxError('ends with a lone backslash');
      c = glob[++i]!;
    }
    if (c === '/') throw new GlobSyntaxError('has a "/" inside [...], which never matches: a "/" separates segments');
    let low = c.charCodeAt(0);
    let high = low;
    i++;
    if (glob[i] === '-' && glob[i + 1] !== undefined && glob[i + 1] !== ']') {
      let h = glob[i + 1]!;
      i += 2;
      if (h === '\\') {
        if (i >= glob.length) throw new GlobSyntaxError('ends with a lone backslash');
        h = glob[i++]!;
      }
      high = h.charCodeAt(0);
      if (high < low) [low, high] = [high, low];
    }
    ranges.push([low, high]);
    first = false;
  }
  const inSet = (x: number) => ranges.some(([lo, hi]) => x >= lo && x <= hi);
  return { test: (x) => x !== SLASH && inSet(x) !== negated, end: i + 1 };
}

/** Every brace alternative spelled out, at most MAX_BRACE_EXPANSIONS of them. */
function expand(tokens: readonly RawToken[]): RawToken[][] {
  let results: RawToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind !== 'braces') {
      for (const r of results) r.push(t);
      continue;
    }
    const options = t.alternatives.flatMap((a) => expand(a));
    if (results.length * options.length > MAX_BRACE_EXPANSIONS) {
      throw new GlobSyntaxError(`has braces that expand to more than ${MAX_BRACE_EXPANSIONS} globs`);
    }
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results;
}

/** One expanded glob as path tokens. */
function toPathTokens(tokens: readonly RawToken[]): PathToken[] {
  const segments: RawToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'slash') segments.push([]);
    else segments[segments.length - 1]!.push(t);
  }
  // "./backup/**" names what "backup/**" does, as in picomatch.
  while (segments.length > 1 && segments[0]!.length === 1 && isLiteralDot(segments[0]![0]!)) segments.shift();
  if (segments.length > 1 && segments[0]!.length === 0) throw new GlobSyntaxError('starts with "/": globs are relative to the linted directory');
  if (segments.some((s) => s.length === 0)) {
    throw new GlobSyntaxError('has an empty segment (a trailing "/" or "//"): paths are matched without a trailing slash; write "dir/**" for a folder and everything in it');
  }
  if (segments.some((s) => s.length > 0 && s.length <= 2 && s.every(isLiteralDot))) {
    throw new GlobSyntaxError('has a "." or ".." segment, which never matches: paths are relative to the linted directory');
  }
  const out: PathToken[] = [];
  for (const s of segments) {
    if (s.length === 1 && s[0]!.kind === 'star' && s[0]!.double) {
      if (out[out.length - 1]?.kind !== 'globstar') out.push({ kind: 'globstar' });
      continue;
    }
    const segment: SegmentToken[] = [];
    for (const t of s) {
      // Inside a segment "**" is "*"; consecutive stars are one.
      if (t.kind === 'star') {
        if (segment[segment.length - 1]?.kind !== 'star') segment.push({ kind: 'star' });
      } else if (t.kind === 'char') segment.push(t);
    }
    out.push({ kind: 'segment', tokens: segment });
  }
  return out;
}

const DOT = '.'.charCodeAt(0);
function isLiteralDot(t: RawToken): boolean {
  return t.kind === 'char' && t.literal === DOT;
}

/** Whether a segment pattern matches `name`: greedy, backtracking only to the last star, O(pattern × name). */
function matchSegment(tokens: readonly SegmentToken[], name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const t = tokens[p];
    if (t?.kind === 'char' && t.test(name.charCodeAt(n))) {
      p++;
      n++;
    } else if (t?.kind === 'star') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'star') p++;
  return p === tokens.length;
}

/** The same algorithm one level up: `**` is the star, a segment pattern consumes exactly one segment. */
function matchPath(tokens: readonly PathToken[], segments: readonly string[]): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < segments.length) {
    const t = tokens[p];
    if (t?.kind === 'segment' && matchSegment(t.tokens, segments[s]!)) {
      p++;
      s++;
    } else if (t?.kind === 'globstar') {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'globstar') p++;
  return p === tokens.length;
}

/** Compiles one glob; throws GlobSyntaxError for syntax this matcher does not have. */
export function compileIgnoreGlob(glob: string): (path: string) => boolean {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  if (glob.startsWith('!')) throw new GlobSyntaxError('starts with "!": negation is not supported; list only what to skip');
  const patterns = expand(tokenize(glob, 0, false).tokens).map(toPathTokens);
  return (path) => {
    const segments = path.split('/');
    return patterns.some((p) => matchPath(p, segments));
  };
}

/** One matcher for a list of globs: a path (relative, forward slashes) is ignored when any glob matches it. */
export function ignoreMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map(compileIgnoreGlob);
  return (path) => matchers.some((m) => m(path));
}
