/**
 * Failover proxy provider classes that Hadoop ships, per release line
 * (facts a.7: the *ProxyProvider*.java files under server/namenode/ha in the
 * 2.7.7 and 3.4.1 trees).
 */
export const PROXY_PROVIDER_PACKAGE = 'org.apache.hadoop.hdfs.server.namenode.ha.';
export const PROXY_PROVIDER_KEY_PREFIX = 'dfs.client.failover.proxy.provider.';

const IN_277 = ['ConfiguredFailoverProxyProvider', 'IPFailoverProxyProvider'];
const IN_341 = [
  'ConfiguredFailoverProxyProvider', 'IPFailoverProxyProvider', 'RequestHedgingProxyProvider',
  'ObserverReadProxyProvider', 'ObserverReadProxyProviderWithIPFailover', 'RouterObserverReadProxyProvider',
  'RouterObserverReadConfiguredFailoverProxyProvider', 'InMemoryAliasMapFailoverProxyProvider',
];

/** Every provider class of any release, fully qualified. */
export const KNOWN_PROVIDERS: readonly string[] = IN_341.map((c) => PROXY_PROVIDER_PACKAGE + c);

/** Provider classes that Hadoop 2.7 and older lack, fully qualified. */
export const NOT_IN_27: readonly string[] = IN_341.filter((c) => !IN_277.includes(c)).map((c) => PROXY_PROVIDER_PACKAGE + c);
