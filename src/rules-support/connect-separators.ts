/**
 * Servers of a connect string separated by something other than a comma. ZooKeeper's
 * ConnectStringParser splits the hosts part on "," alone (3.4.14 L65: `connectString.split(",")`;
 * 3.8.4 L69 and master L120: `split(connectString, ",")`, which also trims each piece), then
 * takes the text after the last ":" of a piece as its port: `zk1:2181;zk2:2181` is one server,
 * host `zk1:2181;zk2`, port 2181. Whitespace next to a comma is another matter
 * (cluster/zookeeper-quorum-spaces: the 3.4 client keeps it, 3.5+ trims it), and is not
 * reported here.
 */

const BLANK = /\s/;

export interface WrongSeparator {
  /** [from, to) of the separator in the hosts part. */
  readonly from: number;
  readonly to: number;
  /** How it reads in a message: `";"`, "a space", "a tab", "whitespace". */
  readonly name: string;
  /** [from, to) of the comma-separated piece that holds it, trimmed: what the client takes as one server. */
  readonly pieceFrom: number;
  readonly pieceTo: number;
}

function blankName(run: string): string {
  if (/^ +$/.test(run)) return 'a space';
  if (/^\t+$/.test(run)) return 'a tab';
  return 'whitespace';
}

/** The trimmed comma-separated piece of `text` around index `at`. */
function pieceAround(text: string, at: number): { from: number; to: number } {
  let from = text.lastIndexOf(',', at - 1) + 1;
  let to = text.indexOf(',', at);
  if (to < 0) to = text.length;
  while (from < to && BLANK.test(text[from]!)) from++;
  while (to > from && BLANK.test(text[to - 1]!)) to--;
  return { from, to };
}

/**
 * The first separator of `hosts` (a connect string without its chroot) that is not a comma:
 * a ";", or whitespace between two characters of which neither is a comma. Whitespace at
 * either end of the value is not between servers. One pass, linear in the length.
 */
export function wrongSeparator(hosts: string): WrongSeparator | undefined {
  let end = hosts.length;
  while (end > 0 && BLANK.test(hosts[end - 1]!)) end--;
  let i = 0;
  while (i < end && BLANK.test(hosts[i]!)) i++;
  while (i < end) {
    const c = hosts[i]!;
    if (c === ';') {
      const piece = pieceAround(hosts, i);
      return { from: i, to: i + 1, name: '";"', pieceFrom: piece.from, pieceTo: piece.to };
    }
    if (BLANK.test(c)) {
      const from = i;
      while (i < end && BLANK.test(hosts[i]!)) i++;
      // Only reached inside the value (ends trimmed), so both neighbours exist.
      if (hosts[from - 1] !== ',' && hosts[i] !== ',' && hosts[i] !== ';') {
        const piece = pieceAround(hosts, from);
        return { from, to: i, name: blankName(hosts.slice(from, i)), pieceFrom: piece.from, pieceTo: piece.to };
      }
      continue;
    }
    i++;
  }
  return undefined;
}
