/**
 * dfs.namenode.shared.edits.dir as the NameNode reads it: a list
 * (Configuration.getTrimmedStringCollection) of URIs; a qjournal:// URI is
 * parsed as QuorumJournalManager does (journal id from the path, JournalNodes
 * from the ';'-separated authority, port defaulting to 8485).
 */
import { listItems } from '../model/hdfs-topology.ts';
import type { ConfProperty, HadoopConf, Version } from '../model/types.ts';
import { quote } from '../engine/quote.ts';
import { pieceOf } from '../text/sub-span.ts';
import type { Located, Span } from '../text/span.ts';
import { haNameservices, keyAndSuffixed, suffixNameservice, usable } from './hdfs-ha-keys.ts';

export const SHARED_EDITS_KEY = 'dfs.namenode.shared.edits.dir';

export interface JournalNodeEntry {
  readonly entry: Located<string>;
  readonly host: Located<string>;
  readonly port: Located<string> | undefined;
}

export interface QjournalUri {
  readonly uri: Located<string>;
  readonly authority: Located<string>;
  readonly nodes: readonly JournalNodeEntry[];
  readonly journalId: Located<string>;
}

export interface UriProblem {
  readonly span: Span;
  readonly message: string;
}

/** The shared edits properties of an HA configuration: the generic key and the ones suffixed with an HA nameservice. */
export function sharedEditsProperties(conf: HadoopConf): ConfProperty[] {
  const ha = haNameservices(conf).map((ns) => ns.id.value);
  if (ha.length === 0) return [];
  return keyAndSuffixed(conf, SHARED_EDITS_KEY).filter((p) => {
    const ns = suffixNameservice(p, SHARED_EDITS_KEY);
    return usable(p) && (ns === undefined || ha.includes(ns));
  });
}

/** The items of the list, as the NameNode splits it. */
export function sharedEditsItems(p: ConfProperty, version: Version): Located<string>[] {
  return listItems(p, version);
}

function splitEntry(entry: Located<string>): JournalNodeEntry {
  const v = entry.value;
  if (v.startsWith('[')) {
    const close = v.indexOf(']');
    if (close > 0) {
      const rest = v.slice(close + 1);
      return rest.startsWith(':')
        ? { entry, host: pieceOf(entry, 0, close + 1), port: pieceOf(entry, close + 2, v.length) }
        : { entry, host: pieceOf(entry, 0, close + 1), port: undefined };
    }
  }
  const colon = v.lastIndexOf(':');
  return colon < 0
    ? { entry, host: entry, port: undefined }
    : { entry, host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, v.length) };
}

/**
 * Parses one qjournal:// URI; returns the problem the NameNode would hit
 * first, or the parsed URI. Undefined when the item is not a qjournal URI.
 */
export function parseQjournal(uri: Located<string>): QjournalUri | UriProblem | undefined {
  const v = uri.value;
  if (!v.startsWith('qjournal:')) return undefined;
  const space = v.search(/\s/);
  if (space >= 0) {
    return { span: pieceOf(uri, space, space + 1).span, message: `Shared edits URI ${quote(v)} contains whitespace, so it is not a valid URI` };
  }
  const afterScheme = 'qjournal:'.length;
  if (!v.startsWith('//', afterScheme) || v[afterScheme + 2] === '/' || afterScheme + 2 === v.length) {
    return { span: uri.span, message: `Shared edits URI ${quote(v)} has no authority: it names no JournalNode` };
  }
  const authStart = afterScheme + 2;
  const slash = v.indexOf('/', authStart);
  const authority = pieceOf(uri, authStart, slash < 0 ? v.length : slash);
  if (slash < 0) {
    return { span: uri.span, message: `Shared edits URI ${quote(v)} has no path: it must end with "/<journalId>"` };
  }
  return { uri, authority, nodes: splitAuthority(authority), journalId: pieceOf(uri, slash + 1, v.length) };
}

function splitAuthority(authority: Located<string>): JournalNodeEntry[] {
  const out: JournalNodeEntry[] = [];
  let start = 0;
  const v = authority.value;
  for (let i = 0; i <= v.length; i++) {
    if (i === v.length || v[i] === ';') {
      if (i > start) out.push(splitEntry(pieceOf(authority, start, i)));
      start = i + 1;
    }
  }
  return out;
}

export function isProblem(x: QjournalUri | UriProblem | undefined): x is UriProblem {
  return x !== undefined && 'message' in x;
}
