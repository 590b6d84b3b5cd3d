import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { isProblem, parseQjournal, sharedEditsItems, sharedEditsProperties } from '../../src/rules-support/hdfs-qjournal.ts';

export default defineRule({
  meta: {
    id: 'hdfs/journal-quorum-size',
    severity: 'warning',
    description: 'The qjournal URI lists fewer than 3 JournalNodes or an even number of them',
    rationale:
      'The active NameNode must write each edit to a majority of the JournalNodes, so N JournalNodes tolerate ' +
      '(N - 1) / 2 failures, rounded down: 1 or 2 tolerate none, 3 and 4 tolerate one, 5 tolerate two. The HA ' +
      'documentation states "There must be at least 3 JournalNode daemons" and advises an odd number; with an even ' +
      "count the NameNode logs `Quorum journal URI '<uri>' has an even number of Journal Nodes specified. This is not " +
      'recommended!`. Neither stops the NameNode, hence a warning: the cluster runs, but with less fault tolerance than ' +
      'its JournalNodes suggest (with 1 or 2, one lost JournalNode halts the NameNode).',
    fix: 'List 3 (or 5) JournalNodes on separate hosts in `dfs.namenode.shared.edits.dir`, separated by `;`.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L72-82',
      'QuorumJournalManager.java (3.4.1) L418-421; (2.7.7) L384-387',
    ],
    upstreamMessage: "Quorum journal URI '<uri>' has an even number of Journal Nodes specified. This is not recommended!",
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      for (const p of sharedEditsProperties(conf)) {
        const items = sharedEditsItems(p, cluster.hadoopVersion);
        if (items.length !== 1) continue;
        const parsed = parseQjournal(items[0]!);
        if (parsed === undefined || isProblem(parsed)) continue;
        const n = parsed.nodes.length;
        if (n === 0 || (n >= 3 && n % 2 === 1)) continue;
        const tolerated = Math.floor((n - 1) / 2);
        const tolerance = tolerated === 0 ? 'tolerates no JournalNode failure' : `tolerates ${plural(tolerated, 'failure')} like ${n - 1} would`;
        const why = n < 3 ? 'at least 3 are required' : 'an odd number is recommended';
        report({
          span: parsed.authority.span,
          message: `Journal quorum ${quote(parsed.authority.value)} has ${plural(n, 'JournalNode')} and ${tolerance}; ${why}`,
        });
      }
    }
  },
});
