/**
 * Which configurations the hosts of each role use, indexed once per cluster.
 *
 * Rules ask "may a daemon of this role load this configuration?" inside a loop over
 * the cluster's configurations; answering by scanning the hosts each time costs
 * configurations x hosts, quadratic when every host's files differ (issue #17: 30,000
 * such hosts took 20 minutes). The model is frozen once built (src/model/build.ts), so
 * an index keyed by the cluster object stays right for the cluster's lifetime.
 */
import type { Cluster, HadoopConf, Role, YarnConf } from '../model/types.ts';

export interface RoleHosts {
  /** Some host runs the role. */
  readonly any: boolean;
  /** The names of the hosts that run it. */
  readonly names: ReadonlySet<string>;
  /** The Hadoop configurations (Host.conf) of the hosts that run it. */
  readonly hadoopConfs: ReadonlySet<HadoopConf>;
  /** The YARN configurations (Host.yarn) of the hosts that run it. */
  readonly yarnConfs: ReadonlySet<YarnConf>;
}

const byCluster = new WeakMap<Cluster, Map<Role, RoleHosts>>();

/** The hosts of `cluster` that run `role` (one role evidence is enough), summarised. */
export function roleHosts(cluster: Cluster, role: Role): RoleHosts {
  let roles = byCluster.get(cluster);
  if (roles === undefined) {
    roles = indexRoles(cluster);
    byCluster.set(cluster, roles);
  }
  return roles.get(role) ?? NONE;
}

const NONE: RoleHosts = { any: false, names: new Set(), hadoopConfs: new Set(), yarnConfs: new Set() };

function indexRoles(cluster: Cluster): Map<Role, RoleHosts> {
  const out = new Map<Role, { any: boolean; names: Set<string>; hadoopConfs: Set<HadoopConf>; yarnConfs: Set<YarnConf> }>();
  for (const host of cluster.hosts) {
    for (const { role } of host.roles) {
      let entry = out.get(role);
      if (entry === undefined) {
        entry = { any: true, names: new Set(), hadoopConfs: new Set(), yarnConfs: new Set() };
        out.set(role, entry);
      }
      entry.names.add(host.name);
      if (host.conf !== undefined) entry.hadoopConfs.add(host.conf);
      if (host.yarn !== undefined) entry.yarnConfs.add(host.yarn);
    }
  }
  return out;
}

/**
 * Whether a daemon of `role` may load a Hadoop configuration: a host using it runs
 * one, or nothing places the role on any host (a shared directory, or addresses that
 * name no host folder), or no host uses the configuration.
 */
export function hadoopConfLoadedBy(cluster: Cluster, conf: HadoopConf, role: Role): boolean {
  const r = roleHosts(cluster, role);
  if (!r.any || conf.hosts.length === 0) return true;
  return r.hadoopConfs.has(conf);
}

/** As hadoopConfLoadedBy, for a YARN configuration (Host.yarn). */
export function yarnConfLoadedBy(cluster: Cluster, conf: YarnConf, role: Role): boolean {
  const r = roleHosts(cluster, role);
  if (!r.any || conf.hosts.length === 0) return true;
  return r.yarnConfs.has(conf);
}
