import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { myidConflict, usedMyids } from '../../src/rules-support/zookeeper-ensemble.ts';
import type { ZooServer } from '../../src/parse/zoo-cfg.ts';

const line = (s: ZooServer) => `${s.entry.key.value}=${s.entry.value.value}`;

export default defineRule({
  meta: {
    id: 'zookeeper/myid-mismatch',
    severity: 'error',
    description: "A host's myid is not the N of its own server.N line",
    rationale:
      'A quorum server takes its identity from `<dataDir>/myid`: "it should match **x** in **server.x**". ' +
      'When the id names no server line, the server stops with `My id N not in the peer list`. When it names ' +
      "another host's line, the server acts as that host: it tries to listen on the other host's quorum and " +
      'election addresses, and two servers with one id break leader election and the quorum count. Both happen ' +
      'typically after copying an installation or data folder from another host.\n\n' +
      'A host that no server line names but that has a myid at its dataDir is reported when the id names no ' +
      'server, or names the line of another host of the snapshot.',
    fix:
      'Write the N of this host\'s `server.N` line into `<dataDir>/myid`; on a host that is not a ZooKeeper ' +
      'server, remove the myid (or add the host to every copy of the server list).',
    references: [
      'QuorumPeer.java (ZooKeeper 3.4.14) L719; (3.8.6) L1130; (master) L1192',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L411-424',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L1272-1277',
    ],
    upstreamMessage:
      'My id <N> not in the peer list' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.RuntimeException: My id 4 not in the peer list; a swapped myid binds the other host\'s address (on a real network: java.net.BindException: Cannot assign requested address)',
  },
  check(cluster, report) {
    for (const m of usedMyids(cluster)) {
      const conflict = myidConflict(m, cluster);
      if (!conflict) continue;
      const value = quote(m.file.myid.firstLine.value);
      const ownIds = conflict.own.map((s) => s.entry.key.value).join(' and ');
      const related = conflict.own.map((s) => ({ span: s.entry.span, message: `${m.host.name} is ${line(s)}` }));
      let message: string;
      if (conflict.kind === 'unlisted') {
        message = conflict.own.length > 0
          ? `myid ${value} names no server in the server list, but ${m.host.name} is ${ownIds}`
          : `myid ${value} names no server in the server list, which does not name ${m.host.name} either`;
        const first = m.list.file.zoo.servers[0];
        if (conflict.own.length === 0 && first) {
          related.push({ span: first.entry.span, message: `the server list has ${plural(m.list.byId.size, 'server')}` });
        }
      } else {
        const claimed = conflict.claimed;
        related.push({ span: claimed.entry.span, message: `${line(claimed)} belongs to another host` });
        message = conflict.own.length > 0
          ? `myid ${value} is the id of ${claimed.entry.key.value}, but ${m.host.name} is ${ownIds}`
          : `myid ${value} is the id of ${claimed.entry.key.value} (${quote(claimed.addresses.map((a) => a.host.value).join('|'))}), and the server list does not name ${m.host.name}`;
      }
      report({ span: m.file.myid.firstLine.span, message, related });
    }
  },
});
