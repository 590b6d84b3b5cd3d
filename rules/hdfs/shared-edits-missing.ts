import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { haNameservices, loadedByNameNode, nnKey } from '../../src/rules-support/hdfs-ha-keys.ts';
import { SHARED_EDITS_KEY } from '../../src/rules-support/hdfs-qjournal.ts';

export default defineRule({
  meta: {
    id: 'hdfs/shared-edits-missing',
    severity: 'error',
    description: 'An HA nameservice has no dfs.namenode.shared.edits.dir',
    rationale:
      'The NameNodes of an HA nameservice share one edit log: the active writes every transaction to the shared edits ' +
      'directory (a JournalNode quorum, or an NFS directory) and the standby tails it. `dfs.namenode.shared.edits.dir` ' +
      'is required by the HA documentation; without it the standby cannot follow the active, and ' +
      '`hdfs namenode -initializeSharedEdits` stops with `No shared edits directory configured for namespace <ns> ' +
      'namenode <nn>`.\n\n' +
      'The NameNode looks the key up as `dfs.namenode.shared.edits.dir.<ns>.<nn>`, then `.<ns>`, then the plain key; ' +
      'the rule reports a nameservice for which none of them is set, in configurations a NameNode loads (a DataNode\'s ' +
      'or client\'s copy may leave it out).',
    fix:
      'Set `dfs.namenode.shared.edits.dir` in hdfs-site.xml, e.g. `qjournal://jn1:8485;jn2:8485;jn3:8485/<nameservice>`, ' +
      'and run JournalNodes on those hosts.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L174-195',
      'NameNode.java (3.4.1) L1487-1490 (-initializeSharedEdits), L317-344 (NAMENODE_SPECIFIC_KEYS)',
    ],
    upstreamMessage: 'No shared edits directory configured for namespace <ns> namenode <nn>',
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      for (const ns of haNameservices(conf)) {
        const configured = ns.namenodes.some((nn) => nnKey(conf, SHARED_EDITS_KEY, ns.id.value, nn.id.value));
        if (configured || !ns.namenodesProperty) continue;
        report({
          span: locatedValue(ns.namenodesProperty).span,
          message: `HA nameservice ${quote(ns.id.value)} has no shared edits directory: ${SHARED_EDITS_KEY} is not set`,
        });
      }
    }
  },
});
