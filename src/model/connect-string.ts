/**
 * ZooKeeper connect strings (`zk1:2181,zk2:2181/chroot`) as ZooKeeper's ConnectStringParser
 * reads them: the chroot starts at the first "/", and the hosts before it are separated by
 * commas, each `host[:port]`. One parser for the model, discovery and the rules, so that they
 * cannot disagree about which hosts a client names.
 */
import type { Located, Span } from '../text/span.ts';
import { pieceOf, splitLocated } from '../text/sub-span.ts';
import type { ZkConnectEntry } from './types.ts';

/** The hosts part of a connect string: everything before the chroot. */
export function connectHostsPart(loc: Located<string>): Located<string> {
  const slash = loc.value.indexOf('/');
  return slash < 0 ? loc : pieceOf(loc, 0, slash);
}

/** The host[:port] entries of a connect string, untrimmed; empty entries are left out. */
export function connectEntries(loc: Located<string>): ZkConnectEntry[] {
  return splitLocated(connectHostsPart(loc), ',').filter((e) => e.value.trim() !== '').map((entry) => {
    const colon = entry.value.lastIndexOf(':');
    return colon < 0
      ? { host: entry, port: undefined }
      : { host: pieceOf(entry, 0, colon), port: pieceOf(entry, colon + 1, entry.value.length) };
  });
}

// For values read without their place in a file (discovery compares setups, not lines).
const NOWHERE: Span = { file: '', line: 0, column: 0, endLine: 0, endColumn: 0 };

/** The chroot of a connect string ("/kafka"), "" when there is none. */
export function connectChroot(value: string): string {
  const slash = value.indexOf('/');
  return slash < 0 ? '' : value.slice(slash);
}

/** The entries of a connect string as written, trimmed (`zk1:2181`, `zk2`). */
export function connectEntryTexts(value: string): string[] {
  return connectEntries({ value, span: NOWHERE }).map((e) => (e.port ? `${e.host.value}:${e.port.value}` : e.host.value).trim());
}

/** The host names of a connect string, trimmed, without IPv6 brackets (`[::1]:2181` -> `::1`). */
export function connectHosts(value: string): string[] {
  return connectEntries({ value, span: NOWHERE })
    .map((e) => e.host.value.trim().replace(/^\[(.*)\]$/, '$1'))
    .filter((h) => h !== '');
}
