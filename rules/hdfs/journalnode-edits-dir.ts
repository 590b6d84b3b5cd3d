import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { isHaConf, keyAndSuffixed, usable } from '../../src/rules-support/hdfs-ha-keys.ts';

const KEY = 'dfs.journalnode.edits.dir';

/** java.io.File.isAbsolute on Unix (and a drive-letter path on Windows). */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

export default defineRule({
  meta: {
    id: 'hdfs/journalnode-edits-dir',
    severity: 'error',
    description: 'dfs.journalnode.edits.dir is not a single absolute local path',
    rationale:
      'A JournalNode stores the edits it receives in `dfs.journalnode.edits.dir` (3.x also reads ' +
      '`dfs.journalnode.edits.dir.<nameservice>`). It turns the value into a `java.io.File` and refuses anything that ' +
      "is not absolute: `Journal dir '<dir>' should be an absolute path`. A `file:` URI such as `file:/data/journal` is " +
      'not an absolute file name either, so the JournalNode refuses it the same way (unlike `dfs.namenode.name.dir`, ' +
      'which accepts URIs). The HA documentation also says "You may only use a single path": a comma-separated list ' +
      'is not split into several directories.',
    fix: 'Set one absolute local path without a scheme, e.g. `/data/hadoop/journal`, on every JournalNode host.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L366-377',
      'JournalNode.java (3.4.1) L179-189, L203-204, L337-353; (2.7.7) L114-115',
    ],
    upstreamMessage: "Journal dir '<dir>' should be an absolute path",
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!isHaConf(conf)) continue;
      for (const p of keyAndSuffixed(conf, KEY)) {
        if (!usable(p)) continue;
        const loc = locatedValue(p);
        const paths = p.value.split(',').map((s) => s.trim()).filter((s) => s !== '');
        if (paths.length > 1) {
          report({ span: loc.span, message: `${p.name} lists ${plural(paths.length, 'path')} in ${quote(p.value)} but a JournalNode uses a single directory` });
          continue;
        }
        const dir = paths[0] ?? '';
        if (/^file:/i.test(dir)) {
          const path = dir.replace(/^file:(\/\/[^/]*)?/i, '');
          report({ span: loc.span, message: `Journal dir ${quote(dir)} is a URI but the JournalNode needs an absolute path such as ${quote(path)}` });
        } else if (!isAbsolute(dir)) {
          report({ span: loc.span, message: `Journal dir ${quote(dir)} is not an absolute path` });
        }
      }
    }
  },
});
