import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { isDistributed, javaInt, participants, serverSetOf } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/required-key',
    severity: 'error',
    description: 'zoo.cfg lacks a key ZooKeeper needs: dataDir, clientPort, a non-zero tickTime, or initLimit/syncLimit for an ensemble',
    rationale:
      '`QuorumPeerConfig` refuses to start without `dataDir` (`dataDir is not set`). ZooKeeper 3.4 also refuses ' +
      'to start without `clientPort` (`clientPort is not set`); 3.5+ starts, but when neither `clientPort` nor a ' +
      "`;clientPort` part of the server's own `server.N` line gives a client port, it opens no client port at all " +
      'and no client (the ZKFC, HBase, the CLI) can connect. A 3.5+ server with `secureClientPort` and no ' +
      '`clientPort` serves its clients over TLS only: that is not a missing port. When the configuration runs as a quorum (two or more ' +
      'participants, or `standaloneEnabled=false` on 3.5+), `initLimit` and `syncLimit` have no default and a ' +
      'missing or zero value stops the server (`initLimit is not set`, `syncLimit is not set`). `tickTime` ' +
      'defaults to 3000 ms, but an explicit `tickTime=0` stops the server too (`tickTime is not set`).',
    fix:
      'Set the key. The sample configuration uses `dataDir` on a persistent disk, `clientPort=2181`, ' +
      '`initLimit=10` and `syncLimit=5` (ticks of `tickTime`).',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L309-317, L356-361',
      'QuorumPeerConfig.java (ZooKeeper master) L417-435, L806-813 (checkValidity), L943-945 (isDistributed)',
      'zoo_sample.cfg (ZooKeeper 3.4.14, 3.8.6)',
    ],
    upstreamMessage:
      'dataDir is not set' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.IllegalArgumentException: tickTime is not set',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const cfg = zoo.zoo;
      if (!zooValue(cfg, 'dataDir')) {
        report({ span: zoo.start, message: 'zoo.cfg does not set dataDir, which ZooKeeper requires to start' });
      }
      // tickTime defaults to 3000, but an explicit 0 reads as unset and stops every server.
      const tickTime = zooValue(cfg, 'tickTime');
      if (tickTime && javaInt(tickTime.value.value) === 0) {
        report({ span: tickTime.value.span, message: `tickTime is ${quote(tickTime.value.value)}, which ZooKeeper treats as not set and refuses to start` });
      }
      const set = serverSetOf(cluster, zoo);
      const clientPort = zooValue(cfg, 'clientPort');
      const clientPortZero = clientPort !== undefined && javaInt(clientPort.value.value) === 0;
      if (!clientPort || clientPortZero) {
        const what = clientPortZero ? `sets clientPort to ${quote('0')}, which ZooKeeper treats as not set` : 'does not set clientPort';
        const span = clientPortZero ? clientPort.value.span : zoo.start;
        // 3.5+ serves clients over TLS only on secureClientPort: a TLS-only server is not missing a client port.
        const secure = zooValue(cfg, 'secureClientPort');
        const securePort = secure ? javaInt(secure.value.value) : undefined;
        if (!atLeast(v, 3, 5)) {
          report({ span, message: `zoo.cfg ${what}, which ZooKeeper ${v.label} requires to start` });
        } else if (securePort !== undefined && securePort !== 0) {
          // Clients connect to the secure port.
        } else if (set) {
          const withClient = set.servers.filter((s) => s.client !== undefined && s.client.port.value !== '');
          if (withClient.length === 0) {
            report({ span, message: `zoo.cfg ${what} and no server line has a ";clientPort" part, so ZooKeeper opens no client port${assumedNote(v)}` });
          } else {
            for (const s of set.servers) {
              if (withClient.includes(s)) continue;
              report({
                span: s.entry.key.span,
                message: `${s.entry.key.value} has no ";clientPort" part and zoo.cfg ${what}, so that server opens no client port${assumedNote(v)}`,
              });
            }
          }
        }
      }
      if (!set || !isDistributed(cfg, set.servers, v)) continue;
      const anchor = set.servers[0]!.entry.key.span;
      const n = participants(set.servers).length;
      const why = n >= 2 ? `to run its ${n} participants as a quorum` : 'to run as a quorum with standaloneEnabled=false';
      for (const key of ['initLimit', 'syncLimit']) {
        const entry = zooValue(cfg, key);
        if (entry && javaInt(entry.value.value) !== 0) continue; // unparsable values are zookeeper/invalid-number's
        const message = entry
          ? `${key} is ${quote(entry.value.value)}, which ZooKeeper treats as not set but requires ${why}`
          : `zoo.cfg does not set ${key}, which ZooKeeper requires ${why}`;
        report({ span: entry ? entry.value.span : anchor, message });
      }
    }
  },
});
