import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { Located } from '../../src/text/span.ts';
import { MachineIndex } from '../../src/rules-support/cluster-hosts.ts';

export default defineRule({
  meta: {
    id: 'cluster/duplicate-worker',
    severity: 'warning',
    description: 'A host is listed more than once in workers or slaves',
    rationale:
      'Every entry of `workers` (Hadoop 3.x) or `slaves` (Hadoop 2.x) is a host the start scripts contact to start a ' +
      'DataNode (and a NodeManager). A host listed twice is contacted twice and still runs one DataNode, so the file ' +
      'claims more DataNodes than the cluster has. It is almost always a copy-and-paste mistake, often one that hides ' +
      'the host that was meant. A short name and a fully qualified name with that first label (`dn1`, ' +
      '`dn1.example.com`) are counted as one host; two different fully qualified names are not.',
    fix: 'Remove the repeated entry; if another host was meant, list that host instead.',
    references: [
      'hadoop-zookeeper-facts.md c.1: workers/slaves format (one host per line, # comments)',
      'slaves.sh (Hadoop 2.7.7) L54-59: every listed host is contacted; hadoop-functions.sh (Hadoop 3.4.1) L1035',
    ],
  },
  check(cluster, report) {
    const list = cluster.workers;
    if (!list) return;
    const seen = new MachineIndex<Located<string>>();
    for (const h of list.list.hosts) {
      const first = seen.find(h.value);
      if (!first) {
        seen.add(h.value, h);
        continue;
      }
      report({
        span: h.span,
        message: `${quote(h.value)} is listed again in ${list.kind}`,
        related: [{ span: first.span, message: `first listed as ${quote(first.value)}` }],
      });
    }
  },
});
