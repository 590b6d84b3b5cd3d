import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { nameSpan, reportOnce, undeclaredSuffixes, declaredNameservices } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/nameservice-unknown-address-key',
    severity: 'warning',
    description: 'A NameNode servicerpc, lifeline, http or https address key is suffixed with an unknown nameservice',
    rationale:
      'Per-NameNode keys such as `dfs.namenode.servicerpc-address.<ns>.<nn>` are read only for the ' +
      'nameservices listed in `dfs.nameservices`. A key whose suffix names no such nameservice (and no ' +
      'NameNode list or RPC address of its own) is silently ignored: the NameNodes run without the ' +
      'service RPC, lifeline or web address it was meant to set. It is usually a nameservice id from another ' +
      'cluster or a tutorial. (`hdfs/nameservice-undeclared` reports nameservices that have NameNodes.)',
    fix: 'Suffix the key with a nameservice id of `dfs.nameservices` (`dfs.namenode.servicerpc-address.<ns>.<nn>`), or remove it.',
    references: ['DFSUtilClient.java (3.4.1) L215-L217, L527-L552', 'HDFSHighAvailabilityWithQJM.md (3.4.1) L132-L172'],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      for (const [ns, keys] of undeclaredSuffixes(conf, declared)) {
        if (keys.some((k) => k.role === 'namenodes' || k.role === 'rpc-address')) continue;
        const at = keys[0]!;
        const others = keys.slice(1).map((k) => ({ span: nameSpan(k.property, k.from, k.from + ns.length), message: `${k.property.name} is suffixed with ${quote(ns)} too` }));
        once({
          span: nameSpan(at.property, at.from, at.from + ns.length),
          message: `nameservice ${quote(ns)} of ${at.property.name} is not listed in dfs.nameservices, so the key is ignored`,
          related: declaredProp ? [{ span: locatedValue(declaredProp).span, message: `dfs.nameservices is ${quote(declaredProp.value)}` }, ...others] : others,
        });
      }
    }
  },
});
