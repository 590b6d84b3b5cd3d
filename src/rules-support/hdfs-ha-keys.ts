/**
 * Shared helpers of the hdfs/ rules about the journal quorum, fencing,
 * automatic failover and storage: which nameservices are HA, which
 * configurations a NameNode (and its ZKFC) loads, and the suffixed key
 * lookups Hadoop performs.
 */
import type { Cluster, ConfProperty, HadoopConf, Nameservice } from '../model/types.ts';
import { hadoopConfLoadedBy } from './role-hosts.ts';

/** A property with a value a rule can judge: set, not empty, every ${var} resolved. */
export function usable(p: ConfProperty | undefined): p is ConfProperty {
  return p !== undefined && p.value !== '' && p.unresolved.length === 0;
}

/** Set in a site file (an empty <value> leaves a key unset in Hadoop's Configuration). */
export function isSet(p: ConfProperty | undefined): p is ConfProperty {
  return p !== undefined && p.raw.trim() !== '';
}

/** Nameservices with at least two NameNodes in `dfs.ha.namenodes.<ns>`. */
export function haNameservices(conf: HadoopConf): Nameservice[] {
  return conf.hdfs.nameservices.filter((ns) => ns.namenodes.length >= 2);
}

export function isHaConf(conf: HadoopConf): boolean {
  return haNameservices(conf).length > 0;
}

/**
 * Whether a NameNode (and so its ZKFC) may load this configuration: a host
 * using it runs a NameNode, or nothing places a NameNode on any host (a
 * shared directory, or addresses that name no host folder). Rules ask it for every
 * configuration: the NameNode hosts' configurations are indexed once per cluster.
 */
export function loadedByNameNode(cluster: Cluster, conf: HadoopConf): boolean {
  return hadoopConfLoadedBy(cluster, conf, 'NameNode');
}

/** NameNode-specific lookup (DFSUtil): `key.<ns>.<nn>`, then `key.<ns>`, then `key`. */
export function nnKey(conf: HadoopConf, key: string, ns: string, nn: string): ConfProperty | undefined {
  for (const k of [`${key}.${ns}.${nn}`, `${key}.${ns}`, key]) {
    const p = conf.effective[k];
    if (isSet(p)) return p;
  }
  return undefined;
}

/**
 * The property that enables automatic failover for a nameservice:
 * `dfs.ha.automatic-failover.enabled.<ns>` when set, else the generic key
 * (NameNode.NAMESERVICE_SPECIFIC_KEYS); undefined unless its value is true.
 */
export function automaticFailoverProperty(conf: HadoopConf, ns: string): ConfProperty | undefined {
  const specific = conf.effective[`dfs.ha.automatic-failover.enabled.${ns}`];
  const p = isSet(specific) ? specific : conf.effective['dfs.ha.automatic-failover.enabled'];
  return p && p.value.toLowerCase() === 'true' ? p : undefined;
}

/** Effective definitions of `key` and of `key.<ns>[.<nn>]` for a declared nameservice. */
export function keyAndSuffixed(conf: HadoopConf, key: string): ConfProperty[] {
  const ids = conf.hdfs.nameservices.map((ns) => ns.id.value);
  return Object.values(conf.effective).filter((p) => {
    if (p.name === key) return true;
    if (!p.name.startsWith(`${key}.`)) return false;
    return ids.includes(p.name.slice(key.length + 1).split('.')[0]!);
  });
}

/** The nameservice a suffixed key names (`key.<ns>` or `key.<ns>.<nn>`), undefined for the plain key. */
export function suffixNameservice(p: ConfProperty, key: string): string | undefined {
  return p.name === key ? undefined : p.name.slice(key.length + 1).split('.')[0];
}
