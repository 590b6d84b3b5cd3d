/**
 * Turns a cluster directory into the ZooKeeper processes it describes: which hosts run
 * ZooKeeper, the zoo.cfg each reads and the myid in its dataDir, with host names mapped to
 * per-host loopback addresses. The zoo.cfg copy keeps every line of the original at its
 * line number; only these changes are made, so ZooKeeper's verdict is about the original:
 *
 * - `server.N` hosts that are IP literals, and wildcard or missing client addresses of the
 *   `;clientPort` part, are replaced in place by the loopback address of the server's host
 *   (names resolve through the hosts file instead, unchanged);
 * - after the last line: dataDir and dataLogDir (when set) point into the scratch folder, and
 *   clientPortAddress (when clientPort is set and the address is unset or a wildcard) is the
 *   host's address. java.util.Properties keeps the last value of a key, so these win.
 *
 * Where the directory says nothing about a host's myid (a one-folder layout, or a host with
 * no snapshot folder), the host gets the id of the server line that names it: a directory
 * that does not hold myid files is not judged on them, as hacheck does not judge it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { buildCluster } from '../../src/model/build.ts';
import { hostKey, sameHost } from '../../src/model/host-names.ts';
import type { Cluster, Host } from '../../src/model/types.ts';
import { readProperties } from '../../src/parse/java-properties.ts';
import type { EnsemblePlan, ServerPlan } from './zookeeper-server.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';

/** One server process, with the files of the directory it comes from. */
export interface PlannedServer {
  readonly host: string;
  /** The zoo.cfg it reads, relative to the directory. */
  readonly zooCfg: string;
  /** The myid copied into its dataDir, relative to the directory; undefined when none or synthesized. */
  readonly myid: string | undefined;
  /** The myid text given to it when the directory holds none for the host. */
  readonly synthesizedMyid: string | undefined;
  readonly dynamic: string | undefined;
}

export type Scenario =
  | { readonly kind: 'not-applicable'; readonly reason: string }
  | {
      readonly kind: 'run';
      readonly servers: readonly PlannedServer[];
      /** Stable across runs: identical scenarios share one ZooKeeper run. */
      readonly key: string;
      /** Builds the plan for loopback net `net` ("127.10.3") in scratch folder `dir`. */
      instantiate(net: string, dir: string): EnsemblePlan;
    };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpLiteral = (h: string) => IPV4.test(h) || h.startsWith('[');
const isWildcard = (h: string) => h === '' || h === '0.0.0.0' || h === '[::]' || h === '::' || h === '[0:0:0:0:0:0:0:0]';

/** Last value per key, trimmed, as QuorumPeerConfig reads them. */
function props(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of readProperties(text)) m.set(e.key.trim(), e.value.trim());
  return m;
}

interface ServerLine {
  readonly id: string;
  readonly hosts: string[];
  readonly clientHost: string | undefined;
}

function serverLines(p: Map<string, string>): ServerLine[] {
  const out: ServerLine[] = [];
  for (const [k, v] of p) {
    if (!k.startsWith('server.')) continue;
    const [addrs = '', client] = v.split(';');
    const hosts = addrs.split('|').map((a) => (a.startsWith('[') ? a.slice(0, a.indexOf(']') + 1) : a.split(':')[0]!));
    const clientHost = client !== undefined && client.includes(':') ? client.slice(0, client.lastIndexOf(':')) : undefined;
    out.push({ id: k.slice('server.'.length), hosts, clientHost });
  }
  return out;
}

