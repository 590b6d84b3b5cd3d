import { distance } from 'fastest-levenshtein';
import { defineRule, type RelatedLocation } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { haNameservices, isHa, nameSpan, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { PROXY_PROVIDER_KEY_PREFIX } from '../../src/rules-support/hdfs-proxy-providers.ts';

export default defineRule({
  meta: {
    id: 'hdfs/proxy-provider-missing',
    severity: 'error',
    description: 'An HA nameservice has no dfs.client.failover.proxy.provider.<ns>',
    rationale:
      'A client treats `hdfs://<ns>` as a logical name only when it finds a failover proxy provider class in ' +
      '`dfs.client.failover.proxy.provider.<ns>`, the key built from the URI\'s host verbatim. Without it the ' +
      'client takes the nameservice id for a host name and fails with `UnknownHostException`; `hdfs dfs`, ' +
      'YARN, MapReduce and HBase all stop at their first file system call. A key with another spelling or ' +
      'another suffix is not read (it is shown as a note when there is one).',
    fix:
      'Add `dfs.client.failover.proxy.provider.<ns>` with ' +
      '`org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider` for every HA nameservice, ' +
      'spelt exactly as in `dfs.nameservices`.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L206-L221',
      'NameNodeProxiesClient.java (3.4.1) L125-L137, L279-L300',
      'SecurityUtil.java (3.4.1) L474-L480 (2.7.7 L373-L379)',
      'HdfsClientConfigKeys.java (3.4.1) L381',
    ],
    upstreamMessage: 'java.lang.IllegalArgumentException: java.net.UnknownHostException: <ns>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const declared = conf.hdfs.nameservices.map((ns) => ns.id.value);
      for (const ns of haNameservices(conf).filter(isHa)) {
        const expected = PROXY_PROVIDER_KEY_PREFIX + ns.id.value;
        if (conf.effective[expected]?.value) continue;
        // Keys that were probably meant: another nameservice's suffix, or a misspelt key.
        const related: RelatedLocation[] = [];
        for (const p of Object.values(conf.effective)) {
          if (p.name === expected) continue;
          if (p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX)) {
            const suffix = p.name.slice(PROXY_PROVIDER_KEY_PREFIX.length);
            if (!declared.includes(suffix)) {
              related.push({ span: nameSpan(p, PROXY_PROVIDER_KEY_PREFIX.length, p.name.length), message: `${p.name} is set for ${quote(suffix)}, which is not a nameservice` });
            }
          } else if (distance(p.name, expected) <= 3) {
            related.push({ span: p.prop.name.span, message: `${p.name} is set, but Hadoop reads ${expected}` });
          }
        }
        once({ span: ns.id.span, message: `nameservice ${quote(ns.id.value)} has no ${expected}, so clients resolve ${quote(ns.id.value)} as a host name`, related });
      }
    }
  },
});
