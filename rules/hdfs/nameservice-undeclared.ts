import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { listItems, locatedValue } from '../../src/model/hdfs-topology.ts';
import { nameSpan, reportOnce, undeclaredSuffixes, declaredNameservices } from '../../src/rules-support/hdfs-namenodes.ts';
import type { Span } from '../../src/text/span.ts';

export default defineRule({
  meta: {
    id: 'hdfs/nameservice-undeclared',
    severity: 'error',
    description: 'dfs.ha.namenodes.<ns> or an rpc-address names a nameservice that dfs.nameservices does not list',
    rationale:
      'Hadoop builds every per-nameservice key from the ids listed in `dfs.nameservices`: it reads ' +
      '`dfs.ha.namenodes.<ns>` and `dfs.namenode.rpc-address.<ns>.<nn>` only for those ids. A key suffixed ' +
      'with a nameservice that is not listed (a typo, a renamed cluster, or no `dfs.nameservices` at all) is ' +
      'silently ignored, so the NameNodes it describes do not exist for clients, DataNodes and the failover ' +
      'controllers. `dfs.internal.nameservices` must be a subset of `dfs.nameservices`; a DataNode stops with ' +
      '`Unknown nameservice` otherwise.',
    fix:
      'Add the nameservice to `dfs.nameservices` (comma-separated, every nameservice of a federation), or ' +
      'correct the suffix of the key to the nameservice id that is listed.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L99-L130',
      'Federation.md (3.4.1) L87-L134',
      'DFSUtilClient.java (3.4.1) L215-L217, L527-L552',
      'DFSUtil.java (3.4.1) L727-L745 (2.7.7 L896)',
    ],
    upstreamMessage: 'Unknown nameservice: <ns>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      const related = declaredProp
        ? [{ span: locatedValue(declaredProp).span, message: `dfs.nameservices is ${quote(declaredProp.value)}` }]
        : [];
      // One finding per undeclared nameservice that has NameNodes (dfs.ha.namenodes.<ns> or an rpc-address):
      // at dfs.ha.namenodes.<ns> if set, else at its first rpc-address key.
      const first = new Map<string, { span: Span; key: string }>();
      for (const [ns, keys] of undeclaredSuffixes(conf, declared)) {
        const at = keys.find((k) => k.role === 'namenodes') ?? keys.find((k) => k.role === 'rpc-address');
        if (at) first.set(ns, { span: nameSpan(at.property, at.from, at.from + ns.length), key: at.property.name });
      }
      for (const [ns, at] of first) {
        once({
          span: at.span,
          message: declaredProp
            ? `nameservice ${quote(ns)} is not listed in dfs.nameservices, so ${at.key} is ignored`
            : `dfs.nameservices is not set, so ${at.key} for nameservice ${quote(ns)} is ignored`,
          related,
        });
      }
      const internal = conf.effective['dfs.internal.nameservices'];
      if (internal && internal.unresolved.length === 0) {
        for (const item of listItems(internal, cluster.hadoopVersion)) {
          if (declared.includes(item.value)) continue;
          once({ span: item.span, message: `nameservice ${quote(item.value)} of dfs.internal.nameservices is not listed in dfs.nameservices`, related });
        }
      }
    }
  },
});
