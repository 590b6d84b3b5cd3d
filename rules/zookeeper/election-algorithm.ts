import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote, atLeast, isKnownRelease } from '../../src/model/versions.ts';
import { isDistributed, serverSetOf, zooInt } from '../../src/rules-support/zookeeper.ts';

/** FastLeaderElection over TCP: the default, and from 3.6.0 the only algorithm. */
const FAST_LEADER_ELECTION = 3;

export default defineRule({
  meta: {
    id: 'zookeeper/election-algorithm',
    severity: 'error',
    description: 'electionAlg names a leader election algorithm the ZooKeeper release does not have',
    rationale:
      '`electionAlg` picks the leader election implementation; 3 (TCP FastLeaderElection) is the default. ' +
      'ZooKeeper 3.6.0 removed the others: from 3.6 `QuorumPeerConfig.parseProperties` throws ' +
      '`Invalid electionAlg value. Only 3 is supported.` for any other number and the server does not start, ' +
      'standalone or not. The admin guide says so: "Since 3.6.0 only FastLeaderElection is available, in case ' +
      'of upgrade you have to shutdown all of your servers and restart them with electionAlg=3 (or by removing ' +
      'the line from the configuration file)."\n\n' +
      'ZooKeeper 3.4 and 3.5 still have 0 (`LeaderElection`), 1 and 2 (UDP `AuthFastLeaderElection`), ' +
      'deprecated since 3.4.0; they work there and are not reported, but the upgrade to 3.6 refuses them (when the ' +
      'directory shows only "3.5+", they are reported, as most such releases refuse them). Any ' +
      'other number has no implementation: `QuorumPeer.createElectionAlgorithm` returns none, and an ensemble ' +
      'server fails each election attempt with a `NullPointerException` (logged as `Unexpected exception`), so ' +
      'it never finds a leader.',
    fix: 'Remove the `electionAlg` line (3 is the default), or set it to `3` on every server at once.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.6.0) L322-326, (3.9.5) L317-321: "Invalid electionAlg value. Only 3 is supported."',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L63, L193-194; (3.5.10) L91, L293-294: any integer accepted',
      'QuorumPeer.java (ZooKeeper 3.4.14) L810-846, L945-947; (3.5.10) L1143-1187: 0-3 implemented, others give no Election',
      'zookeeperAdmin.md (ZooKeeper 3.4.14) L642-653 (1 and 2 deprecated); (3.6.0) L1077-1090 (only 3 since 3.6.0)',
    ],
    upstreamMessage: 'Invalid electionAlg value. Only 3 is supported.',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      // A value that does not parse is zookeeper/invalid-number's.
      const alg = zooInt(zoo.zoo, 'electionAlg');
      if (!alg || alg.value === FAST_LEADER_ELECTION) continue;
      const text = quote(alg.entry.value.value);
      if (atLeast(v, 3, 6)) {
        report({ span: alg.entry.value.span, message: `electionAlg is ${text}, but ZooKeeper ${v.label} supports only 3 (since 3.6) and refuses to start${assumedNote(v)}` });
        continue;
      }
      if (alg.value >= 0 && alg.value <= 2) {
        // 3.4 and 3.5 run 0-2 (deprecated). "3.5+" from evidence is most likely a release that refuses them.
        if (v.minor === 5 && !isKnownRelease(v)) {
          report({
            span: alg.entry.value.span,
            message: `electionAlg is ${text}, which ZooKeeper 3.6+ refuses to start with (only 3 is supported); 3.5 still runs it, deprecated, and this directory says only ZooKeeper ${v.label}`,
          });
        }
        continue;
      }
      // Other numbers only matter once the server takes part in elections.
      const set = serverSetOf(cluster, zoo);
      if (!set || !isDistributed(zoo.zoo, set.servers, v)) continue;
      report({
        span: alg.entry.value.span,
        message: `electionAlg is ${text}, for which ZooKeeper ${v.label} has no election algorithm, so the servers never elect a leader`,
      });
    }
  },
});
