import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { misspellingsOf } from '../../src/rules-support/misspellings.ts';

export default defineRule({
  meta: {
    id: 'hadoop/misspelled-default-value',
    severity: 'info',
    description: 'A misspelt property name that has no effect because its value equals the intended key\'s default',
    rationale:
      'A misspelt key is ignored (`Configuration` looks properties up by exact name), so the intended key keeps ' +
      'its default. When the value written is that default, the typo changes nothing: the cluster behaves as meant. ' +
      'The usual case is a tutorial typo copied from repository to repository: ' +
      '`yarn.nodemanager.aux-services.mapreduce.shuffle.class` = `org.apache.hadoop.mapred.ShuffleHandler`, where ' +
      "yarn-default.xml's key is `yarn.nodemanager.aux-services.mapreduce_shuffle.class` (the service name " +
      '`mapreduce_shuffle`) with that very default. The defaults are those of the version\'s `*-default.xml`.',
    fix: 'Rename the property to the intended name, or remove it (the default is the same).',
    references: [
      'yarn-default.xml (2.7.7, 3.4.1): yarn.nodemanager.aux-services.mapreduce_shuffle.class = org.apache.hadoop.mapred.ShuffleHandler',
      'AuxServices.java (3.4.1): the class key is yarn.nodemanager.aux-services.<service>.class, the service name as listed in yarn.nodemanager.aux-services',
      'core-default.xml, hdfs-default.xml, yarn-default.xml, mapred-default.xml (2.7.7, 3.4.1): the defaults',
    ],
  },
  check(cluster, report) {
    for (const m of misspellingsOf(cluster)) {
      if (m.kind !== 'default') continue;
      report({
        span: m.prop.name.span,
        message: m.expandedDefault !== undefined && m.expandedDefault === (m.prop.value?.value ?? '').trim()
          ? `${quote(m.prop.name.value)} ${m.what} and has no effect; ${quote(m.intended)} is meant, and its default ${quote(m.defaultValue)} is the same value here`
          : `${quote(m.prop.name.value)} ${m.what} and has no effect; ${quote(m.intended)} is meant, and its default is the same value`,
      });
    }
  },
});
