import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { ZooEntry } from '../../src/parse/zoo-cfg.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/duplicate-key',
    severity: 'warning',
    description: 'A zoo.cfg key is set twice with different values; the earlier value is ignored',
    rationale:
      'ZooKeeper loads zoo.cfg with `java.util.Properties`: when a key appears more than once the last value ' +
      'wins and the earlier ones are dropped without a message. A reader of the file (or an edit to the first ' +
      'line) easily takes the wrong one for the effective setting, as in a file that sets `initLimit=10` near the ' +
      'top and `initLimit=5` further down. Repeated `server.N` lines are reported by ' +
      '`zookeeper/duplicate-server-id`.',
    fix: 'Keep one line per key, with the value you want.',
    references: ['java.util.Properties.load javadoc (a later key replaces an earlier one)', 'QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158'],
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      const first = new Map<string, ZooEntry>();
      for (const e of zoo.zoo.entries) {
        const key = e.key.value;
        if (key.startsWith('server.')) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, e);
          continue;
        }
        if (earlier.value.value === e.value.value) continue;
        report({
          span: e.key.span,
          message: `${key} is set again to ${quote(e.value.value)}, so ZooKeeper ignores the earlier ${quote(earlier.value.value)}`,
          related: [{ span: earlier.value.span, message: `${key} is first set to ${quote(earlier.value.value)} here` }],
        });
        first.set(key, e);
      }
    }
  },
});
