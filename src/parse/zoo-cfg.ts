import type { Located, Span } from '../text/span.ts';
import type { SourceText } from '../text/source-text.ts';
import { readProperties, type PropertiesEntry } from './java-properties.ts';

/** One key=value of zoo.cfg, key and value trimmed as QuorumPeerConfig trims them. */
export interface ZooEntry {
  readonly key: Located<string>;
  readonly value: Located<string>;
  /** The value before ZooKeeper trims it. */
  readonly rawValue: string;
  /** The whole logical line. */
  readonly span: Span;
  /** Set when Java's Properties.load throws on a malformed \uXXXX escape. */
  readonly malformedEscape: Span | undefined;
}

/** One address of a server.N line: host:quorumPort:electionPort[:role]. */
export interface ZooServerAddress {
  readonly host: Located<string>;
  readonly quorumPort: Located<string> | undefined;
  readonly electionPort: Located<string> | undefined;
  readonly role: Located<string> | undefined;
  /** Parts beyond the role: the line does not have the documented form. */
  readonly extra: Located<string> | undefined;
  readonly span: Span;
}

export interface ZooServer {
  readonly entry: ZooEntry;
  /** The N of server.N, as written. */
  readonly id: Located<string>;
  /** Addresses separated by `|` (3.6+ multi-address). */
  readonly addresses: readonly ZooServerAddress[];
  /** The `;[address:]port` client part (3.5+), if any. */
  readonly client: { readonly address: Located<string> | undefined; readonly port: Located<string> } | undefined;
  /** Parts after the client part, separated by `;` (3.6+ secure client). */
  readonly trailing: readonly Located<string>[];
  /** An IPv6 address that opens `[` without `]:`. */
  readonly bracketProblem: Located<string> | undefined;
}

export interface ZooCfg {
  readonly entries: readonly ZooEntry[];
  readonly servers: readonly ZooServer[];
}

/** Maps a range of decoded characters of a properties value back to source spans. */
class ValueCursor {
  constructor(
    private readonly src: SourceText,
    private readonly offsets: readonly number[],
    private readonly shift: number,
  ) {}

  at(from: number, to: number, value: string): Located<string> {
    const o = this.offsets;
    const a = o[from + this.shift] ?? o[o.length - 1]!;
    const b = to > from ? (o[to - 1 + this.shift] ?? a) + 1 : a;
    return { value, span: this.src.span(a, b) };
  }
}

function trimRange(s: string): [number, number] {
  let a = 0;
  let b = s.length;
  // String.trim() in Java drops every char <= ' '.
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return [a, b];
}

function toEntry(src: SourceText, e: PropertiesEntry): ZooEntry {
  const [ka, kb] = trimRange(e.key);
  const [va, vb] = trimRange(e.value);
  const key = new ValueCursor(src, e.keyOffsets, 0).at(ka, kb, e.key.slice(ka, kb));
  const value = new ValueCursor(src, e.valueOffsets, 0).at(va, vb, e.value.slice(va, vb));
  return {
    key,
    value,
    rawValue: e.value,
    span: src.span(e.start, e.end),
    malformedEscape: e.malformedEscapeAt === undefined ? undefined : src.span(e.malformedEscapeAt, e.malformedEscapeAt + 2),
  };
}

function parseAddress(text: string, base: number, cur: ValueCursor): { address: ZooServerAddress; bracketProblem?: Located<string> } {
  const whole = cur.at(base, base + text.length, text);
  let hostEnd: number;
  let rest: number;
  let bracketProblem: Located<string> | undefined;
  let host: Located<string>;
  if (text.startsWith('[')) {
    const close = text.indexOf(']:');
    if (close < 0) {
      bracketProblem = whole;
      hostEnd = text.length;
      rest = text.length;
      host = cur.at(base, base + text.length, text);
    } else {
      hostEnd = close;
      rest = close + 2;
      host = cur.at(base + 1, base + close, text.slice(1, close));
    }
  } else {
    const colon = text.indexOf(':');
    hostEnd = colon < 0 ? text.length : colon;
    rest = colon < 0 ? text.length : colon + 1;
    host = cur.at(base, base + hostEnd, text.slice(0, hostEnd));
  }
  const parts: Located<string>[] = [];
  if (hostEnd < text.length) {
    let p = rest;
    for (const piece of text.slice(rest).split(':')) {
      parts.push(cur.at(base + p, base + p + piece.length, piece));
      p += piece.length + 1;
    }
  }
  const address: ZooServerAddress = {
    host,
    quorumPort: parts[0],
    electionPort: parts[1],
    role: parts[2],
    extra: parts[3],
    span: whole.span,
  };
  return bracketProblem ? { address, bracketProblem } : { address };
}

function parseServer(src: SourceText, e: PropertiesEntry, entry: ZooEntry): ZooServer {
  const [va] = trimRange(e.value);
  const cur = new ValueCursor(src, e.valueOffsets, va);
  const text = entry.value.value;
  const dot = entry.key.value.indexOf('.');
  const id: Located<string> = {
    value: entry.key.value.slice(dot + 1),
    span: src.span(
      (e.keyOffsets[trimRange(e.key)[0] + dot + 1] ?? e.start),
      (e.keyOffsets[trimRange(e.key)[1] - 1] ?? e.start) + 1,
    ),
  };
  const sections = text.split(';');
  const addresses: ZooServerAddress[] = [];
  let bracketProblem: Located<string> | undefined;
  let p = 0;
  for (const piece of (sections[0] ?? '').split('|')) {
    const parsed = parseAddress(piece, p, cur);
    addresses.push(parsed.address);
    bracketProblem ??= parsed.bracketProblem;
    p += piece.length + 1;
  }
  let client: ZooServer['client'];
  const trailing: Located<string>[] = [];
  let offset = (sections[0] ?? '').length + 1;
  sections.slice(1).forEach((section, index) => {
    if (index === 0) {
      const colon = section.lastIndexOf(':');
      client = colon < 0
        ? { address: undefined, port: cur.at(offset, offset + section.length, section) }
        : {
            address: cur.at(offset, offset + colon, section.slice(0, colon)),
            port: cur.at(offset + colon + 1, offset + section.length, section.slice(colon + 1)),
          };
    } else {
      trailing.push(cur.at(offset, offset + section.length, section));
    }
    offset += section.length + 1;
  });
  return { entry, id, addresses, client, trailing, bracketProblem };
}

export function parseZooCfg(src: SourceText): ZooCfg {
  const entries: ZooEntry[] = [];
  const servers: ZooServer[] = [];
  for (const raw of readProperties(src.text)) {
    const entry = toEntry(src, raw);
    entries.push(entry);
    if (entry.key.value.startsWith('server.')) servers.push(parseServer(src, raw, entry));
  }
  return { entries, servers };
}

/** The last entry of each key, per parsed file: the model asks for clientPort and dataDir once per host. */
const lastEntries = new WeakMap<ZooCfg, Map<string, ZooEntry>>();

/** The value ZooKeeper uses for a key: duplicates are allowed and the last one wins. */
export function zooValue(cfg: ZooCfg, key: string): ZooEntry | undefined {
  let last = lastEntries.get(cfg);
  if (!last) {
    last = new Map();
    for (const e of cfg.entries) last.set(e.key.value, e);
    lastEntries.set(cfg, last);
  }
  return last.get(key);
}
