/**
 * The keys of the MapReduce 1 daemons (JobTracker, TaskTracker), which YARN
 * replaced in Hadoop 2: nothing in Hadoop 2 or 3 starts those daemons, so the
 * keys that say where they listen and how many task slots a TaskTracker offers
 * have no effect.
 */
import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';

/**
 * The current names, as JTConfig and TTConfig spell them (mapred-default.xml 2.7.7:
 * mapreduce.jobtracker.address, .http.address, mapreduce.tasktracker.http.address,
 * .report.address, .map/.reduce.tasks.maximum; 3.4.1 dropped them all from
 * mapred-default.xml). Not every JTConfig/TTConfig key: code that still runs on
 * YARN reads some of them (the local runner reads mapreduce.jobtracker.system.dir
 * and .staging.root.dir, the shuffle's IndexCache mapreduce.tasktracker.indexcache.mb
 * in 2.x), so the family is the daemons' addresses and slots only.
 */
const CURRENT_NAMES = [
  'mapreduce.jobtracker.address',
  'mapreduce.jobtracker.http.address',
  'mapreduce.tasktracker.http.address',
  'mapreduce.tasktracker.report.address',
  'mapreduce.tasktracker.map.tasks.maximum',
  'mapreduce.tasktracker.reduce.tasks.maximum',
];

/**
 * The family: the current names and every older name Hadoop's deprecation table
 * (ConfigUtil.addDeprecatedKeys, DeprecatedProperties.md of 2.7.7 and 3.4.1) maps
 * onto one of them (mapred.job.tracker -> mapreduce.jobtracker.address). Taken
 * from the table rather than listed, so an old spelling is never missed; the
 * table's "new name" of a dead key is just as dead, which is why
 * hadoop/deprecated-property must not suggest it.
 */
function family(): ReadonlyMap<string, string> {
  const members = new Map<string, string>(CURRENT_NAMES.map((n) => [n, n]));
  for (const table of [HADOOP_KNOWLEDGE.deprecated['2'], HADOOP_KNOWLEDGE.deprecated['3']]) {
    for (const [old, current] of Object.entries(table)) {
      if (CURRENT_NAMES.includes(current)) members.set(old, current);
    }
  }
  return members;
}

const FAMILY = family();

/** True when the key configures a JobTracker or TaskTracker, under its current or an older name. */
export function isMapReduce1DaemonKey(name: string): boolean {
  return FAMILY.has(name);
}

/** The daemon a family key configures, for messages. */
export function mapReduce1Daemon(name: string): 'JobTracker' | 'TaskTracker' | undefined {
  const current = FAMILY.get(name);
  if (current === undefined) return undefined;
  return current.startsWith('mapreduce.jobtracker.') ? 'JobTracker' : 'TaskTracker';
}
