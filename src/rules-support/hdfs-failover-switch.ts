/**
 * How the two readers of the automatic-failover switch see it: the NameNode and
 * its ZKFC resolve `dfs.ha.automatic-failover.enabled.<ns>` first
 * (NameNode.NAMESERVICE_SPECIFIC_KEYS), while start-dfs.sh asks
 * `hdfs getconf -confKey dfs.ha.automatic-failover.enabled`, the plain key only.
 */
import type { ConfProperty, HadoopConf } from '../model/types.ts';
import { isSet } from './hdfs-ha-keys.ts';

export const AUTO_FAILOVER_KEY = 'dfs.ha.automatic-failover.enabled';

/** Configuration.getBoolean: trimmed, "true"/"false" ignoring case; anything else is not a boolean. */
export function booleanOf(p: ConfProperty | undefined): boolean | undefined {
  if (!isSet(p) || p.unresolved.length > 0) return undefined;
  const v = p.value.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

/** The property that decides automatic failover for a nameservice, as the NameNode resolves it. */
export function failoverSwitch(conf: HadoopConf, ns: string): ConfProperty | undefined {
  const specific = conf.effective[`${AUTO_FAILOVER_KEY}.${ns}`];
  return isSet(specific) ? specific : conf.effective[AUTO_FAILOVER_KEY];
}