/** Which hosts of the model run ZooKeeper: named by a server line, or holding ZooKeeper's files. */
function zookeeperHosts(cluster: Cluster): Host[] {
  return cluster.hosts.filter(
    (h) =>
      h.zoo !== undefined &&
      !isIpLiteral(h.name) &&
      (h.roles.some((r) => r.role === 'ZooKeeper' || r.role === 'ZooKeeperObserver') ||
        h.myid !== undefined ||
        h.strayMyids.length > 0 ||
        (h.folder !== undefined && h.zoo.host === h.name)),
  );
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** The myid ZooKeeper on `host` reads: `<dataDir>/myid` in the host's folder. */
function myidPath(root: string, folder: string, dataDir: string): string | undefined {
  if (dataDir.startsWith('/')) {
    const p = join(root, folder, posix.normalize(`${dataDir}/myid`));
    return existsSync(p) ? p : undefined;
  }
  // A relative dataDir is resolved against the working directory: ZooKeeper is taken to be
  // started from the directory where `<dataDir>/myid` exists, if there is one.
  const suffix = `/${posix.normalize(`${dataDir}/myid`)}`;
  return walk(join(root, folder)).find((p) => p.endsWith(suffix));
}

interface Instance {
  readonly host: string;
  readonly hostModel: Host | undefined;
  readonly cfgPath: string;
  readonly myidBytes: Buffer | undefined;
  readonly myidRel: string | undefined;
  readonly synthesized: string | undefined;
}

/** Reads `dir` and plans the ZooKeeper processes it describes. */
export async function planScenario(dir: string): Promise<Scenario> {
  const cluster = await buildCluster(dir);
  if (cluster.zooConfigs.length === 0) return { kind: 'not-applicable', reason: 'no zoo.cfg' };
  const v = cluster.zookeeperVersion;
  // 3.4 is another ZooKeeper; an exact 3.5 to 3.7 release differs from 3.8 in places (strict
  // booleans, multiple addresses). "3.5+" from evidence, or an assumed version, is 3.8's to judge.
  const older = v.major === 3 && (v.minor === 4 || (v.minor < 8 && v.source !== 'evidence'));
  if (v.source !== 'assumed' && older) {
    return { kind: 'not-applicable', reason: `ZooKeeper ${v.label} semantics (the judge is 3.8)` };
  }
  // Set-ups this harness cannot stage on one machine without a TLS client: not judged rather than judged wrongly.
  if (cluster.zooConfigs.some((z) => z.zoo.servers.some((sv) => sv.addresses.some((a) => isWildcard(a.host.value))))) {
    return { kind: 'not-applicable', reason: "the own-line 0.0.0.0 idiom binds every interface of the server's machine; here every server shares one machine" };
  }
  if (cluster.zooConfigs.some((z) => zooValue(z.zoo, 'secureClientPort') !== undefined && zooValue(z.zoo, 'clientPort') === undefined)) {
    return { kind: 'not-applicable', reason: 'a TLS-only server needs key stores and a TLS client, which this harness does not have' };
  }
  const instances: Instance[] = [];
  const cfgText = (rel: string) => readFileSync(join(dir, rel), 'latin1');
  /** Machine key of each instance: instances of one machine share its address. */
  const machineOf = new Map<Instance, string>();
  /** Names of each machine (every address of its server line). */
  const machineNames = new Map<string, Set<string>>();
  const addMachineName = (m: string, n: string) => {
    if (!machineNames.has(m)) machineNames.set(m, new Set());
    machineNames.get(m)!.add(n);
  };
  if (!cluster.hasHostFolders) {
    // The directory describes the configuration only: one server per server line, with the
    // myid of its line; lines naming the same machine run on it side by side.
    const cfg = cluster.zooConfigs[0]!.path;
    const cfgProps = props(cfgText(cfg));
    const lines = serverLines(cfgProps);
    const perMachine = new Set(lines.map((l) => hostKey(l.hosts[0]!)));
    if (perMachine.size < lines.length && cfgProps.get('clientPort') && lines.some((l) => l.clientHost === undefined)) {
      return { kind: 'not-applicable', reason: 'several servers on one machine would need a zoo.cfg each; the directory holds one' };
    }
    if (lines.length === 0) {
      const inst: Instance = { host: 'standalone', hostModel: undefined, cfgPath: cfg, myidBytes: undefined, myidRel: undefined, synthesized: undefined };
      instances.push(inst);
      machineOf.set(inst, 'standalone');
    }
    for (const l of lines) {
      const first = l.hosts[0]!;
      const m = hostKey(first);
      const many = lines.filter((x) => hostKey(x.hosts[0]!) === m).length > 1;
      const inst: Instance = { host: many ? `${first}#${l.id}` : first, hostModel: undefined, cfgPath: cfg, myidBytes: Buffer.from(`${l.id}\n`), myidRel: undefined, synthesized: `${l.id}\n` };
      instances.push(inst);
      machineOf.set(inst, m);
      for (const h of l.hosts) if (!isIpLiteral(h)) addMachineName(m, h);
    }
  } else {
    for (const h of zookeeperHosts(cluster)) {
      const cfgPath = h.zoo!.path;
      const p = props(cfgText(cfgPath));
      const dataDir = p.get('dataDir');
      let inst: Instance;
      // A folder without any ZooKeeper file of its own is not a snapshot of ZooKeeper there.
      const noSnapshot = h.folder === undefined || (h.zoo!.host !== h.name && h.myid === undefined && h.strayMyids.length === 0);
      if (noSnapshot) {
        // No snapshot of this host: its myid is the id of the server line that names it.
        const line = serverLines(p).find((l) => l.hosts.some((x) => sameHost(x, h.name)));
        const syn = line ? `${line.id}\n` : undefined;
        inst = { host: h.name, hostModel: h, cfgPath, myidBytes: syn ? Buffer.from(syn) : undefined, myidRel: undefined, synthesized: syn };
      } else {
        // A myid mounted from a folder that holds only it (src/model/myid-path.ts mountedMyid) is deployed
        // where the mount puts it, at <dataDir>/myid, as Docker's bind mount does.
        const found = (dataDir ? myidPath(dir, h.folder!, dataDir) : undefined) ?? (h.myid ? join(dir, h.myid.path) : undefined);
        inst = {
          host: h.name,
          hostModel: h,
          cfgPath,
          myidBytes: found ? readFileSync(found) : undefined,
          myidRel: found ? relative(dir, found) : undefined,
          synthesized: undefined,
        };
      }
      instances.push(inst);
      machineOf.set(inst, hostKey(h.name));
      addMachineName(hostKey(h.name), h.name);
    }
  }

  if (instances.length === 0) {
    const inst: Instance = { host: 'standalone', hostModel: undefined, cfgPath: cluster.zooConfigs[0]!.path, myidBytes: undefined, myidRel: undefined, synthesized: undefined };
    instances.push(inst);
    machineOf.set(inst, 'standalone');
  }
  // Addresses: one per machine, names through the hosts file.
  const machines = [...new Set(instances.map((i) => machineOf.get(i)!))];
  const addrOfMachine = new Map(machines.map((m, i) => [m, `@NET@.${i + 1}`]));
  const addrOf = (i: Instance) => addrOfMachine.get(machineOf.get(i)!)!;
  let spare = 200;
  const names = new Map<string, string>();
  const resolveName = (name: string): string => {
    const key = name.toLowerCase();
    const own = machines.find((m) => m === hostKey(name) || [...(machineNames.get(m) ?? [])].some((n) => n.toLowerCase() === key));
    if (own) {
      names.set(key, addrOfMachine.get(own)!);
      return addrOfMachine.get(own)!;
    }
    if (!names.has(key)) names.set(key, `@NET@.${spare++}`);
    return names.get(key)!;
  };
  for (const [m, ns] of machineNames) for (const n of ns) names.set(n.toLowerCase(), addrOfMachine.get(m)!);
  // IP literals: the host whose myid is that server's id owns the address.
  const ipOwner = new Map<string, string>();
  const allCfgs = [...new Set(instances.map((i) => i.cfgPath))];
  for (const c of allCfgs) {
    for (const l of serverLines(props(cfgText(c)))) {
      for (const hst of l.hosts) {
        if (isIpLiteral(hst)) {
          if (ipOwner.has(hst)) continue;
          const owner = instances.find((i) => i.myidBytes && /^\+?0*(\d+)/.exec(i.myidBytes.toString('latin1'))?.[1] === String(Number(l.id)));
          if (owner && ![...ipOwner.values()].includes(addrOf(owner))) {
            ipOwner.set(hst, addrOf(owner));
          } else ipOwner.set(hst, `@NET@.${spare++}`);
        } else resolveName(hst);
      }
      if (l.clientHost && !isIpLiteral(l.clientHost) && !isWildcard(l.clientHost)) resolveName(l.clientHost);
    }
    const cpa = props(cfgText(c)).get('clientPortAddress');
    if (cpa && !isIpLiteral(cpa) && !isWildcard(cpa)) resolveName(cpa);
  }
  const addressOf = (hostToken: string): string => (isIpLiteral(hostToken) ? ipOwner.get(hostToken) ?? `@NET@.${spare++}` : resolveName(hostToken));

  /** The zoo.cfg text with server lines' IP hosts and wildcard client addresses replaced in place. */
  const rewriteServers = (text: string): string =>
    text
      .split(/(\r\n|\r|\n)/)
      .map((line) => {
        const m = /^(\s*server\.[^\s=:]*\s*[=:\s]\s*)(\S.*?)(\s*)$/.exec(line);
        if (!m) return line;
        const [addrs = '', ...rest] = m[2]!.split(';');
        const newAddrs = addrs
          .split('|')
          .map((a) => {
            const host = a.startsWith('[') ? a.slice(0, a.indexOf(']') + 1) : a.split(':')[0]!;
            return host && isIpLiteral(host) ? addressOf(host) + a.slice(host.length) : a;
          })
          .join('|');
        const firstHost = (() => {
          const a = addrs.split('|')[0]!;
          return a.startsWith('[') ? a.slice(0, a.indexOf(']') + 1) : a.split(':')[0]!;
        })();
        if (rest.length > 0 && rest[0] !== '') {
          const c = rest[0]!;
          const i = c.lastIndexOf(':');
          const h = i < 0 ? '' : c.slice(0, i);
          const port = i < 0 ? c : c.slice(i + 1);
          if (isWildcard(h) || isIpLiteral(h)) rest[0] = `${isWildcard(h) ? addressOf(firstHost) : addressOf(h)}:${port}`;
        }
        return `${m[1]}${[newAddrs, ...rest].join(';')}${m[3]}`;
      })
      .join('');

  const servers: PlannedServer[] = [];
  const templates: { host: string; address: string; zooCfg: string; files: Record<string, string> }[] = [];
  for (const inst of instances) {
    const address = addrOf(inst);
    const original = cfgText(inst.cfgPath);
    const p = props(original);
    const extra: string[] = [];
    const files: Record<string, string> = {};
    if (p.get('dataDir')) extra.push('dataDir=@DIR@/data');
    // Listening on all addresses is the wildcard, which every host here shares: each host
    // listens on its own address instead, as the servers of a real network do on theirs.
    if (p.get('quorumListenOnAllIPs')?.toLowerCase() === 'true') extra.push('quorumListenOnAllIPs=false');
    if (p.get('dataLogDir')) extra.push('dataLogDir=@DIR@/datalog');
    const cpa = p.get('clientPortAddress');
    if (p.get('clientPort') && (cpa === undefined || isWildcard(cpa))) extra.push(`clientPortAddress=${address}`);
    else if (cpa && isIpLiteral(cpa)) extra.push(`clientPortAddress=${addressOf(cpa)}`);
    let dynamic: string | undefined;
    const dyn = p.get('dynamicConfigFile');
    if (dyn) {
      const folder = inst.hostModel?.folder;
      const cands = [folder ? join(dir, folder, dyn) : join(dir, dyn), ...cluster.files.filter((f) => f.kind === 'zoo.cfg.dynamic' && posix.basename(f.path) === posix.basename(dyn)).map((f) => join(dir, f.path))];
      const found = cands.find((c) => existsSync(c));
      if (found) {
        dynamic = relative(dir, found);
        files['zoo.cfg.dynamic'] = rewriteServers(readFileSync(found, 'latin1'));
        extra.push('dynamicConfigFile=@DIR@/zoo.cfg.dynamic');
      }
    }
    if (inst.myidBytes) files['data/myid'] = inst.myidBytes.toString('latin1');
    const zooCfg = `${rewriteServers(original)}\n\n# hacheck test harness: scratch paths and this host's loopback address\n${extra.join('\n')}\n`;
    templates.push({ host: inst.host, address, zooCfg, files });
    servers.push({ host: inst.host, zooCfg: inst.cfgPath, myid: inst.myidRel, synthesizedMyid: inst.synthesized, dynamic });
  }
  const nameList = [...names].sort();
  const key = createHash('sha256').update(JSON.stringify({ templates, nameList })).digest('hex');
  return {
    kind: 'run',
    servers,
    key,
    instantiate(net: string, scratch: string): EnsemblePlan {
      const sub = (s: string, d: string) => s.replaceAll('@NET@', net).replaceAll('@DIR@', d);
      return {
        dir: scratch,
        names: new Map(nameList.map(([n, a]) => [n, sub(a, '')])),
        servers: templates.map((t, i): ServerPlan => {
          const d = join(scratch, `${i}-${t.host.replace(/[^\w.-]/g, '_')}`);
          return {
            host: t.host,
            address: sub(t.address, d),
            dir: d,
            zooCfg: sub(t.zooCfg, d),
            files: Object.fromEntries(Object.entries(t.files).map(([k, v]) => [k, Buffer.from(k === 'data/myid' ? v : sub(v, d), 'latin1')])),
          };
        }),
      };
    },
  };
}
