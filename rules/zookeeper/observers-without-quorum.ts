import { defineRule } from '../../src/engine/rule.ts';
import { plural } from '../../src/engine/quote.ts';
import { atLeast } from '../../src/model/versions.ts';
import { participants, roleOf, serverSetOf, zooBool } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/observers-without-quorum',
    severity: 'error',
    description: 'The server list has observers but fewer than two participants',
    rationale:
      'Observers follow a leader elected by the participants; they never vote. With observers and no ' +
      'participant ZooKeeper refuses to start (`Observers w/o participants is an invalid configuration`); with ' +
      'a single participant it would fall back to standalone mode, which has no place for observers ' +
      '(`Observers w/o quorum is an invalid configuration`), except on 3.5+ with `standaloneEnabled=false`.',
    fix: 'Make at least three servers participants (drop `:observer` from their lines).',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L333-348',
      'QuorumPeerConfig.java (ZooKeeper master) L689-705',
    ],
    upstreamMessage: 'Observers w/o participants is an invalid configuration',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const observers = set.servers.filter((s) => roleOf(s) === 'observer');
      if (observers.length === 0) continue;
      const n = participants(set.servers).length;
      const standalone = !atLeast(v, 3, 5) || zooBool(zoo.zoo, 'standaloneEnabled') !== false;
      if (n >= 2 || (n === 1 && !standalone)) continue;
      const first = observers[0]!;
      report({
        span: first.addresses[0]?.role?.span ?? first.entry.key.span,
        message: n === 0
          ? `the server list has ${plural(observers.length, 'observer')} and no participant, so ZooKeeper refuses to start`
          : `the server list has ${plural(observers.length, 'observer')} but only 1 participant, so ZooKeeper refuses to start`,
      });
    }
  },
});
