import { HDFS_PORTS, YARN_PORTS, ZOOKEEPER_ADMIN_PORT, portFor, type DefaultPort } from '../knowledge/default-ports.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { Span } from '../text/span.ts';
import { parseAddress } from './hdfs-topology.ts';
import { atLeast } from './versions.ts';
import { HostIndex } from './host-index.ts';
import { namenodesOnHost, resourceManagersOnHost } from './daemons-on-host.ts';
import { hostKey, sameHost } from './host-names.ts';
import type { Address, HadoopConf, HostListFile, NameNode, PortUse, Role, RoleEvidence, RmService, Version, YarnConf, ZooCfgFile } from './types.ts';
import { rmServices } from './yarn-topology.ts';
import type { ZooServer } from '../parse/zoo-cfg.ts';

export interface Placement {
  readonly roles: RoleEvidence[];
  readonly ports: PortUse[];
}

interface Context {
  readonly host: string;
  readonly conf: HadoopConf | undefined;
  readonly zoo: ZooCfgFile | undefined;
  readonly zooServer: ZooServer | undefined;
  readonly workers: HostListFile | undefined;
  readonly hadoop: Version;
  readonly zookeeper: Version;
  /** The host's YARN/MapReduce configuration, when it has one. */
  readonly yarn?: YarnConf | undefined;
}

function portOf(a: Address | undefined): number | undefined {
  return a?.portNumber;
}

/** A port set by an address property, or the version's default anchored where the daemon is placed. */
function configuredOrDefault(
  conf: Pick<HadoopConf, 'effective'>,
  keys: readonly string[],
  fallback: DefaultPort,
  hadoop: Version,
  placedAt: Span,
): { port: number; span: Span; isDefault: boolean } {
  for (const key of keys) {
    const p = conf.effective[key];
    if (p && p.value !== '') {
      const a = parseAddress(p);
      if (a.portNumber !== undefined) return { port: a.portNumber, span: a.port!.span, isDefault: false };
    }
  }
  return { port: portFor(fallback, hadoop.major), span: placedAt, isDefault: true };
}

// Every host asks which NameNodes, JournalNode, ResourceManager and server address name it:
// indexes built once per list keep a model of thousands of hosts linear (see host-index.ts).
const JOURNAL_OF_HOST = new HostIndex<NonNullable<HadoopConf['hdfs']['journal']>['hosts'][number]>((jn) => [jn.host.value]);
const ADDRESS_OF_HOST = new HostIndex<ZooServer['addresses'][number]>((a) => [a.host.value]);

/** Whether a server line is an observer's: asked once per host the line names, answered once per line. */
const observers = new WeakMap<ZooServer, boolean>();
function isObserver(server: ZooServer): boolean {
  let observer = observers.get(server);
  if (observer === undefined) observers.set(server, (observer = server.addresses.some((a) => a.role?.value === 'observer')));
  return observer;
}

const workerIndex = new WeakMap<HostListFile, Map<string, HostListFile['list']['hosts'][number]>>();

/** The first entry of the workers file naming `host` (by hostKey), from an index built once per file. */
function workerEntry(workers: HostListFile, host: string): HostListFile['list']['hosts'][number] | undefined {
  let index = workerIndex.get(workers);
  if (!index) {
    index = new Map();
    for (const h of workers.list.hosts) if (!index.has(hostKey(h.value))) index.set(hostKey(h.value), h);
    workerIndex.set(workers, index);
  }
  return index.get(hostKey(host));
}

