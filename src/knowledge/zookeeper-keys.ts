/**
 * Keys ZooKeeper reads from zoo.cfg, by version, and their types.
 *
 * Source: QuorumPeerConfig.parseProperties of ZooKeeper 3.4.14 (L171-277) and
 * master (L271-384), as summarised in docs/reference/hadoop-zookeeper-facts.md
 * section d.2 (keys QuorumPeerConfig reads) and d.6 (when each appeared). Keys
 * QuorumPeerConfig does not consume become the Java system property
 * `zookeeper.<key>` (QPC 3.4.14 L275-277, master L382-384); the ones the
 * administrator's guide documents for zoo.cfg (zookeeperAdmin.md, 3.8.6) are
 * listed as `systemProperty` so that a near miss of them is recognised too.
 */
export type ZooKeyType = 'int' | 'long' | 'boolean' | 'string' | 'path' | 'systemProperty';

export interface ZooKey {
  readonly name: string;
  readonly type: ZooKeyType;
  /** First release line (major, minor) whose QuorumPeerConfig reads the key. */
  readonly since: readonly [number, number];
}

const k = (name: string, type: ZooKeyType, since: readonly [number, number] = [3, 4]): ZooKey => ({ name, type, since });

export const ZOOKEEPER_KEYS: readonly ZooKey[] = [
  // QuorumPeerConfig.parseProperties, 3.4.14
  k('dataDir', 'path'),
  k('dataLogDir', 'path'),
  k('clientPort', 'int'),
  k('clientPortAddress', 'string'),
  k('tickTime', 'int'),
  k('maxClientCnxns', 'int'),
  k('minSessionTimeout', 'int'),
  k('maxSessionTimeout', 'int'),
  k('initLimit', 'int'),
  k('syncLimit', 'int'),
  k('electionAlg', 'int'),
  k('quorumListenOnAllIPs', 'boolean'),
  k('syncEnabled', 'boolean'),
  k('peerType', 'string'),
  k('autopurge.snapRetainCount', 'int'),
  k('autopurge.purgeInterval', 'int'),
  // QuorumPeerConfig.parseProperties, 3.5+
  k('localSessionsEnabled', 'boolean', [3, 5]),
  k('localSessionsUpgradingEnabled', 'boolean', [3, 5]),
  k('secureClientPort', 'int', [3, 5]),
  k('secureClientPortAddress', 'string', [3, 5]),
  k('dynamicConfigFile', 'path', [3, 5]),
  k('standaloneEnabled', 'boolean', [3, 5]),
  k('reconfigEnabled', 'boolean', [3, 5]),
  k('sslQuorum', 'boolean', [3, 5]),
  k('portUnification', 'boolean', [3, 5]),
  k('quorum.auth.enableSasl', 'boolean', [3, 5]),
  k('quorum.auth.serverRequireSasl', 'boolean', [3, 5]),
  k('quorum.auth.learnerRequireSasl', 'boolean', [3, 5]),
  k('quorum.auth.learner.saslLoginContext', 'string', [3, 5]),
  k('quorum.auth.server.saslLoginContext', 'string', [3, 5]),
  k('quorum.auth.kerberos.servicePrincipal', 'string', [3, 5]),
  k('quorum.cnxn.threads.size', 'int', [3, 5]),
  // QuorumPeerConfig.parseProperties, 3.6+
  k('connectToLearnerMasterLimit', 'int', [3, 6]),
  k('observerMasterPort', 'int', [3, 6]),
  k('sslQuorumReloadCertFiles', 'boolean', [3, 6]),
  k('multiAddress.enabled', 'boolean', [3, 6]),
  k('multiAddress.reachabilityCheckTimeoutMs', 'int', [3, 6]),
  k('multiAddress.reachabilityCheckEnabled', 'boolean', [3, 6]),
  k('metricsProvider.className', 'string', [3, 6]),
  k('jvm.pause.info-threshold.ms', 'long', [3, 6]),
  k('jvm.pause.warn-threshold.ms', 'long', [3, 6]),
  k('jvm.pause.sleep.time.ms', 'long', [3, 6]),
  k('jvm.pause.monitor', 'boolean', [3, 6]),
  k('clientPortListenBacklog', 'int', [3, 7]),
  k('oraclePath', 'path', [3, 9]),
  // Documented zoo.cfg keys that reach ZooKeeper as zookeeper.<key> system properties
  k('4lw.commands.whitelist', 'systemProperty'),
  k('admin.enableServer', 'systemProperty', [3, 5]),
  k('admin.serverAddress', 'systemProperty', [3, 5]),
  k('admin.serverPort', 'systemProperty', [3, 5]),
  k('admin.idleTimeout', 'systemProperty', [3, 5]),
  k('admin.commandURL', 'systemProperty', [3, 5]),
  k('globalOutstandingLimit', 'systemProperty'),
  k('preAllocSize', 'systemProperty'),
  k('snapCount', 'systemProperty'),
  k('snapSizeLimitInKb', 'systemProperty', [3, 6]),
  k('commitLogCount', 'systemProperty', [3, 6]),
  k('txnLogSizeLimitInKb', 'systemProperty', [3, 6]),
  k('maxCnxns', 'systemProperty', [3, 6]),
  k('forceSync', 'systemProperty'),
  k('fsync.warningthresholdms', 'systemProperty'),
  k('leaderServes', 'systemProperty'),
  k('cnxTimeout', 'systemProperty'),
  k('skipACL', 'systemProperty'),
  k('serverCnxnFactory', 'systemProperty'),
  k('snapshot.trust.empty', 'systemProperty', [3, 5]),
  k('audit.enable', 'systemProperty', [3, 6]),
  k('extendedTypesEnabled', 'systemProperty', [3, 5]),
  k('emulate353TTLNodes', 'systemProperty', [3, 5]),
  k('electionPortBindRetry', 'systemProperty', [3, 5]),
];

/** Prefixes QuorumPeerConfig consumes whatever follows (server.N, group.N, weight.N, metricsProvider.*). */
export const ZOOKEEPER_KEY_PREFIXES: readonly string[] = ['server.', 'group', 'weight', 'metricsProvider.'];

export function zooKey(name: string): ZooKey | undefined {
  return ZOOKEEPER_KEYS.find((key) => key.name === name);
}
