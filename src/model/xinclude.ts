/**
 * Follows the `<xi:include href="..."/>` elements of a site file as Hadoop's Configuration
 * does: the named file is read, parsed, and its properties take the include's place in
 * document order; an `<xi:fallback>` stands in when the file does not exist. Hadoop 2 gets
 * this from the JDK parser (`setXIncludeAware(true)`), Hadoop 3 from its own StAX parser
 * (`Configuration.Parser.handleInclude`); see rules/syntax/xinclude-unresolved.ts.
 *
 * hacheck reads an included file only inside the linted directory: a relative href is
 * resolved against the including file's folder (as both Hadoop versions resolve a file
 * next to it), and a URL, an absolute path, a `..` that climbs out or a link that leads
 * out is recorded and never opened, not even with stat. The file is read with the same
 * safe reader as discovered files (regular file only, size limit, no link followed).
 */
import { createHash, type Hash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseHadoopXml, type HadoopXml, type XmlInclude, type XmlProblem, type XmlProperty } from '../parse/hadoop-xml.ts';
import { insideTree } from '../read/inside-tree.ts';
import { readFailure, readRegularFile } from '../read/read-regular-file.ts';
import { decodeXml } from '../text/decode-xml.ts';
import { SourceText } from '../text/source-text.ts';
import type { Span } from '../text/span.ts';

/** Includes nested deeper than this are not followed: real clusters nest one or two. */
export const MAX_INCLUDE_DEPTH = 8;
/** Includes followed from one site file, at most: a few files including each other many times would multiply. */
export const MAX_INCLUDES = 64;

/** What became of one xi:include. Paths are relative to the linted directory; none names anything outside it. */
export type IncludeOutcome =
  | { readonly kind: 'included'; readonly path: string }
  /** The href names no file; the xi:fallback took its place. */
  | { readonly kind: 'fallback'; readonly path: string }
  /** The href names no file and there is no xi:fallback: Hadoop refuses the configuration. */
  | { readonly kind: 'missing'; readonly path: string }
  | { readonly kind: 'outside'; readonly why: 'url' | 'absolute' | 'parent' | 'link' }
  | { readonly kind: 'unreadable'; readonly path: string; readonly reason: string }
  /** The included file is not a valid Hadoop configuration: Hadoop refuses it as it would the including file. */
  | { readonly kind: 'invalid'; readonly path: string; readonly problem: XmlProblem }
  /** The file includes itself, directly or through others: `chain` from the site file to the repeated file. */
  | { readonly kind: 'cycle'; readonly chain: readonly string[] }
  | { readonly kind: 'limit'; readonly what: 'depth' | 'count'; readonly limit: number };

export interface ResolvedInclude {
  readonly href: string;
  /** The xi:include start tag, in whichever file it is. */
  readonly span: Span;
  readonly outcome: IncludeOutcome;
}

/** A file read through an xi:include: findings may point into it. */
export interface IncludedFile {
  readonly path: string;
  readonly lineCount: number;
}

export interface XIncludeResult {
  /** Every xi:include met, in the site file and in the files it includes, in document order. */
  readonly includes: readonly ResolvedInclude[];
  readonly files: readonly IncludedFile[];
}

export interface IncludeContext {
  /** The linted directory, resolved with realpath. */
  readonly realRoot: string;
  readonly maxFileSize: number;
}

/** Where an include is being followed from. */
interface Here {
  /** Relative to the linted directory. */
  readonly path: string;
  /** Real paths of the site file and each file included on the way here, for cycles. */
  readonly chain: readonly string[];
  readonly paths: readonly string[];
  readonly depth: number;
}

interface State {
  readonly ctx: IncludeContext;
  readonly includes: ResolvedInclude[];
  readonly files: Map<string, IncludedFile>;
  /** What was included, so two site files with the same bytes but different included contents differ. */
  readonly digest: Hash;
  count: number;
  /** Limits already reported for this site file: one finding says it, not one per include past it. */
  readonly limited: Set<'depth' | 'count'>;
  /** Each included file is read and parsed once per site file, however often it is included. */
  readonly read: Map<string, { xml: HadoopXml } | { outcome: IncludeOutcome }>;
}

type Target =
  | { readonly kind: 'found'; readonly path: string; readonly real: string }
  | Extract<IncludeOutcome, { kind: 'outside' | 'missing' | 'unreadable' }>;

