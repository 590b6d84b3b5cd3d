/**
 * The own-line idiom: the official ZooKeeper Docker image (docker-entrypoint.sh writes
 * `server.$ZOO_MY_ID=0.0.0.0:2888:3888` when ZOO_SERVERS says so) and many guides give each
 * server a zoo.cfg whose own `server.N` line binds the wildcard address and whose other lines
 * name the peers. The server listens on every interface and dials the peers by name: the same
 * membership as the named line, and the host is server N.
 */
import type { ZooServer } from '../parse/zoo-cfg.ts';
import { isWildcard } from './host-names.ts';

/** Whether every address of the line is the wildcard (0.0.0.0, ::). */
export function isWildcardLine(s: ZooServer): boolean {
  return s.addresses.length > 0 && s.addresses.every((a) => isWildcard(a.host.value));
}

/** The copy's own line by the idiom: its only wildcard line, if it has exactly one. */
export function ownWildcardLine(servers: readonly ZooServer[]): ZooServer | undefined {
  let own: ZooServer | undefined;
  for (const s of servers) {
    if (!isWildcardLine(s)) continue;
    if (own) return undefined;
    own = s;
  }
  return own;
}