/** Which daemons run on a host and which ports they take, from the host's own configuration. */
export function placeDaemons(ctx: Context): Placement {
  const roles: RoleEvidence[] = [];
  const ports: PortUse[] = [];
  const add = (daemon: Role, purpose: string, p: { port: number; span: Span; isDefault: boolean }) =>
    ports.push({ daemon, purpose, ...p });
  const { conf, hadoop } = ctx;

  if (conf) {
    const hdfs = conf.hdfs;
    for (const { ns, nn } of namenodesOnHost(hdfs, ctx.host)) {
      const rpcHost = nn.rpc!.host!;
      roles.push({ role: 'NameNode', span: rpcHost.span });
      const suffix = `${ns.id.value}.${nn.id.value}`;
      if (portOf(nn.rpc) !== undefined) add('NameNode', 'rpc-address', { port: nn.rpc!.portNumber!, span: nn.rpc!.port!.span, isDefault: false });
      if (portOf(nn.servicerpc) !== undefined) add('NameNode', 'servicerpc-address', { port: nn.servicerpc!.portNumber!, span: nn.servicerpc!.port!.span, isDefault: false });
      add('NameNode', 'http-address', configuredOrDefault(conf, [`dfs.namenode.http-address.${suffix}`, 'dfs.namenode.http-address'], HDFS_PORTS.namenodeHttp, hadoop, rpcHost.span));
      const policy = conf.effective['dfs.http.policy']?.value.toUpperCase() ?? 'HTTP_ONLY';
      if (policy === 'HTTPS_ONLY' || policy === 'HTTP_AND_HTTPS') {
        add('NameNode', 'https-address', configuredOrDefault(conf, [`dfs.namenode.https-address.${suffix}`, 'dfs.namenode.https-address'], HDFS_PORTS.namenodeHttps, hadoop, rpcHost.span));
      }
      if (hdfs.automaticFailover) {
        roles.push({ role: 'ZKFC', span: rpcHost.span });
        add('ZKFC', 'dfs.ha.zkfc.port', zkfcPort(conf, ns.id.value, nn.id.value, rpcHost.span));
      }
    }
    const jn = hdfs.journal ? JOURNAL_OF_HOST.first(hdfs.journal.hosts, ctx.host) : undefined;
    if (jn) {
      roles.push({ role: 'JournalNode', span: jn.host.span });
      add('JournalNode', 'rpc-address', configuredOrDefault(conf, ['dfs.journalnode.rpc-address'], HDFS_PORTS.journalRpc, hadoop, jn.host.span));
      add('JournalNode', 'http-address', configuredOrDefault(conf, ['dfs.journalnode.http-address'], HDFS_PORTS.journalHttp, hadoop, jn.host.span));
    }
  }

  const worker = ctx.workers ? workerEntry(ctx.workers, ctx.host) : undefined;
  if (worker) {
    roles.push({ role: 'DataNode', span: worker.span });
    if (conf) {
      add('DataNode', 'dfs.datanode.address', configuredOrDefault(conf, ['dfs.datanode.address'], HDFS_PORTS.datanodeData, hadoop, worker.span));
      add('DataNode', 'dfs.datanode.ipc.address', configuredOrDefault(conf, ['dfs.datanode.ipc.address'], HDFS_PORTS.datanodeIpc, hadoop, worker.span));
      add('DataNode', 'dfs.datanode.http.address', configuredOrDefault(conf, ['dfs.datanode.http.address'], HDFS_PORTS.datanodeHttp, hadoop, worker.span));
    }
  }

  if (ctx.zoo && ctx.zooServer) placeZooKeeper(ctx.zoo, ctx.zooServer, ctx, roles, add);
  if (ctx.yarn) placeYarn(ctx.yarn, worker?.span, ctx, roles, add);
  return { roles, ports };
}

/** The default port of each ResourceManager service (yarn-default.xml). */
export const RM_PORTS: Record<RmService, DefaultPort> = {
  address: YARN_PORTS.rmAddress,
  'scheduler.address': YARN_PORTS.rmScheduler,
  'resource-tracker.address': YARN_PORTS.rmResourceTracker,
  'admin.address': YARN_PORTS.rmAdmin,
  'webapp.address': YARN_PORTS.rmWebapp,
  'webapp.https.address': YARN_PORTS.rmWebappHttps,
};

/**
 * ResourceManagers on the hosts their rm-id (or the generic hostname) names; NodeManagers on
 * the workers/slaves hosts, where start-yarn.sh starts them, once YARN names a ResourceManager;
 * the JobHistoryServer on the host of mapreduce.jobhistory.address.
 */
