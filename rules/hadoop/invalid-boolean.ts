import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HADOOP_KNOWLEDGE } from '../../src/knowledge/hadoop-defaults.generated.ts';
import { suffixedBase } from '../../src/rules-support/hadoop-property-names.ts';
import { distinctXmlFiles, majorOf, otherMajor } from '../../src/rules-support/hadoop-site-files.ts';
import { trimLocated } from '../../src/text/sub-span.ts';

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
      '`${var}` are not judged.',
    fix: 'Write `true` or `false`.',
    references: [
      'Configuration.java (2.7.7, 3.4.1) getBoolean: getTrimmed, equalsIgnoreCase("true") / ("false"), else the default value',
      'core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): which properties default to true or false',
    ],
  },
  check(cluster, report) {
    const major = majorOf(cluster.hadoopVersion);
    const defaults = HADOOP_KNOWLEDGE.defaults[major];
    const otherDefaults = HADOOP_KNOWLEDGE.defaults[otherMajor(major)];
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        if (!prop.value) continue;
        const name = prop.name.value;
        const base = Object.hasOwn(defaults, name) || Object.hasOwn(otherDefaults, name) ? name : suffixedBase(name) ?? name;
        const fallback = defaults[base] ?? otherDefaults[base];
        if (fallback !== 'true' && fallback !== 'false') continue;
        const value = trimLocated(prop.value);
        const v = value.value.toLowerCase();
        if (v === '' || v === 'true' || v === 'false' || value.value.includes('${')) continue;
        report({
          span: value.span,
          message: `${quote(value.value)} is not a boolean; Hadoop ignores it and reads ${quote(name)} as its default ${quote(fallback)}`,
        });
      }
    }
  },
});
