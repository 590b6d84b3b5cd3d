import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { hostKey, sameHost } from '../../src/model/host-names.ts';
import { isWildcardLine } from '../../src/model/own-line.ts';
import { ensembles, serverListOf, type ServerList } from '../../src/rules-support/zookeeper-ensemble.ts';
import type { Host } from '../../src/model/types.ts';
import type { ZooServer } from '../../src/parse/zoo-cfg.ts';
import type { Span } from '../../src/text/span.ts';

/** What a server line means to the ensemble: host:quorumPort:electionPort:role per address (the client part aside). */
function meaning(s: ZooServer): string {
  const port = (p: string | undefined) => (p !== undefined && /^\d+$/.test(p) ? String(Number(p)) : p ?? '');
  return s.addresses
    .map((a) => [
      hostKey(a.host.value),
      port(a.quorumPort?.value),
      port(a.electionPort?.value),
      (a.role?.value.trim().toLowerCase() || 'participant'),
      a.extra?.value ?? '',
    ].join(':'))
    .join('|');
}

/** The ports and role of a line: what a wildcard line is compared on. */
function portsAndRole(s: ZooServer): string {
  return meaning(s).split('|').map((a) => a.slice(a.indexOf(':'))).join('|');
}

/**
 * What a wildcard line of `copy` means: the meaning of the other copies' line for that server
 * when that line names every host using `copy` with the same ports and role (the copy's own
 * line by the idiom), else its own meaning, which then differs from the others.
 */
function meaningOfWildcard(id: bigint, line: ZooServer, copy: Copy, others: ReadonlyMap<string, { copies: Copy[] }> | undefined): string {
  for (const [m, v] of others ?? []) {
    const named = v.copies[0]!.list.byId.get(id)!;
    if (portsAndRole(named) !== portsAndRole(line)) continue;
    if (copy.hosts.every((h) => named.addresses.some((a) => sameHost(a.host.value, h.name)))) return m;
  }
  return meaning(line);
}

/** One copy of the server list and the ZooKeeper hosts that use it. */
interface Copy {
  readonly list: ServerList;
  readonly hosts: Host[];
}

function anchorOf(list: ServerList): Span {
  return list.file.zoo.servers[0]?.entry.span ?? list.file.start;
}

