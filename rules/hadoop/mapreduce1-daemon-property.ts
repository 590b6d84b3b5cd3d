import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { distinctXmlFiles } from '../../src/rules-support/hadoop-site-files.ts';
import { isMapReduce1DaemonKey, mapReduce1Daemon } from '../../src/rules-support/mapreduce1-keys.ts';

export default defineRule({
  meta: {
    id: 'hadoop/mapreduce1-daemon-property',
    severity: 'info',
    description: 'A site file configures the JobTracker or TaskTracker of MapReduce 1, which YARN replaced',
    rationale:
      'Hadoop 2 replaced the MapReduce 1 daemons, the JobTracker and the TaskTrackers, with YARN: the ResourceManager, ' +
      'the NodeManagers and a per-job MRAppMaster. No script of Hadoop 2 or 3 starts a JobTracker or a TaskTracker, so ' +
      'the keys that say where they listen and how many task slots a TaskTracker offers (`mapred.job.tracker`, ' +
      '`mapred.tasktracker.map.tasks.maximum` and their newer names `mapreduce.jobtracker.address`, ' +
      '`mapreduce.tasktracker.map.tasks.maximum`, ...) are read by nothing. Hadoop 3.4.1 dropped them from ' +
      '`mapred-default.xml`. They are left over from Hadoop 1 tutorials: what they meant to set is now ' +
      '`yarn.resourcemanager.address` (where jobs are submitted) and `yarn.nodemanager.resource.memory-mb` / ' +
      '`yarn.nodemanager.resource.cpu-vcores` (how much work a worker takes).\n\n' +
      "The family is built from Hadoop's deprecation table (`ConfigUtil.addDeprecatedKeys`, `DeprecatedProperties.md`): " +
      'the JobTracker and TaskTracker addresses and slot counts, and every older name the table maps onto them. Those ' +
      'keys are reported here, all alike and once, and not by `hadoop/deprecated-property`, whose advice to rename ' +
      '`mapred.job.tracker` to `mapreduce.jobtracker.address` would trade one dead key for another. Keys MapReduce on ' +
      'YARN still reads stay out of the family: `mapred.child.java.opts` (the task JVM options when ' +
      '`mapreduce.map.java.opts` / `mapreduce.reduce.java.opts` are unset), `mapreduce.jobtracker.staging.root.dir` ' +
      'and `mapreduce.jobtracker.system.dir` (the local job runner). The finding is info: nothing breaks. When ' +
      '`mapreduce.framework.name` is missing, jobs run in the local runner whatever `mapred.job.tracker` says, which ' +
      '`yarn/mapreduce-framework-name` reports. A cluster whose folder names show Hadoop 1 (`hadoop-1.2.1/`) still ' +
      'runs these daemons and is not checked.',
    fix:
      'Remove the key. To choose where jobs go, set `mapreduce.framework.name` to `yarn` and the ResourceManager address ' +
      '(`yarn.resourcemanager.hostname`); to size the workers, set `yarn.nodemanager.resource.memory-mb` and ' +
      '`yarn.nodemanager.resource.cpu-vcores`.',
    references: [
      'ConfigUtil.java (2.7.7, 3.4.1) addDeprecatedKeys: mapred.job.tracker -> JTConfig.JT_IPC_ADDRESS, mapred.tasktracker.map.tasks.maximum -> TTConfig.TT_MAP_SLOTS, ...',
      'DeprecatedProperties.md (2.7.7) L141, L145, L236, L239; (3.4.1) L138, L213',
      'mapred-default.xml (2.7.7): mapreduce.jobtracker.address "local", mapreduce.tasktracker.map.tasks.maximum "2"; (3.4.1) has no mapreduce.jobtracker.* or mapreduce.tasktracker.* key',
      'mapred-default.xml (3.4.1) L342: mapred.child.java.opts (still read by MapReduce on YARN)',
    ],
  },
  check(cluster, report) {
    const version = cluster.hadoopVersion;
    if (version.major < 2) return;
    for (const file of distinctXmlFiles(cluster)) {
      for (const prop of file.xml.properties) {
        const name = prop.name.value;
        if (!isMapReduce1DaemonKey(name)) continue;
        report({
          span: prop.name.span,
          message: `${quote(name)} configures the MapReduce 1 ${mapReduce1Daemon(name)} and has no effect: JobTracker and TaskTracker do not exist in YARN${assumedNote(version)}`,
        });
      }
    }
  },
});
