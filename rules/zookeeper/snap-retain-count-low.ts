import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { javaInt } from '../../src/rules-support/zookeeper.ts';

/** QuorumPeerConfig.MIN_SNAP_RETAIN_COUNT. */
const MIN_SNAP_RETAIN_COUNT = 3;

export default defineRule({
  meta: {
    id: 'zookeeper/snap-retain-count-low',
    severity: 'info',
    description: 'autopurge.snapRetainCount is below 3, which ZooKeeper replaces with 3',
    rationale:
      '`autopurge.snapRetainCount` is how many recent snapshots (with their transaction logs) the purge task ' +
      'keeps. `QuorumPeerConfig` does not accept fewer than `MIN_SNAP_RETAIN_COUNT` = 3: it logs ' +
      '`Invalid autopurge.snapRetainCount: <n>. Defaulting to 3` and keeps 3. The server starts and runs as with ' +
      '3, so nothing breaks, but the file says something ZooKeeper does not do (the disk holds more snapshots ' +
      'than the setting promises).',
    fix: 'Write 3 or more; 3 is both the default and the minimum.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L95, L300-307; (3.9.5) L140, L412-420',
      'zookeeperAdmin.md (ZooKeeper 3.9.5) L760-767 ("Defaults to 3. Minimum value is 3.")',
    ],
    upstreamMessage: 'Invalid autopurge.snapRetainCount: <n>. Defaulting to 3',
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const entry = zooValue(zoo.zoo, 'autopurge.snapRetainCount');
      if (!entry) continue;
      // A value that does not parse is zookeeper/invalid-number's (and a placeholder does not parse).
      const count = javaInt(entry.value.value);
      if (count === undefined || count >= MIN_SNAP_RETAIN_COUNT) continue;
      report({
        span: entry.value.span,
        message: `autopurge.snapRetainCount is ${quote(entry.value.value)}, below the minimum ${MIN_SNAP_RETAIN_COUNT}, so ZooKeeper keeps ${MIN_SNAP_RETAIN_COUNT} snapshots instead`,
      });
    }
  },
});
