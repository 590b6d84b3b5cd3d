import { HDFS_PORTS, ZOOKEEPER_ADMIN_PORT, portFor, type DefaultPort } from '../knowledge/default-ports.ts';
import { zooValue } from '../parse/zoo-cfg.ts';
import type { Span } from '../text/span.ts';
import { parseAddress } from './hdfs-topology.ts';
import { atLeast } from './versions.ts';
import { sameHost } from './host-names.ts';
import type { Address, HadoopConf, HostListFile, PortUse, Role, RoleEvidence, Version, ZooCfgFile } from './types.ts';
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
}

function portOf(a: Address | undefined): number | undefined {
  return a?.portNumber;
}

/** A port set by an address property, or the version's default anchored where the daemon is placed. */
function configuredOrDefault(
  conf: HadoopConf,
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

/** Which daemons run on a host and which ports they take, from the host's own configuration. */
export function placeDaemons(ctx: Context): Placement {
  const roles: RoleEvidence[] = [];
  const ports: PortUse[] = [];
  const add = (daemon: Role, purpose: string, p: { port: number; span: Span; isDefault: boolean }) =>
    ports.push({ daemon, purpose, ...p });
  const { conf, hadoop } = ctx;

  if (conf) {
    const hdfs = conf.hdfs;
    for (const ns of hdfs.nameservices) {
      for (const nn of ns.namenodes) {
        const rpcHost = nn.rpc?.host;
        if (!rpcHost || !sameHost(rpcHost.value, ctx.host)) continue;
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
    }
    for (const jn of hdfs.journal?.hosts ?? []) {
      if (!sameHost(jn.host.value, ctx.host)) continue;
      roles.push({ role: 'JournalNode', span: jn.host.span });
      add('JournalNode', 'rpc-address', configuredOrDefault(conf, ['dfs.journalnode.rpc-address'], HDFS_PORTS.journalRpc, hadoop, jn.host.span));
      add('JournalNode', 'http-address', configuredOrDefault(conf, ['dfs.journalnode.http-address'], HDFS_PORTS.journalHttp, hadoop, jn.host.span));
      break;
    }
  }

  const worker = ctx.workers?.list.hosts.find((h) => sameHost(h.value, ctx.host));
  if (worker) {
    roles.push({ role: 'DataNode', span: worker.span });
    if (conf) {
      add('DataNode', 'dfs.datanode.address', configuredOrDefault(conf, ['dfs.datanode.address'], HDFS_PORTS.datanodeData, hadoop, worker.span));
      add('DataNode', 'dfs.datanode.ipc.address', configuredOrDefault(conf, ['dfs.datanode.ipc.address'], HDFS_PORTS.datanodeIpc, hadoop, worker.span));
      add('DataNode', 'dfs.datanode.http.address', configuredOrDefault(conf, ['dfs.datanode.http.address'], HDFS_PORTS.datanodeHttp, hadoop, worker.span));
    }
  }

  if (ctx.zoo && ctx.zooServer) placeZooKeeper(ctx.zoo, ctx.zooServer, ctx, roles, add);
  return { roles, ports };
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
  const observer = server.addresses.some((a) => a.role?.value === 'observer');
  const daemon: Role = observer ? 'ZooKeeperObserver' : 'ZooKeeper';
  roles.push({ role: daemon, span: server.id.span });
  const num = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
  const clientPort = zooValue(zoo.zoo, 'clientPort');
  const cp = num(server.client?.port.value) ?? num(clientPort?.value.value);
  if (cp !== undefined) {
    add(daemon, 'clientPort', { port: cp, span: server.client?.port.span ?? clientPort!.value.span, isDefault: false });
  }
  const own = server.addresses.find((a) => sameHost(a.host.value, ctx.host)) ?? server.addresses[0];
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
