/**
 * ResourceManager recovery as the RM reads it (ResourceManager.serviceInit ->
 * RMStateStoreFactory): yarn.resourcemanager.recovery.enabled (default false)
 * and yarn.resourcemanager.store.class (default FileSystemRMStateStore).
 */
import type { Cluster, ConfProperty, YarnConf } from '../model/types.ts';
import { ZK_STATE_STORE } from '../model/yarn-topology.ts';
import { booleanOf } from './hdfs-failover-switch.ts';
import { isSet } from './hdfs-ha-keys.ts';
import { yarnConfLoadedBy } from './role-hosts.ts';

export { ZK_STATE_STORE };
export const RECOVERY_KEY = 'yarn.resourcemanager.recovery.enabled';
export const STORE_KEY = 'yarn.resourcemanager.store.class';
/** yarn-default.xml (2.7.7, 3.4.1) yarn.resourcemanager.store.class. */
export const DEFAULT_STORE = 'org.apache.hadoop.yarn.server.resourcemanager.recovery.FileSystemRMStateStore';

export interface RmRecovery {
  readonly recovery: ConfProperty | undefined;
  /** true/false as getBoolean reads it (default false); undefined when the value is not a boolean. */
  readonly enabled: boolean | undefined;
  readonly store: ConfProperty | undefined;
  readonly storeClass: string;
}

export function rmRecovery(conf: YarnConf): RmRecovery | undefined {
  const recovery = conf.effective[RECOVERY_KEY];
  const store = conf.effective[STORE_KEY];
  if (recovery?.unresolved.length || store?.unresolved.length) return undefined;
  const enabled = isSet(recovery) ? booleanOf(recovery) : false;
  return { recovery: isSet(recovery) ? recovery : undefined, enabled, store: isSet(store) ? store : undefined, storeClass: isSet(store) ? store.value : DEFAULT_STORE };
}

/**
 * Whether a ResourceManager may load this YARN configuration: a host using it
 * runs one, or nothing places a ResourceManager on a host of this directory.
 */
export function loadedByResourceManager(cluster: Cluster, conf: YarnConf): boolean {
  return yarnConfLoadedBy(cluster, conf, 'ResourceManager');
}

export function shortClass(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
