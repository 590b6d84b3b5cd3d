import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { meantBoolean } from '../../src/rules-support/boolean-intent.ts';
import { badBooleans, isHaBooleanTypo } from '../../src/rules-support/boolean-values.ts';

export default defineRule({
  meta: {
    id: 'hadoop/invalid-ha-boolean',
    severity: 'error',
    description: 'A boolean HA depends on is set to something other than true or false, so Hadoop silently uses the other value',
    rationale:
      "`Configuration.getBoolean` trims the value and compares it, ignoring case, with `true` and `false`; for " +
      'anything else (`ture`, `yes`, `1`, `on`) it returns the default without a word. On the booleans HA depends on ' +
      '(`dfs.ha.automatic-failover.enabled` and its `.<nameservice>` form, `yarn.resourcemanager.ha.enabled`, ' +
      '`yarn.resourcemanager.ha.automatic-failover.enabled`, `yarn.resourcemanager.recovery.enabled`: the table of ' +
      '`src/rules-support/ha-critical-keys.ts`) that default is the opposite of what the operator asked for: ' +
      '`dfs.ha.automatic-failover.enabled = ture` starts no ZKFC and both NameNodes stay standby. A value that ' +
      'plainly means the default (`ture` where the default is `true`) changes nothing and is left to ' +
      '`hadoop/invalid-boolean` (a warning).',
    fix: 'Write `true` or `false`.',
    references: [
      'Configuration.java (2.7.7, 3.4.1) getBoolean: getTrimmed, StringUtils.equalsIgnoreCase("true") / ("false"), else return defaultValue',
      'hdfs-default.xml (3.4.1) dfs.ha.automatic-failover.enabled = false; yarn-default.xml (3.4.1) yarn.resourcemanager.ha.enabled = false, yarn.resourcemanager.recovery.enabled = false',
      'DFSZKFailoverController.java (3.4.1) / start-dfs.sh: the ZKFCs start only when dfs.ha.automatic-failover.enabled is true',
    ],
  },
  check(cluster, report) {
    for (const b of badBooleans(cluster)) {
      if (!isHaBooleanTypo(b)) continue;
      const meant = meantBoolean(b.value.value);
      const asked = meant === undefined ? '' : ` (meant ${quote(meant)})`;
      report({
        span: b.value.span,
        message: `${quote(b.value.value)} is not a boolean${asked}; Hadoop ignores it and reads ${quote(b.prop.name.value)} as its default ${quote(b.fallback)}`,
      });
    }
  },
});
