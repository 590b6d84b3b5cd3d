/**
 * The YARN view of a configuration: the ResourceManager HA topology as the RM
 * reads it (HAUtil.verifyAndSetConfiguration), and the distinct YARN/MapReduce
 * configurations of the hosts (core-site + yarn-site, and mapred-site for MapReduce).
 */
import type { FileKind } from '../discover.ts';
import { buildConf } from './hadoop-conf.ts';
import { listItems, locatedValue, parseAddress } from './hdfs-topology.ts';
import { connectEntries } from './connect-string.ts';
import { isWildcard } from './host-names.ts';
import type { Address, ClusterFile, ConfProperty, HadoopConf, ResourceManagerId, RmService, Version, XmlFile, YarnConf, YarnTopology } from './types.ts';

/** The RM services whose address HAUtil requires per rm-id; the web one depends on yarn.http.policy. */
export const RM_SERVICES: readonly RmService[] = ['address', 'scheduler.address', 'resource-tracker.address', 'admin.address', 'webapp.address', 'webapp.https.address'];

/** ZKRMStateStore, the store the HA guide recommends (ResourceManagerHA.md "Recovering previous active-RM's state"). */
export const ZK_STATE_STORE = 'org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore';

type ConfLike = Pick<HadoopConf, 'effective'>;

function set(conf: ConfLike, key: string): ConfProperty | undefined {
  const p = conf.effective[key];
  return p && p.value !== '' ? p : undefined;
}

/** Configuration.getBoolean: "true"/"false" in any case, else the default. */
export function confBoolean(conf: ConfLike, key: string, fallback: boolean): boolean {
  const v = conf.effective[key]?.value.toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : fallback;
}

/**
 * The web service the RM binds: yarn.http.policy HTTPS_ONLY means the https
 * address, anything else the http one (YarnConfiguration.getServiceAddressConfKeys).
 */
export function rmServices(conf: ConfLike): RmService[] {
  const https = conf.effective['yarn.http.policy']?.value.toUpperCase() === 'HTTPS_ONLY';
  return RM_SERVICES.filter((s) => (https ? s !== 'webapp.address' : s !== 'webapp.https.address'));
}

function hostOf(hostname: ConfProperty | undefined, addresses: Partial<Record<RmService, Address>>) {
  const candidates = [hostname ? locatedValue(hostname) : undefined, ...RM_SERVICES.map((s) => addresses[s]?.host)];
  const h = candidates.find((c) => c !== undefined && c.value !== '');
  return h && !isWildcard(h.value) && !/[${}]/.test(h.value) ? h : undefined;
}

function resourceManager(conf: ConfLike, id: ResourceManagerId['id']): ResourceManagerId {
  const suffix = id ? `.${id.value}` : '';
  const hostname = set(conf, `yarn.resourcemanager.hostname${suffix}`);
  const addresses: Partial<Record<RmService, Address>> = {};
  for (const s of RM_SERVICES) {
    const p = set(conf, `yarn.resourcemanager.${s}${suffix}`);
    if (p) addresses[s] = parseAddress(p);
  }
  return { id, hostname, addresses, host: hostOf(hostname, addresses) };
}

