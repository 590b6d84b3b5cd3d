import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HADOOP_KNOWLEDGE } from '../../src/knowledge/hadoop-defaults.generated.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { distinctXmlFiles, majorOf, otherMajor } from '../../src/rules-support/hadoop-site-files.ts';
import { isMapReduce1DaemonKey } from '../../src/rules-support/mapreduce1-keys.ts';

export default defineRule({
  meta: {
    id: 'hadoop/deprecated-property',
    severity: 'warning',
    description: 'A site file sets a deprecated property name instead of its replacement',
    rationale:
      "Hadoop's `Configuration` keeps a table of deprecated names. When a site file sets one, the value is stored " +
      'under the new name and a deprecation warning is logged; the old name keeps working for now, but it hides ' +
      'which key is really in effect (see `hadoop/deprecated-overrides-new` when both are set) and may be dropped ' +
      "in a later release. The table is the version's `DeprecatedProperties.md` (e.g. `fs.default.name` -> " +
      '`fs.defaultFS`, `dfs.name.dir` -> `dfs.namenode.name.dir`); a few names are deprecated without a replacement. ' +
      'The keys of the MapReduce 1 JobTracker and TaskTracker (`mapred.job.tracker`, whose new name ' +
      '`mapreduce.jobtracker.address` is just as dead on YARN) are reported by `hadoop/mapreduce1-daemon-property` instead.',
    fix: 'Rename the property to the new name given in the message (and remove the old one).',
    references: [
      'Configuration.java (3.4.1) L393-405: DeprecatedKeyInfo.getWarningMessage (hadoop-zookeeper-facts.md b#41)',
      'DeprecatedProperties.md (2.7.7, 3.4.1): the deprecated names and their replacements',
    ],
    upstreamMessage: '<key> is deprecated. Instead, use <newKey>',
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    const major = majorOf(version);
    const other = otherMajor(major);
    const renamed = HADOOP_KNOWLEDGE.deprecated[major];
    const dropped = HADOOP_KNOWLEDGE.withoutReplacement[major];
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const name = prop.name.value;
        // A JobTracker/TaskTracker key's new name is as dead as the old one: hadoop/mapreduce1-daemon-property reports it.
        if (isMapReduce1DaemonKey(name)) continue;
        const to = renamed[name];
        const why = dropped[name];
        if (to === undefined && why === undefined) continue;
        // The verdict depends on the version only when the other version's table says otherwise.
        const same = to !== undefined
          ? HADOOP_KNOWLEDGE.deprecated[other][name] === to
          : HADOOP_KNOWLEDGE.withoutReplacement[other][name] !== undefined;
        const note = same ? '' : assumedNote(version);
        const message = to !== undefined
          ? `${quote(name)} is deprecated; the new name is ${quote(to)}${note}`
          : `${quote(name)} is deprecated without a replacement (${why})${note}`;
        report({ span: prop.name.span, message });
      }
    }
  },
});