function placeYarn(
  yarn: YarnConf,
  workerSpan: Span | undefined,
  ctx: Context,
  roles: RoleEvidence[],
  add: (daemon: Role, purpose: string, p: { port: number; span: Span; isDefault: boolean }) => void,
): void {
  const { hadoop } = ctx;
  const topo = yarn.yarn;
  const rm = resourceManagersOnHost(topo, ctx.host)[0];
  if (rm?.host) {
    roles.push({ role: 'ResourceManager', span: rm.host.span });
    for (const s of rmServices(yarn)) {
      // HA: the rm-id's own key, else hostname.<rm-id> with the default port (HAUtil.checkAndSetRMRPCAddress).
      const a = rm.addresses[s];
      add('ResourceManager', `yarn.resourcemanager.${s}`, a?.portNumber !== undefined
        ? { port: a.portNumber, span: a.port!.span, isDefault: false }
        : { port: portFor(RM_PORTS[s], hadoop.major), span: rm.host.span, isDefault: true });
    }
  }
  if (workerSpan && topo.resourceManagers.length > 0) {
    roles.push({ role: 'NodeManager', span: workerSpan });
    add('NodeManager', 'yarn.nodemanager.localizer.address', configuredOrDefault(yarn, ['yarn.nodemanager.localizer.address'], YARN_PORTS.nmLocalizer, hadoop, workerSpan));
    add('NodeManager', 'yarn.nodemanager.webapp.address', configuredOrDefault(yarn, ['yarn.nodemanager.webapp.address'], YARN_PORTS.nmWebapp, hadoop, workerSpan));
    const nmAddress = yarn.effective['yarn.nodemanager.address'];
    const nm = nmAddress && nmAddress.value !== '' ? parseAddress(nmAddress) : undefined;
    // The default port 0 is ephemeral: only a fixed port can collide.
    if (nm?.portNumber) add('NodeManager', 'yarn.nodemanager.address', { port: nm.portNumber, span: nm.port!.span, isDefault: false });
    const aux = yarn.effective['yarn.nodemanager.aux-services']?.value.split(',').map((x) => x.trim()) ?? [];
    if (aux.includes('mapreduce_shuffle')) {
      const p = yarn.effective['mapreduce.shuffle.port'] ?? yarn.mapred?.effective['mapreduce.shuffle.port'];
      const n = p && /^\d+$/.test(p.value) ? Number(p.value) : undefined;
      add('NodeManager', 'mapreduce.shuffle.port', n !== undefined && p
        ? { port: n, span: p.prop.value?.span ?? p.prop.span, isDefault: false }
        : { port: portFor(YARN_PORTS.shuffle, hadoop.major), span: workerSpan, isDefault: true });
    }
  }
  const mapred = yarn.mapred;
  const jhs = mapred?.effective['mapreduce.jobhistory.address'];
  const jhsAddress = jhs && jhs.value !== '' ? parseAddress(jhs) : undefined;
  if (mapred && jhsAddress?.host && sameHost(jhsAddress.host.value, ctx.host)) {
    const at = jhsAddress.host.span;
    roles.push({ role: 'JobHistoryServer', span: at });
    add('JobHistoryServer', 'mapreduce.jobhistory.address', configuredOrDefault(mapred, ['mapreduce.jobhistory.address'], YARN_PORTS.jhsAddress, hadoop, at));
    add('JobHistoryServer', 'mapreduce.jobhistory.webapp.address', configuredOrDefault(mapred, ['mapreduce.jobhistory.webapp.address'], YARN_PORTS.jhsWebapp, hadoop, at));
    add('JobHistoryServer', 'mapreduce.jobhistory.admin.address', configuredOrDefault(mapred, ['mapreduce.jobhistory.admin.address'], YARN_PORTS.jhsAdmin, hadoop, at));
  }
}

function zkfcPort(conf: HadoopConf, ns: string, nn: string, placedAt: Span) {
  // NameNode.NAMENODE_SPECIFIC_KEYS: key.<ns>.<nn>, then key.<ns>, then key.
  for (const key of [`dfs.ha.zkfc.port.${ns}.${nn}`, `dfs.ha.zkfc.port.${ns}`, 'dfs.ha.zkfc.port']) {
    const p = conf.effective[key];
    const n = p && /^\d+$/.test(p.value) ? Number(p.value) : undefined;
    if (p && n !== undefined) return { port: n, span: p.prop.value?.span ?? p.prop.span, isDefault: false };
  }
  return { port: HDFS_PORTS.zkfc.v3, span: placedAt, isDefault: true };
}

function placeZooKeeper(
  zoo: ZooCfgFile,
  server: ZooServer,
  ctx: Context,
  roles: RoleEvidence[],
  add: (daemon: Role, purpose: string, p: { port: number; span: Span; isDefault: boolean }) => void,
): void {
  const observer = isObserver(server);
  const daemon: Role = observer ? 'ZooKeeperObserver' : 'ZooKeeper';
  roles.push({ role: daemon, span: server.id.span });
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
  const clientPort = zooValue(zoo.zoo, 'clientPort');
  const cp = num(server.client?.port.value) ?? num(clientPort?.value.value);
  if (cp !== undefined) {
    add(daemon, 'clientPort', { port: cp, span: server.client?.port.span ?? clientPort!.value.span, isDefault: false });
  }
  const own = ADDRESS_OF_HOST.all(server, () => server.addresses, ctx.host)[0] ?? server.addresses[0];
  const qp = num(own?.quorumPort?.value);
  if (qp !== undefined) add(daemon, 'quorum port', { port: qp, span: own!.quorumPort!.span, isDefault: false });
  const ep = num(own?.electionPort?.value);
  if (ep !== undefined) add(daemon, 'election port', { port: ep, span: own!.electionPort!.span, isDefault: false });
  const secure = zooValue(zoo.zoo, 'secureClientPort');
  const sp = num(secure?.value.value);
  if (sp !== undefined) add(daemon, 'secureClientPort', { port: sp, span: secure!.value.span, isDefault: false });
  if (atLeast(ctx.zookeeper, 3, 5)) {
    const enabled = zooValue(zoo.zoo, 'admin.enableServer');
    if (enabled?.value.value.toLowerCase() !== 'false') {
      const port = zooValue(zoo.zoo, 'admin.serverPort');
      const n = num(port?.value.value);
      add(daemon, 'admin.serverPort', n !== undefined
        ? { port: n, span: port!.value.span, isDefault: false }
        : { port: ZOOKEEPER_ADMIN_PORT, span: server.id.span, isDefault: true });
    }
  }
}
