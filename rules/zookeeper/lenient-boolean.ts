import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { atLeast } from '../../src/model/versions.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { isTrueOrFalse, lenientBooleanKeys, meansFalse, onlyKnownAtLeast35 } from '../../src/rules-support/zookeeper-booleans.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/lenient-boolean',
    severity: 'warning',
    description: 'A boolean zoo.cfg key has a value ZooKeeper silently reads differently from what it says',
    rationale:
      'Before 3.7.0, `QuorumPeerConfig` reads most boolean keys with `Boolean.parseBoolean`: anything but `true` ' +
      '(in any case) is `false`, without a message, so `quorumListenOnAllIPs=yes` or `syncEnabled=1` turns the ' +
      'option off. `admin.enableServer` (3.5+) works the other way round: the AdminServer is disabled only by the ' +
      'exact value `false`, so `admin.enableServer=False` or `=no` leaves it listening on port 8080.\n\n' +
      'Values that already mean "off" (`no`, `off`, `0`) on a key read as false are not reported.',
    fix: 'Write `true` or `false` (for `admin.enableServer`, exactly `false` in lower case).',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L195-207 (Boolean.parseBoolean)',
      'AdminServerFactory.java (ZooKeeper 3.5+) createAdminServer: !"false".equals(System.getProperty("zookeeper.admin.enableServer"))',
      'QuorumPeerConfig.java (ZooKeeper master) L382-384 (other keys become zookeeper.<key> system properties)',
    ],
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      for (const key of lenientBooleanKeys(v)) {
        const entry = zooValue(zoo.zoo, key);
        // A placeholder is an unknown value: zookeeper/unresolved-placeholder reports it.
        if (!entry || isTrueOrFalse(entry.value.value) || meansFalse(entry.value.value) || placeholderIn(key, entry.value.value)) continue;
        report({
          span: entry.value.value === '' ? entry.key.span : entry.value.span,
          message: onlyKnownAtLeast35(v)
            ? `${key} is ${quote(entry.value.value)}, which ZooKeeper 3.5 and 3.6 silently read as false and 3.7+ rejects`
            : `${key} is ${quote(entry.value.value)}, which ZooKeeper ${v.label} silently reads as false`,
        });
      }
      if (!atLeast(v, 3, 5)) continue;
      const admin = zooValue(zoo.zoo, 'admin.enableServer');
      if (admin && admin.value.value !== 'false' && meansFalse(admin.value.value)) {
        report({
          span: admin.value.span,
          message: `admin.enableServer is ${quote(admin.value.value)}, not exactly "false", so the AdminServer stays enabled`,
        });
      }
    }
  },
});
