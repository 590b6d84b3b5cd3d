/**
 * Shared by the cross-host ZooKeeper rules (rules/zookeeper/server-list-drift and myid-*):
 * the server list each host's zoo.cfg gives ZooKeeper (built on zookeeper.ts), myid as
 * ZooKeeper reads it, where myid lives on a host, and which hosts form one ensemble.
 */
import { posix } from 'node:path';
import { HostIndex } from '../model/host-index.ts';
import { hostKey, sameHost } from '../model/host-names.ts';
import { zooValue, type ZooCfg, type ZooEntry, type ZooServer } from '../parse/zoo-cfg.ts';
import type { Cluster, Host, MyidFile, ZooCfgFile } from '../model/types.ts';
import { isDistributed, javaLong, serverSetOf } from './zookeeper.ts';
import { ownWildcardLine } from '../model/own-line.ts';
import { hasOwnFiles } from '../model/snapshot.ts';

/** The value ZooKeeper reads from a myid file (Long.parseLong of the first line), undefined when it is not a number. */
export function myidValue(file: MyidFile): bigint | undefined {
  return javaLong(file.myid.firstLine.value);
}

/** The servers a host's zoo.cfg gives ZooKeeper, keyed by id (Long.parseLong of N). */
export interface ServerList {
  readonly zoo: ZooCfgFile;
  /** The file holding the server lines: the zoo.cfg or its dynamic file. */
  readonly file: ZooCfgFile;
  readonly byId: ReadonlyMap<bigint, ZooServer>;
  /** Whether ZooKeeper runs it as a quorum, and so reads myid and checks it against the list. */
  readonly distributed: boolean;
}

const lists = new WeakMap<Cluster, Map<ZooCfgFile, ServerList | undefined>>();

/**
 * The server list of a zoo.cfg, computed once per file; undefined when its servers live in a
 * dynamic file that the snapshot does not hold.
 */
export function serverListOf(cluster: Cluster, zoo: ZooCfgFile): ServerList | undefined {
  let cache = lists.get(cluster);
  if (!cache) lists.set(cluster, (cache = new Map()));
  if (cache.has(zoo)) return cache.get(zoo);
  const set = serverSetOf(cluster, zoo);
  let list: ServerList | undefined;
  if (set) {
    const byId = new Map<bigint, ZooServer>();
    for (const s of set.servers) {
      const id = javaLong(s.id.value);
      if (id !== undefined) byId.set(id, s);
    }
    list = { zoo, file: set.file, byId, distributed: isDistributed(zoo.zoo, set.servers, cluster.zookeeperVersion) };
  }
  cache.set(zoo, list);
  return list;
}

const SERVERS_OF_HOST = new HostIndex<ZooServer>((s) => s.addresses.map((a) => a.host.value));

/** The server lines of a list that name this host. */
export function serversOf(list: ServerList, host: Host): ZooServer[] {
  const named = SERVERS_OF_HOST.all(list, () => list.byId.values(), host.name);
  if (named.length > 0 || !hasOwnFiles(host) || list.file.host !== host.name) return [...named];
  // The host's own copy may name it by the wildcard on its own line (src/model/own-line.ts).
  const own = ownWildcardLine([...list.byId.values()]);
  return own ? [own] : [];
}

/** dataDir as ZooKeeper uses it, and `<dataDir>/myid` as a path on the host (relative when dataDir is). */
export function myidLocation(zoo: ZooCfg): { dataDir: ZooEntry; path: string } | undefined {
  const dataDir = zooValue(zoo, 'dataDir');
  if (!dataDir || dataDir.value.value === '') return undefined;
  return { dataDir, path: posix.normalize(`${dataDir.value.value}/myid`) };
}

/** A file of a host folder as a path on that host. */
export function pathOnHost(host: Host, path: string): string {
  return host.folder !== undefined && path.startsWith(`${host.folder}/`) ? path.slice(host.folder.length) : path;
}

/**
 * Hosts grouped into ensembles: two hosts are in one ensemble when the server list one of
 * them uses names the other (union-find, linear in hosts and server lines), so that two
 * separate ensembles in one directory are never compared with each other.
 */
export function ensembles(cluster: Cluster): (host: Host) => number {
  const index = new Map<string, number>();
  cluster.hosts.forEach((h, i) => {
    if (!index.has(hostKey(h.name))) index.set(hostKey(h.name), i);
  });
  const parent = cluster.hosts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const named = new Map<ServerList, number[]>();
  cluster.hosts.forEach((h, i) => {
    const list = h.zoo && serverListOf(cluster, h.zoo);
    if (!list) return;
    const others = named.get(list);
    if (others) {
      // The first user of the list joined every host it names into one set: joining that set is enough.
      if (others.length > 0) parent[find(i)] = find(others[0]!);
      return;
    }
    const joined: number[] = [];
    for (const s of list.byId.values()) {
      for (const a of s.addresses) {
        const j = index.get(hostKey(a.host.value));
        if (j !== undefined) joined.push(j);
      }
    }
    named.set(list, joined);
    for (const j of joined) parent[find(i)] = find(j);
  });
  const position = new Map(cluster.hosts.map((h, i) => [h, i]));
  return (host) => find(position.get(host) ?? -1);
}

/** A myid that ZooKeeper reads and uses: host folder, a quorum server list, a number at `<dataDir>/myid`. */
export interface UsedMyid {
  readonly host: Host;
  readonly list: ServerList;
  readonly file: MyidFile;
  readonly value: bigint;
}

export function usedMyids(cluster: Cluster): UsedMyid[] {
  const out: UsedMyid[] = [];
  for (const host of cluster.hosts) {
    const { zoo, myid } = host;
    if (!hasOwnFiles(host) || !zoo || !myid) continue;
    const list = serverListOf(cluster, zoo);
    if (!list?.distributed) continue;
    const value = myidValue(myid);
    if (value !== undefined) out.push({ host, list, file: myid, value });
  }
  return out;
}

/** How a used myid disagrees with the server list, when it certainly does. */
export type MyidConflict =
  /** The id is no server's: "My id N not in the peer list". */
  | { readonly kind: 'unlisted'; readonly own: readonly ZooServer[] }
  /** The id is another server's: this host's own line has another id, or that server is another host folder's. */
  | { readonly kind: 'other'; readonly own: readonly ZooServer[]; readonly claimed: ZooServer };

export function myidConflict(m: UsedMyid, cluster: Cluster): MyidConflict | undefined {
  const own = serversOf(m.list, m.host);
  const claimed = m.list.byId.get(m.value);
  if (!claimed) return { kind: 'unlisted', own };
  if (own.includes(claimed)) return undefined;
  if (own.length > 0) return { kind: 'other', own, claimed };
  // This host is not in the list under its folder's name: only certain when the claimed
  // server is a different host that has a folder of its own.
  const folders = hostsWithFolder(cluster);
  const owned = claimed.addresses.some((a) => folders.has(hostKey(a.host.value)) && !sameHost(a.host.value, m.host.name));
  return owned ? { kind: 'other', own, claimed } : undefined;
}

const folderHosts = new WeakMap<Cluster, ReadonlySet<string>>();

function hostsWithFolder(cluster: Cluster): ReadonlySet<string> {
  let set = folderHosts.get(cluster);
  if (!set) {
    set = new Set(cluster.hosts.filter(hasOwnFiles).map((h) => hostKey(h.name)));
    folderHosts.set(cluster, set);
  }
  return set;
}
