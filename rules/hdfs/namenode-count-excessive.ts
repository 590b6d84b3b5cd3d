import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { haNameservices, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/namenode-count-excessive',
    severity: 'warning',
    description: 'dfs.ha.namenodes.<ns> lists more than 5 NameNodes on Hadoop 3.x',
    rationale:
      'Hadoop 3.x allows more than two NameNodes per nameservice, but the documentation suggests not ' +
      'exceeding five ("suggested to not exceed 5 - with a recommended 3 NameNodes - due to communication ' +
      'overheads"): every standby tails the edit log from the JournalNodes and every NameNode exchanges ' +
      'heartbeats and block reports with every DataNode.',
    fix: 'Run at most five NameNodes in one nameservice (three is the recommended number).',
    references: ['HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L130', 'HAUtil.java (3.4.1) L176-L179 (no upper bound in code)'],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    if (v.major < 3) return;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        const p = ns.namenodesProperty!;
        const n = ns.namenodes.length;
        if (p.unresolved.length > 0 || n <= 5) continue;
        once({ span: locatedValue(p).span, message: `${quote(p.value)} lists ${n} NameNodes, more than the 5 the documentation suggests${assumedNote(v)}` });
      }
    }
  },
});
