import { defineRule, type RelatedLocation } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HADOOP_KNOWLEDGE } from '../../src/knowledge/hadoop-defaults.generated.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { isMapReduce1DaemonKey } from '../../src/rules-support/mapreduce1-keys.ts';
import { definitionScopes, majorOf, otherMajor, winnerOf, type Definition } from '../../src/rules-support/hadoop-site-files.ts';

export default defineRule({
  meta: {
    id: 'hadoop/deprecated-overrides-new',
    severity: 'warning',
    description: 'A deprecated property and its new name are both set, to different values',
    rationale:
      "When Hadoop's `Configuration` loads a site file it stores a deprecated name under its new name (\"update new " +
      "keys with deprecated key's value\" in `loadResource`), so the deprecated key and its replacement are one " +
      'setting: whichever definition comes later in load order (core-site.xml, then hdfs-site.xml; top to bottom ' +
      'in a file) wins, unless an earlier one is `<final>`. The other value is silently dropped. Setting both names ' +
      'to different values therefore hides which one is in effect: an operator who edits the new key may see no ' +
      'change because a later deprecated line still overrides it.',
    fix: 'Keep only the new name, with the value you want, and delete the deprecated property.',
    references: [
      'Configuration.java (2.7.7, 3.4.1) loadResource / Parser.handleEndProperty: a deprecated key is loaded under each of its new keys',
      'Configuration.java (3.4.1) L3577: final parameters are not overridden (hadoop-zookeeper-facts.md b#42)',
      'DeprecatedProperties.md (2.7.7, 3.4.1): the deprecated names and their replacements',
    ],
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    const major = majorOf(version);
    const renamed = HADOOP_KNOWLEDGE.deprecated[major];
    const otherRenamed = HADOOP_KNOWLEDGE.deprecated[otherMajor(major)];
    for (const scope of definitionScopes(cluster)) {
      const groups = new Map<string, Definition[]>();
      for (const d of scope) {
        // Neither name of a JobTracker/TaskTracker key is read on YARN, so which one wins does not matter.
        if (isMapReduce1DaemonKey(d.name)) continue;
        const key = renamed[d.name] ?? d.name;
        const defs = groups.get(key);
        if (defs) defs.push(d);
        else groups.set(key, [d]);
      }
      for (const [newName, defs] of groups) {
        const old = defs.filter((d) => d.name !== newName);
        const current = defs.filter((d) => d.name === newName);
        if (old.length === 0 || current.length === 0) continue;
        const winner = winnerOf(defs);
        // Sets and positions, not includes() and indexOf() per definition: thousands of copies stay linear.
        const conflicting = new Set(defs.filter((d) => d.value !== winner.value && d.name !== winner.name));
        if (conflicting.size === 0) continue;
        const anchor = old.find((d) => d === winner || conflicting.has(d))!;
        const finalWins = defs[defs.length - 1] !== winner;
        const reason = finalWins ? 'the final definition' : 'the later definition';
        const note = otherRenamed[anchor.name] === newName ? '' : assumedNote(version);
        const related: RelatedLocation[] = defs
          .filter((d) => d !== anchor && (d === winner || conflicting.has(d)))
          .map((d) => ({
            span: d.prop.name.span,
            message: d === winner ? `Hadoop uses this value of ${quote(d.name)}` : `${quote(d.name)} is set to ${quote(d.value)} here`,
          }));
        report({
          span: anchor.prop.name.span,
          message:
            `${quote(anchor.name)} (deprecated) and its new name ${quote(newName)} have different values; ` +
            `Hadoop uses ${quote(winner.value)} from ${quote(winner.name)}, ${reason}${note}`,
          related,
        });
      }
    }
  },
});