/** A URI scheme: `file:`, `http:`, `hdfs:` ... (one letter would be a Windows drive, equally outside). */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Resolves an href against the including file without opening anything outside the tree. */
function locate(href: string, from: string, ctx: IncludeContext): Target {
  if (SCHEME.test(href)) return { kind: 'outside', why: 'url' };
  if (href.startsWith('/') || href.startsWith('\\')) return { kind: 'outside', why: 'absolute' };
  const path = posix.normalize(posix.join(posix.dirname(from), href));
  // Decided on the text alone: a path that climbs out is never looked at.
  if (path === '..' || path.startsWith('../')) return { kind: 'outside', why: 'parent' };
  let real: string;
  try {
    // realpath reads links (lstat, readlink) but opens no file, so a FIFO or device out there is never touched.
    real = realpathSync(join(ctx.realRoot, path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return leavesThroughLink(path, ctx) ? { kind: 'outside', why: 'link' } : { kind: 'missing', path };
    return { kind: 'unreadable', path, reason: code === 'ELOOP' ? 'a symbolic link loop' : readFailure(err) };
  }
  if (!insideTree(ctx.realRoot, real)) return { kind: 'outside', why: 'link' };
  return { kind: 'found', path, real };
}

/**
 * For a path that names nothing: whether its nearest existing folder is reached through a
 * link out of the tree. Then the file is missing out there, which is not this tree's to say.
 */
function leavesThroughLink(path: string, ctx: IncludeContext): boolean {
  for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir)) {
    try {
      return !insideTree(ctx.realRoot, realpathSync(join(ctx.realRoot, dir)));
    } catch {
      // Missing too: look one level up.
    }
  }
  return false;
}

/** Reads and parses one included file; a failure is its outcome. */
function readIncluded(path: string, real: string, state: State): { xml: HadoopXml } | { outcome: IncludeOutcome } {
  const read = readRegularFile(real, state.ctx.maxFileSize);
  if (!read.ok) {
    const reason = read.tooLarge ? `larger than the limit of ${state.ctx.maxFileSize} bytes` : read.reason;
    return { outcome: { kind: 'unreadable', path, reason } };
  }
  const decoded = decodeXml(read.bytes);
  if (decoded.text.includes('\0')) return { outcome: { kind: 'unreadable', path, reason: 'a binary file (it holds NUL bytes)' } };
  const src = new SourceText(path, decoded.text);
  state.files.set(path, { path, lineCount: src.lineCount });
  state.digest.update(path).update('\0').update(read.bytes).update('\0');
  if (decoded.problem) {
    const { offset, message } = decoded.problem;
    return { outcome: { kind: 'invalid', path, problem: { message, span: src.span(offset, offset + 1) } } };
  }
  const xml = parseHadoopXml(src);
  if (xml.problem) return { outcome: { kind: 'invalid', path, problem: xml.problem } };
  return { xml };
}

/** The properties an include stands for, recording what became of it (and of the includes inside). */
function follow(include: XmlInclude & { href: string }, here: Here, state: State): XmlProperty[] {
  // Recorded before the includes inside the included file are followed: document order.
  const record = (outcome: IncludeOutcome) => {
    state.includes.push({ href: include.href, span: include.span, outcome });
    state.digest.update(JSON.stringify(outcome));
  };
  const limit = (what: 'depth' | 'count', at: number): XmlProperty[] => {
    if (!state.limited.has(what)) record({ kind: 'limit', what, limit: at });
    state.limited.add(what);
    return [];
  };
  if (here.depth >= MAX_INCLUDE_DEPTH) return limit('depth', MAX_INCLUDE_DEPTH);
  if (++state.count > MAX_INCLUDES) return limit('count', MAX_INCLUDES);
  const target = locate(include.href, here.path, state.ctx);
  if (target.kind === 'missing' && include.fallback) {
    record({ kind: 'fallback', path: target.path });
    return expand(include.fallback.properties, include.fallback.includes, { ...here, depth: here.depth + 1 }, state);
  }
  if (target.kind !== 'found') return record(target), [];
  if (here.chain.includes(target.real)) return record({ kind: 'cycle', chain: [...here.paths, target.path] }), [];
  let read = state.read.get(target.real);
  if (!read) state.read.set(target.real, (read = readIncluded(target.path, target.real, state)));
  if ('outcome' in read) return record(read.outcome), [];
  record({ kind: 'included', path: target.path });
  const inner: Here = { path: target.path, chain: [...here.chain, target.real], paths: [...here.paths, target.path], depth: here.depth + 1 };
  return expand(read.xml.properties, read.xml.includes ?? [], inner, state);
}

/** `properties` with each include's properties placed where it stands. */
function expand(properties: readonly XmlProperty[], includes: readonly XmlInclude[], here: Here, state: State): XmlProperty[] {
  const out: XmlProperty[] = [];
  let next = 0;
  for (const include of includes) {
    while (next < include.at) out.push(properties[next++]!);
    // Without an href Hadoop 3 skips the element (handleInclude returns); so does hacheck.
    if (include.href !== undefined) out.push(...follow({ ...include, href: include.href }, here, state));
  }
  while (next < properties.length) out.push(properties[next++]!);
  return out;
}

/**
 * The site file's properties with its includes followed, what became of each include, the
 * files read, and a digest of what was included (to tell apart copies whose includes differ).
 * `path` is the site file's path in the tree, `real` its real path.
 */
export function followIncludes(xml: HadoopXml, path: string, real: string, ctx: IncludeContext): { properties: XmlProperty[]; result: XIncludeResult; digest: string } {
  const state: State = { ctx, includes: [], files: new Map(), digest: createHash('sha1'), count: 0, limited: new Set(), read: new Map() };
  const properties = expand(xml.properties, xml.includes ?? [], { path, chain: [real], paths: [path], depth: 0 }, state);
  return { properties, result: { includes: state.includes, files: [...state.files.values()] }, digest: state.digest.digest('hex') };
}
