import { defineRule } from '../../src/engine/rule.ts';
import { plural } from '../../src/engine/quote.ts';
import { atLeast } from '../../src/model/versions.ts';
import { isLoopbackName } from '../../src/rules-support/name-resolution.ts';
import { participants, serverSetOf, toleratedFailures, zooBool } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/ensemble-size',
    severity: 'warning',
    description: 'The ensemble has 1, 2 or an even number of voting servers',
    rationale:
      'A ZooKeeper ensemble serves requests while a majority of its voting members (participants; observers do ' +
      'not vote) is up, so N participants tolerate ⌊(N-1)/2⌋ failures.\n\n' +
      '- **1 participant**: ZooKeeper logs `Invalid configuration, only one server specified (ignoring)` and runs ' +
      'standalone, with no replication (3.5+ only while `standaloneEnabled` is true).\n' +
      '- **2 participants**: `No server failure will be tolerated. You need at least 3 servers.` Losing either ' +
      'stops the ensemble, which is worse than one server.\n' +
      '- **4, 6, ...**: `Non-optimal configuration, consider an odd number of servers.` An even ensemble ' +
      'tolerates no more failures than the odd one below it, with one more machine that can fail.\n\n' +
      'A zoo.cfg without server lines is a standalone server and is not reported; so is one whose only line names ' +
      'the loopback address (`server.1=localhost:2888:3888;2181`, what the official Docker image writes when ' +
      '`ZOO_SERVERS` is unset): no other machine can join it, so it is a standalone server by intent. The HDFS HA guide runs the ' +
      'ZKFC against 3 or 5 ZooKeeper servers.',
    fix: 'Run 3 or 5 participants (add servers or turn the extra one into an `:observer`).',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L340-354',
      'QuorumPeerConfig.java (ZooKeeper master) L697-711',
      'QuorumMaj.java (ZooKeeper master) L77-86',
      'HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L569',
    ],
    upstreamMessage: 'No server failure will be tolerated. You need at least 3 servers.',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      const set = serverSetOf(cluster, zoo);
      if (!set) continue;
      const voters = participants(set.servers);
      const n = voters.length;
      if (n === 0 || (n > 1 && n % 2 === 1)) continue;
      if (n < set.servers.length && n <= 1) continue; // observers without a quorum: zookeeper/observers-without-quorum
      const span = voters[0]!.entry.key.span;
      const tolerated = toleratedFailures(n);
      if (n === 1) {
        const standalone = !atLeast(v, 3, 5) || zooBool(zoo.zoo, 'standaloneEnabled') !== false;
        if (standalone && voters[0]!.addresses.every((a) => isLoopbackName(a.host.value))) continue;
        report({
          span,
          message: standalone
            ? `the ensemble has only 1 server, so ZooKeeper ignores the server list, runs standalone and tolerates no failure`
            : 'the ensemble has only 1 participant, so it tolerates no failure',
        });
      } else if (n === 2) {
        report({ span, message: 'the ensemble has 2 participants, which tolerate no failure: losing either one stops ZooKeeper' });
      } else {
        report({ span, message: `the ensemble has ${n} participants, which tolerate ${plural(tolerated, 'failure')}, no more than ${n - 1} would` });
      }
    }
  },
});
