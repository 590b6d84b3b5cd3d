import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { haNameservices, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/namenode-count',
    severity: 'error',
    description: 'dfs.ha.namenodes.<ns> lists fewer than 2 NameNodes, or other than exactly 2 on Hadoop 2.x',
    rationale:
      'Hadoop 2.x supports exactly two NameNodes per nameservice ("only a maximum of two NameNodes may be ' +
      'configured per nameservice"); the HA code paths of the standby (edit log tailing, checkpointing, ' +
      '`-bootstrapStandby`) and the failover controller check `nnIds.size() == 2`. Hadoop 3.0.0 and later ' +
      'accept more than two but still need at least two. With a single NameNode id HA is not enabled at all: ' +
      'the ZKFC refuses to start with `HA is not enabled for this namenode.` Ids listed twice count once ' +
      '(the list is read into a set).',
    fix:
      'List two NameNode ids on Hadoop 2.x (`nn1,nn2`); on Hadoop 3.x list at least two (three is the ' +
      'recommended number). Give every id its `dfs.namenode.rpc-address.<ns>.<nn>` and `http-address`.',
    references: [
      'HAUtil.java (2.7.7) L160-L163',
      'HAUtil.java (3.4.1) L176-L179',
      'HDFSHighAvailabilityWithQJM.md (2.7.7) L135-L148',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L117-L130',
      'StringUtils.java (3.4.1) L490-L495 (getTrimmedStringCollection drops duplicates)',
    ],
    upstreamMessage:
      "Expected exactly 2 NameNodes in namespace '<ns>'. Instead, got only <n> (NN ids were '<ids>' (2.x); " +
      "Expected at least 2 NameNodes in namespace '<ns>'. Instead, got only <n> (NN ids were '<ids>') (3.x)",
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        const p = ns.namenodesProperty!;
        if (p.unresolved.length > 0) continue;
        const n = ns.namenodes.length;
        const at = locatedValue(p);
        if (v.major <= 2 && n !== 2) {
          once({ span: at.span, message: `${quote(p.value)} lists ${plural(n, 'NameNode')} but Hadoop ${v.label} supports exactly 2 per nameservice${assumedNote(v)}` });
        } else if (n < 2) {
          once({ span: at.span, message: `${quote(p.value)} lists ${plural(n, 'NameNode')}, so HA is not enabled for nameservice ${quote(ns.id.value)}` });
        }
      }
    }
  },
});
