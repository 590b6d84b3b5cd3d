import { defineRule, type Report } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import type { ZooServer } from '../../src/parse/zoo-cfg.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import type { Located } from '../../src/text/span.ts';
import {
  isDistributed, javaInt, javaPort, javaSplitLength, serverFiles, serverSetOf, settingsFor, zooBool,
} from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/server-syntax',
    severity: 'error',
    description: 'A server.N value does not have the form the ZooKeeper release accepts',
    rationale:
      'ZooKeeper 3.4 reads `server.N=host:quorumPort[:electionPort[:participant|observer]]` (IPv6 as ' +
      '`[addr]:port:port`). A 3.5+ `;clientPort` suffix makes `Integer.parseInt` fail on the election port ' +
      '(`Error processing <path>`), and a `|` of the 3.6 multi-address syntax breaks the split on `:`. ' +
      '3.5+ reads `host:quorumPort:electionPort[:participant|observer][;[clientAddress:]clientPort]`; from 3.6 ' +
      'several addresses may be joined with `|`, but only with multi-address support enabled. The server-line ' +
      'parser reads only the Java system property `zookeeper.multiAddress.enabled`: the zoo.cfg key ' +
      '`multiAddress.enabled=true` sets a field that parser never reads (ZooKeeper 3.8.0, run by the differential ' +
      'suite, refuses the line with the key set), so the rule reports the line whatever the key says; a `-D` flag ' +
      'in the JVM options is the only fix, and a snapshot does not show JVM options. A second `;` part (`;clientPort;secureClientPort`) is rejected by 3.5 to ' +
      '3.9 (`does not have the form ...`).\n\n' +
      'Every voting member needs an election port (`Missing election port for server: N`; 3.5+ rejects the ' +
      'line as a whole), ports must be integers in 0-65535, the role must be `participant` or `observer` ' +
      '(`Unrecognised peertype`), and an IPv6 address must be closed by `]:`. Each of these stops the server.',
    fix:
      'Write each line as `server.N=host:2888:3888` (3.4) or `server.N=host:2888:3888;2181` (3.5+), with ' +
      '`:observer` after the election port for an observer and IPv6 addresses in brackets.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L107-126 (IPv6 split), L212-241 (server.N), L366-372 (election port)',
      'QuorumPeer.java (ZooKeeper master) L284-293 (role), L323-447 (QuorumServer(long, String))',
      'ConfigUtils.java (ZooKeeper master) L76-96 (IPv6)',
      'zookeeperReconfig.md (ZooKeeper 3.8.6) L94-130; zookeeperAdmin.md (3.8.6) L1219-1231, L1287-1311 (multiAddress)',
    ],
    upstreamMessage:
      '<value> does not have the form server_config or server_config;client_config where server_config is the pipe ' +
      'separated list of host:port:port or host:port:port:type and client_config is port or host:port' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Unrecognised peertype: voter; Multiple address feature is disabled, but multiple addresses were specified for sid 1',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const note = assumedNote(v);
    const v35 = atLeast(v, 3, 5);
    // 3.4 checks election ports only for a quorum with electionAlg other than 0.
    const quorumOf = new Map<ZooServer, boolean>();
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const alg0 = zooValue(zoo.zoo, 'electionAlg')?.value.value === '0';
      const needs = isDistributed(zoo.zoo, set.servers, v) && !alg0;
      for (const s of set.servers) quorumOf.set(s, (quorumOf.get(s) ?? false) || needs);
    }
    for (const file of serverFiles(cluster)) {
      const settings = settingsFor(cluster, file);
      for (const s of file.zoo.servers) {
        const key = s.entry.key.value;
        const out = (r: Report) => report(r);
        const port = (loc: Located<string>, what: string) => {
          if (javaPort(loc.value) !== undefined) return;
          const reason = javaInt(loc.value) === undefined ? 'is not a number' : 'is outside 0-65535';
          out({ span: loc.span, message: `the ${what} ${quote(loc.value)} of ${key} ${reason}` });
        };
        if (s.bracketProblem) {
          out({ span: s.bracketProblem.span, message: `${key} address ${quote(s.bracketProblem.value)} starts with "[" but has no matching "]:"` });
          continue;
        }
        if (s.addresses.length > 1) {
          const addressSpan = s.addresses[1]!.span;
          if (!v35) {
            out({ span: addressSpan, message: `${key} lists several addresses joined by "|", which ZooKeeper ${v.label} does not accept` });
            continue;
          }
          if (!atLeast(v, 3, 6)) {
            out({ span: addressSpan, message: `${key} lists several addresses joined by "|", which ZooKeeper accepts only from 3.6` });
            continue;
          }
          // The zoo.cfg key sets a field the server-line parser never reads: it reads only the
          // system property (ZooKeeper 3.8.0 refuses such a line with the key set).
          const keySet = zooBool(settings, 'multiAddress.enabled') === true;
          out({
            span: addressSpan,
            message: `${key} lists several addresses joined by "|", which ZooKeeper rejects unless it runs with -Dzookeeper.multiAddress.enabled=true${keySet ? '; multiAddress.enabled in zoo.cfg does not enable it' : ''}${note}`,
          });
        }
        if (s.client && !v35) {
          out({ span: s.client.port.span, message: `${key} has a ";clientPort" part, which ZooKeeper ${v.label} does not accept` });
          continue;
        }
        const roles = new Set<string>();
        for (const a of s.addresses) {
          const parts = [a.quorumPort?.value, a.electionPort?.value, a.role?.value, a.extra?.value];
          const n = javaSplitLength(parts);
          if (n === 0) {
            out({ span: a.span, message: `${key} address ${quote(a.host.value)} has no quorum port` });
            continue;
          }
          port(a.quorumPort!, 'quorum port');
          if (n === 1) {
            if (v35 || quorumOf.get(s) || file.kind === 'zoo.cfg.dynamic') {
              out({ span: a.span, message: `${key} ${quote(`${a.host.value}:${a.quorumPort!.value}`)} has no election port` });
            }
            continue;
          }
          port(a.electionPort!, 'election port');
          if (n >= 3) {
            const role = a.role!.value;
            const norm = (atLeast(v, 3, 6) ? role.trim() : role).toLowerCase();
            if (norm !== 'participant' && norm !== 'observer') {
              out({ span: a.role!.span, message: `${key} has the role ${quote(role)}, which is neither "participant" nor "observer"` });
            }
            roles.add(norm);
          }
          if (n >= 4) {
            out({ span: a.extra!.span, message: `${key} has ${quote(a.extra!.value)} after the role, which ZooKeeper does not accept${v35 ? '' : ' (3.4 drops the server line)'}` });
          }
        }
        if (roles.size > 1) {
          out({ span: s.entry.value.span, message: `the addresses of ${key} have different roles` });
        }
        if (s.client) {
          const c = s.client;
          if (c.port.value === '' && s.trailing.length === 0 && c.address === undefined) continue; // "...;" splits to nothing
          if (c.address && !c.address.value.startsWith('[') && c.address.value.includes(':')) {
            out({ span: c.address.span, message: `the client part of ${key} has more than one ":"` });
          } else {
            port(c.port, 'client port');
          }
        }
        if (s.trailing.length > 0 && javaSplitLength(s.trailing.map((t) => t.value)) > 0) {
          out({ span: s.trailing[0]!.span, message: `${key} has a second ";" part, ${quote(s.trailing[0]!.value)}, which ZooKeeper rejects${note}` });
        }
      }
    }
  },
});