export function yarnTopology(conf: ConfLike, version: Version): YarnTopology {
  const haEnabledProperty = conf.effective['yarn.resourcemanager.ha.enabled'];
  const haEnabled = confBoolean(conf, 'yarn.resourcemanager.ha.enabled', false);
  const rmIdsProperty = set(conf, 'yarn.resourcemanager.ha.rm-ids');
  const resourceManagers = haEnabled
    ? (rmIdsProperty ? listItems(rmIdsProperty, version) : []).map((id) => resourceManager(conf, id))
    : [resourceManager(conf, undefined)].filter((rm) => rm.host !== undefined);
  // Both default to true (yarn-default.xml 2.7.7 L519, L529).
  const embeddedFailover = haEnabled
    && confBoolean(conf, 'yarn.resourcemanager.ha.automatic-failover.enabled', true)
    && confBoolean(conf, 'yarn.resourcemanager.ha.automatic-failover.embedded', true);
  const store = set(conf, 'yarn.resourcemanager.store.class');
  const zkStateStore = confBoolean(conf, 'yarn.resourcemanager.recovery.enabled', false) && store?.value === ZK_STATE_STORE ? store : undefined;
  // 3.x reads hadoop.zk.address; yarn.resourcemanager.zk-address is its deprecated name (YarnConfiguration DeprecationDelta).
  const zkAddressKey = version.major >= 3 ? 'hadoop.zk.address' : 'yarn.resourcemanager.zk-address';
  const zk = version.major >= 3 ? set(conf, 'hadoop.zk.address') ?? set(conf, 'yarn.resourcemanager.zk-address') : set(conf, 'yarn.resourcemanager.zk-address');
  return {
    haEnabledProperty,
    haEnabled,
    rmIdsProperty,
    resourceManagers,
    haId: set(conf, 'yarn.resourcemanager.ha.id'),
    clusterId: set(conf, 'yarn.resourcemanager.cluster-id'),
    embeddedFailover,
    zkStateStore,
    zkAddressKey,
    zkAddress: zk ? { property: zk, entries: connectEntries(locatedValue(zk)) } : undefined,
  };
}

interface Candidate {
  readonly host: string | undefined;
  readonly files: Partial<Record<FileKind, ClusterFile>>;
}

function xml(files: Partial<Record<FileKind, ClusterFile>>, kind: FileKind): XmlFile | undefined {
  const f = files[kind];
  return f && 'xml' in f ? f : undefined;
}

/**
 * The distinct YARN/MapReduce configurations: for every host (and the shared files) with a
 * yarn-site.xml or mapred-site.xml, core-site + yarn-site as the daemons load them and
 * core-site + mapred-site + yarn-site as JobConf does; identical copies share one.
 */
export function buildYarnConfs(candidates: readonly Candidate[], version: Version, byPath: (a: ClusterFile, b: ClusterFile) => number): { confs: YarnConf[]; ofHost: Map<string, YarnConf> } {
  const groups = new Map<string, { key: string; core: XmlFile | undefined; yarnSite: XmlFile | undefined; mapredSite: XmlFile | undefined; hosts: string[] }>();
  for (const c of candidates) {
    const core = xml(c.files, 'core-site.xml');
    const yarnSite = xml(c.files, 'yarn-site.xml');
    const mapredSite = xml(c.files, 'mapred-site.xml');
    if (!yarnSite && !mapredSite) continue;
    const key = [core?.hash, yarnSite?.hash, mapredSite?.hash].join('|');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, core, yarnSite, mapredSite, hosts: [] }));
    if (c.host !== undefined) g.hosts.push(c.host);
  }
  const confs: YarnConf[] = [...groups.values()].map((g) => {
    const daemonFiles = [g.core, g.yarnSite].filter((f): f is XmlFile => f !== undefined);
    const base = buildConf(daemonFiles, g.hosts, version);
    const mapredFiles = [g.core, g.mapredSite, g.yarnSite].filter((f): f is XmlFile => f !== undefined);
    const mapred = g.mapredSite ? buildConf(mapredFiles, [], version) : undefined;
    return {
      ...base,
      files: [g.core, g.yarnSite, g.mapredSite].filter((f): f is XmlFile => f !== undefined),
      yarnSite: g.yarnSite,
      mapredSite: g.mapredSite,
      mapred: mapred && { files: mapred.files, definitions: mapred.definitions, effective: mapred.effective },
      yarn: yarnTopology(base, version),
    };
  });
  const first = (c: YarnConf) => (c.yarnSite ?? c.mapredSite)!;
  confs.sort((a, b) => b.hosts.length - a.hosts.length || byPath(first(a), first(b)));
  const ofHost = new Map<string, YarnConf>();
  for (const c of confs) for (const h of c.hosts) ofHost.set(h, c);
  return { confs, ofHost };
}
