import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/autopurge-disabled',
    severity: 'warning',
    description: 'autopurge.purgeInterval is not set, 0 or negative, so snapshots and transaction logs pile up until the disk is full',
    rationale:
      'A ZooKeeper server writes a new snapshot and transaction log every `snapCount` transactions and, by ' +
      'default, never deletes the old ones: the admin guide says a server "will not remove old snapshots and log ' +
      'files when using the default configuration". `autopurge.purgeInterval` (hours) defaults to 0 in every ' +
      'release, and `DatadirCleanupManager` schedules no purge task for 0 or a negative value (it logs ' +
      '`Purge task is not scheduled.`). Unless something else runs `zkCleanup.sh`/`PurgeTxnLog`, the data disk ' +
      'fills up, the server can no longer write its log, and the ensemble loses that member (and then the quorum ' +
      'when the servers share the same growth). Ambari, for one, ships its zoo.cfg with purging on ' +
      '(`autopurge.purgeInterval=24`).\n\n' +
      'The rule reports a value written to turn purging off (0 or negative) at that value, and a zoo.cfg without the ' +
      'key at its first line: leaving it out is the stock configuration of every release, and it has the same ' +
      'outcome. Each distinct content is reported once, so identical copies on every server give one finding.\n\n' +
      'When the data directory is purged another way (`zkCleanup.sh` or `PurgeTxnLog` from cron), say so in the ' +
      'file with `# hacheck-disable-file zookeeper/autopurge-disabled -- zkCleanup.sh runs daily from cron`.',
    fix:
      'Set `autopurge.purgeInterval` to a positive number of hours (for example `24`) and ' +
      '`autopurge.snapRetainCount` to the number of snapshots to keep (3 or more), or run ' +
      '`zkCleanup.sh` from cron and record that with a `hacheck-disable-file` comment in the zoo.cfg.',
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.9.5) L404-410 ("will not remove old snapshots and log files"), L760-774 (autopurge.*, purgeInterval defaults to 0)',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L77, (3.9.5) L107: purgeInterval = 0',
      'DatadirCleanupManager.java (ZooKeeper 3.9.5) L100-102 (purgeInterval <= 0: "Purge task is not scheduled.")',
      'Ambari common-services/ZOOKEEPER/3.4.5/configuration/zoo.cfg.xml L78-92 (snapRetainCount 30, purgeInterval 24)',
    ],
    upstreamMessage: 'Purge task is not scheduled.',
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const interval = zooValue(zoo.zoo, 'autopurge.purgeInterval');
      if (!interval) {
        report({
          span: zoo.start,
          message: 'zoo.cfg does not set autopurge.purgeInterval, so automatic purging is off (the default) and ZooKeeper keeps every snapshot and transaction log until the disk is full',
        });
        continue;
      }
      const text = interval.value.value;
      // A value that does not parse (a placeholder included) is zookeeper/invalid-number's.
      const hours = javaInt(text);
      if (hours === undefined || hours > 0) continue;
      report({
        span: interval.value.span,
        message: `autopurge.purgeInterval is ${quote(text)}, which turns automatic purging off, so ZooKeeper keeps every snapshot and transaction log until the disk is full`,
      });
    }
  },
});
