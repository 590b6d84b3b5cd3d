import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { badBooleans, isHaBooleanTypo } from '../../src/rules-support/boolean-values.ts';

export default defineRule({
  meta: {
    id: 'hadoop/invalid-boolean',
    severity: 'warning',
    description: 'A boolean property is set to something other than true or false, so Hadoop uses its default',
    rationale:
      "`Configuration.getBoolean` trims the value and compares it, ignoring case, with `true` and `false`; any " +
      'other text (`yes`, `1`, `on`, `ture`) is not an error: the getter silently returns the default. So ' +
      '`dfs.ha.automatic-failover.enabled = yes` leaves automatic failover off, without a word in the log of ' +
      'Hadoop 2.x. A property counts as boolean when its upstream default (the `*-default.xml` of the version, or ' +
      'of the base key for a `.<nameservice>` suffixed one) is `true` or `false`. Empty values and values built from ' +
      '`${var}` are not judged. A typo in a boolean HA depends on that leaves it at the other value than meant is ' +
      '`hadoop/invalid-ha-boolean` (an error).',
    fix: 'Write `true` or `false`.',
    references: [
      'Configuration.java (2.7.7, 3.4.1) getBoolean: getTrimmed, equalsIgnoreCase("true") / ("false"), else the default value',
      'core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): which properties default to true or false',
    ],
  },
  check(cluster, report) {
    for (const b of badBooleans(cluster)) {
      // The HA booleans whose typo turns failover or recovery off (or on) are hadoop/invalid-ha-boolean's errors.
      if (isHaBooleanTypo(b)) continue;
      report({
        span: b.value.span,
        message: `${quote(b.value.value)} is not a boolean; Hadoop ignores it and reads ${quote(b.prop.name.value)} as its default ${quote(b.fallback)}`,
      });
    }
  },
});