export default defineRule({
  meta: {
    id: 'zookeeper/server-list-drift',
    severity: 'error',
    description: 'The zoo.cfg copies of the ZooKeeper hosts do not list the same servers',
    rationale:
      'Each ZooKeeper server learns the ensemble only from the `server.N` lines of its own zoo.cfg: "Every ' +
      'machine that is part of the ZooKeeper ensemble should know about every other machine in the ensemble", ' +
      'and the list of servers "must match the list of ZooKeeper servers that each ZooKeeper server has". ' +
      'ZooKeeper does not compare the copies: every server starts, but the servers disagree on membership. ' +
      'A server connects to the addresses and ports its own copy lists, and counts a quorum as a majority of the ' +
      'voters its own copy lists (`QuorumMaj`), so with different ids, addresses, ports, roles or members a ' +
      'server may never reach another one or join the ensemble, and servers may count majorities of different ' +
      'sets.\n\n' +
      'The copies are compared per ensemble (hosts that name each other) by what each line means to the ' +
      'quorum: host, quorum port, election port and role (`participant` when left out); a `;clientPort` part is ' +
      'not compared. Each line that differs from the majority of hosts is reported at the copy that differs. A ' +
      "copy's own line written with the wildcard address (`server.2=0.0.0.0:2888:3888` in server 2's copy, the " +
      "official Docker image's idiom) means what the other copies write for that server when they name that host " +
      'there: the server binds every interface and dials its peers by name. A wildcard on another server\'s line ' +
      'is drift: the server would dial itself.',
    fix:
      'Use one zoo.cfg for every server of the ensemble (distribute it with your configuration management), ' +
      'with the same `server.N` lines everywhere.',
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L203-205, L1278-1280',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-260; QuorumMaj.java (ZooKeeper master) L77-106',
    ],
    upstreamMessage:
      'ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.RuntimeException: My id 3 not in the peer list (the host whose copy lacks its own line); other drifts start and stay latent',
  },
  check(cluster, report) {
    // ZooKeeper hosts: the hosts a server list names, with the list they use themselves.
    const named = new Set<string>();
    const seen = new Set<ServerList>();
    const listOf = new Map<Host, ServerList>();
    for (const h of cluster.hosts) {
      const list = h.zoo && serverListOf(cluster, h.zoo);
      if (!list) continue;
      listOf.set(h, list);
      if (seen.has(list)) continue;
      seen.add(list);
      for (const s of list.byId.values()) for (const a of s.addresses) named.add(hostKey(a.host.value));
    }
    const ensembleOf = ensembles(cluster);
    const groups = new Map<number, Map<string, Copy>>();
    for (const [h, list] of listOf) {
      if (!named.has(hostKey(h.name))) continue;
      const e = ensembleOf(h);
      let copies = groups.get(e);
      if (!copies) groups.set(e, (copies = new Map()));
      const copy = copies.get(list.file.path);
      if (copy) copy.hosts.push(h);
      else copies.set(list.file.path, { list, hosts: [h] });
    }

    for (const copies of groups.values()) {
      if (copies.size < 2) continue;
      const all = [...copies.values()].sort((a, b) => (a.list.file.path < b.list.file.path ? -1 : 1));
      const total = all.reduce((n, c) => n + c.hosts.length, 0);
      // Per id, the copies by what their line means; each copy's lines are visited once.
      const votes = new Map<bigint, Map<string, { hosts: number; copies: Copy[] }>>();
      const vote = (id: bigint, m: string, c: Copy) => {
        let byMeaning = votes.get(id);
        if (!byMeaning) votes.set(id, (byMeaning = new Map()));
        const v = byMeaning.get(m);
        if (v) {
          v.hosts += c.hosts.length;
          v.copies.push(c);
        } else byMeaning.set(m, { hosts: c.hosts.length, copies: [c] });
      };
      // A copy's own line written with the wildcard (the own-line idiom, src/model/own-line.ts) means
      // what the other copies write for that server when they name this copy's host there.
      const wildcard: { id: bigint; line: ZooServer; copy: Copy }[] = [];
      for (const c of all) {
        for (const [id, s] of c.list.byId) {
          if (isWildcardLine(s)) wildcard.push({ id, line: s, copy: c });
          else vote(id, meaning(s), c);
        }
      }
      for (const w of wildcard) vote(w.id, meaningOfWildcard(w.id, w.line, w.copy, votes.get(w.id)), w.copy);
      for (const [id, byMeaning] of votes) {
        let present = 0;
        let major: { hosts: number; copies: Copy[] } | undefined;
        for (const v of byMeaning.values()) {
          present += v.hosts;
          if (!major || v.hosts > major.hosts) major = v;
        }
        const absent = total - present;
        if (absent === 0 && byMeaning.size === 1) continue;
        const lacking = () => all.filter((c) => !c.list.byId.has(id));
        if (absent > major!.hosts) {
          // Most hosts do not list this server: the copies that do are the outliers.
          const first = lacking()[0]!;
          const related = [{ span: anchorOf(first.list), message: `this copy has no server.${id}` }];
          for (const v of byMeaning.values()) {
            for (const c of v.copies) {
              const line = c.list.byId.get(id)!;
              report({
                span: line.entry.span,
                message: `${line.entry.key.value} ${quote(line.entry.value.value)} is listed in this copy but not on ${absent} of ${total} ZooKeeper hosts`,
                related,
              });
            }
          }
          continue;
        }
        const majorLine = major!.copies[0]!.list.byId.get(id)!;
        const key = majorLine.entry.key.value;
        const majorValue = quote(majorLine.entry.value.value);
        const tally = `on ${major!.hosts} of ${total} ZooKeeper hosts`;
        const related = [{ span: majorLine.entry.value.span, message: `${key} is ${majorValue} here` }];
        for (const v of byMeaning.values()) {
          if (v === major) continue;
          for (const c of v.copies) {
            const line = c.list.byId.get(id)!;
            report({
              span: line.entry.value.span,
              message: `${line.entry.key.value} is ${quote(line.entry.value.value)} in this copy but ${majorValue} ${tally}`,
              related,
            });
          }
        }
        if (absent === 0) continue;
        for (const c of lacking()) {
          report({ span: anchorOf(c.list), message: `${key} (${majorValue}) is missing from this copy but listed ${tally}`, related });
        }
      }
    }
  },
});
