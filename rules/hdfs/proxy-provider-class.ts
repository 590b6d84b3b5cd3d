import { distance } from 'fastest-levenshtein';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { isKnownRelease } from '../../src/model/versions.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { KNOWN_PROVIDERS, NOT_IN_27, PROXY_PROVIDER_KEY_PREFIX } from '../../src/rules-support/hdfs-proxy-providers.ts';

const simpleName = (c: string) => c.slice(c.lastIndexOf('.') + 1);

/** The shipped class the value most likely meant, when it is a misspelling of one. */
function meant(value: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const known of KNOWN_PROVIDERS) {
    const full = distance(value, known);
    const shortOnly = value.startsWith('org.apache.hadoop.') || !value.includes('.') ? distance(simpleName(value), simpleName(known)) : Infinity;
    const d = Math.min(full <= 3 ? full : Infinity, shortOnly <= 2 ? shortOnly : Infinity);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return bestDistance === Infinity ? undefined : best;
}

export default defineRule({
  meta: {
    id: 'hdfs/proxy-provider-class',
    severity: 'error',
    description: 'dfs.client.failover.proxy.provider.<ns> names a misspelt provider class, or one the Hadoop version lacks',
    rationale:
      'The client loads the class named by `dfs.client.failover.proxy.provider.<ns>` when it opens the ' +
      'nameservice; a class that is not on the classpath stops every client with `Could not load failover ' +
      'proxy provider class`. Hadoop 2.7 ships only `ConfiguredFailoverProxyProvider` and ' +
      '`IPFailoverProxyProvider`; `RequestHedgingProxyProvider`, the observer-read providers and the router ' +
      'providers came later (all are in 3.4.1). A value a few characters away from a shipped class, or the ' +
      'class name without its package, is a misspelling. Custom classes that resemble no shipped one are ' +
      'left alone.',
    fix: 'Use `org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider` (or another class that your Hadoop version ships), spelt exactly.',
    references: [
      'NameNodeProxiesClient.java (3.4.1) L292-L296; NameNodeProxies.java (2.7.7) L479',
      'HDFSHighAvailabilityWithQJM.md (2.7.7) L207-L218, (3.4.1) L206-L221',
      'hdfs-default.xml (3.4.1) L4407 (dfs.client.failover.proxy.provider)',
    ],
    upstreamMessage: 'Could not load failover proxy provider class <value> which is configured for authority <uri>',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const v = cluster.hadoopVersion;
    const knownOld = isKnownRelease(v) && v.major === 2 && v.minor <= 7;
    for (const conf of cluster.confs) {
      for (const p of Object.values(conf.effective)) {
        if (!p.name.startsWith(PROXY_PROVIDER_KEY_PREFIX) || p.value === '' || p.unresolved.length > 0) continue;
        const span = locatedValue(p).span;
        if (KNOWN_PROVIDERS.includes(p.value)) {
          if (knownOld && NOT_IN_27.includes(p.value)) {
            once({ span, message: `${quote(p.value)} does not exist in Hadoop ${v.label}` });
          }
          continue;
        }
        const guess = meant(p.value);
        if (guess) once({ span, message: `${quote(p.value)} is not a Hadoop class; did you mean ${quote(guess)}?` });
      }
    }
  },
});
