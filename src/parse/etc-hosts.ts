import type { Located, Span } from '../text/span.ts';
import type { SourceText } from '../text/source-text.ts';

/** One line of /etc/hosts: an address, then its canonical name and aliases. */
export interface HostsEntry {
  readonly address: Located<string>;
  readonly names: readonly Located<string>[];
  /** The line, without its comment. */
  readonly span: Span;
}

export interface EtcHosts {
  readonly entries: readonly HostsEntry[];
}

/**
 * /etc/hosts as hosts(5) describes it: one line per address, `IP_address canonical_hostname
 * [aliases...]`, fields separated by blanks or tabs, `#` to the end of the line a comment.
 * A line with an address and no name maps nothing and is dropped.
 */
export function parseEtcHosts(src: SourceText): EtcHosts {
  const entries: HostsEntry[] = [];
  for (let index = 0; index < src.lineStarts.length; index++) {
    const start = src.lineStarts[index]!;
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, '');
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    const words: Located<string>[] = [];
    const re = /[^ \t\r\f\v]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: m[0], span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const [address, ...names] = words;
    if (!address || names.length === 0) continue;
    const last = names[names.length - 1]!;
    entries.push({ address, names, span: { ...address.span, endLine: last.span.endLine, endColumn: last.span.endColumn } });
  }
  return { entries };
}
