import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { didYouMean, nameSpan, reportOnce, declaredNameservices } from '../../src/rules-support/hdfs-namenodes.ts';
import { PROXY_PROVIDER_KEY_PREFIX } from '../../src/rules-support/hdfs-proxy-providers.ts';

export default defineRule({
  meta: {
    id: 'hdfs/proxy-provider-orphan',
    severity: 'warning',
    description: 'dfs.client.failover.proxy.provider.<ns> is set for a nameservice that dfs.nameservices does not list',
    rationale:
      'The provider key is looked up with the exact host of the `hdfs://` URI, and the provider then finds ' +
      'the NameNodes through the nameservices of `dfs.nameservices`. A provider key for an id that is not ' +
      'listed is never used: it is usually a key copied from a tutorial (`mycluster`) or left behind by a ' +
      'rename, while the real nameservice has no provider.',
    fix: 'Rename the key to `dfs.client.failover.proxy.provider.<ns>` with the nameservice id of `dfs.nameservices`, or remove it.',
    references: ['NameNodeProxiesClient.java (3.4.1) L279-L300', 'HDFSHighAvailabilityWithQJM.md (3.4.1) L206-L221'],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const ns = declaredNameservices(conf, cluster.hadoopVersion);
      if (!ns) continue;
      const { property: declaredProp, ids: declared } = ns;
      for (const p of Object.values(conf.effective)) {
        if (!p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX) || p.value === '') continue;
        const suffix = p.name.slice(PROXY_PROVIDER_KEY_PREFIX.length);
        if (suffix === '' || declared.includes(suffix)) continue;
        const guess = didYouMean(suffix, declared);
        once({
          span: nameSpan(p, PROXY_PROVIDER_KEY_PREFIX.length, p.name.length),
          message: declaredProp
            ? `nameservice ${quote(suffix)} of ${p.name} is not listed in dfs.nameservices${guess ? `; did you mean ${quote(guess)}?` : ''}`
            : `nameservice ${quote(suffix)} of ${p.name} is not listed in dfs.nameservices, which is not set`,
        });
      }
    }
  },
});
