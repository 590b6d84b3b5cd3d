/**
 * Runs the real ZooKeeper (Debian package `zookeeper`, 3.8.0) for each host of a planned
 * ensemble and reports ZooKeeper's own verdict: quorum formed (every server answers `srvr`
 * as leader, follower or observer, or a lone server as standalone), a process exited (with
 * ZooKeeper's error line), or no quorum within the time limit.
 *
 * Every host is one JVM running QuorumPeerMain in the foreground with its scratch zoo.cfg.
 * Host names resolve through a per-run hosts file (-Djdk.net.hosts.file), so each host has
 * its own loopback address while the ports stay as written. Every process started here is
 * killed by pid when its run ends, and by the exit handler if the test runner stops early.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
/** slf4j's simple binding: ZooKeeper's log goes to stderr, one event a line. */
const LOG_BINDING = '/usr/share/java/slf4j-simple.jar';

/** Why the real ZooKeeper cannot run here, or undefined when it can. */
export function zookeeperUnavailable(): string | undefined {
  if (spawnSync('java', ['-version']).status !== 0) return 'java is not installed';
  if (!existsSync(ZOOKEEPER_JAR)) return `${ZOOKEEPER_JAR} is missing (Debian package zookeeper)`;
  if (!existsSync(LOG_BINDING)) return `${LOG_BINDING} is missing (Debian package libslf4j-java)`;
  return undefined;
}

/** What to start on one host. */
export interface ServerPlan {
  /** Host name, for reports. */
  readonly host: string;
  /** The host's loopback address, 127.x.y.z. */
  readonly address: string;
  /** Scratch folder of this process: zoo.cfg, data dir, log. */
  readonly dir: string;
  /** zoo.cfg text to run (scratch copy). */
  readonly zooCfg: string;
  /** Extra files in the scratch folder (relative path -> content), e.g. data/myid. */
  readonly files: Readonly<Record<string, Buffer | string>>;
}

export interface EnsemblePlan {
  /** Scratch folder of the whole run (hosts file). */
  readonly dir: string;
  /** Host name -> address, for the JVMs' resolver. */
  readonly names: ReadonlyMap<string, string>;
  readonly servers: readonly ServerPlan[];
}

export type ServerState =
  | { readonly kind: 'exited'; readonly code: number | null; readonly error: string }
  | { readonly kind: 'serving'; readonly mode: string; readonly client: string }
  /** ZooKeeper bound another host's address: on a real network, bind() fails there. */
  | { readonly kind: 'foreign-address'; readonly bound: string }
  /** Running, but no client port: nothing can ask it anything. */
  | { readonly kind: 'no-client-port'; readonly peerState: string }
  | { readonly kind: 'silent'; readonly client: string | undefined };

export interface ServerOutcome {
  readonly host: string;
  readonly state: ServerState;
  /** Every WARN and ERROR line ZooKeeper logged, message part only. */
  readonly warnings: readonly string[];
  readonly log: string;
}

export interface EnsembleVerdict {
  /** quorum: a leader and its followers (or one standalone server) answer srvr. */
  readonly kind: 'quorum' | 'exited' | 'no-quorum';
  readonly servers: readonly ServerOutcome[];
  readonly ms: number;
  /** One line: what ZooKeeper said. */
  readonly summary: string;
}

const live = new Set<ChildProcess>();
let handlerInstalled = false;

function killAll(): void {
  for (const p of live) {
    try {
      if (p.pid !== undefined) process.kill(p.pid, 'SIGKILL');
    } catch {}
  }
  live.clear();
}

/** Kills, by pid, every ZooKeeper this module started and that still runs. */
export function stopAllZooKeepers(): void {
  killAll();
}

function installExitHandler(): void {
  if (handlerInstalled) return;
  handlerInstalled = true;
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Number of live ZooKeeper processes started here (for the cleanup test). */
export function liveZooKeepers(): number {
  return live.size;
}

/** Asks one server `srvr`; resolves with its answer, or '' on any failure, within timeoutMs. */
export function srvr(host: string, port: number, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve) => {
    let out = '';
    const s = connect({ host, port }, () => s.end('srvr'));
    const done = (v: string) => {
      s.destroy();
      resolve(v);
    };
    s.setTimeout(timeoutMs, () => done(''));
    s.on('data', (d) => (out += d.toString('latin1')));
    s.on('error', () => done(''));
    s.on('close', () => done(out));
  });
}

/** The message part of an slf4j-simple line: `[thread] LEVEL logger - message`. */
function message(line: string): string {
  const m = /^\[[^\]]*\] (?:ERROR|WARN|INFO) \S+ - (.*)$/.exec(line);
  return m ? m[1]! : line;
}

/**
 * ZooKeeper's own error line: the innermost exception message of the first ERROR (the
 * cause says what is wrong, the outer ones say where), else the first ERROR line.
 */
export function errorLine(log: string): string {
  const lines = log.split('\n');
  // The fatal one: the exception logged with "ERROR ... exiting abnormally" (QuorumPeerMain
  // prints the bare phrase again on stderr), else the one after the first ERROR.
  let from = -1;
  for (let i = lines.length - 1; i >= 0 && from < 0; i--) if (/\] ERROR .*exiting abnormally|^(Exception|Error) in thread/.test(lines[i]!)) from = i;
  if (from < 0) from = lines.findIndex((l) => / ERROR /.test(l));
  const start = from < 0 ? 0 : from;
  let best: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (i > start && /^\[[^\]]*\] (ERROR|WARN|INFO) /.test(l)) break;
    const m = /^(?:Caused by: )?([\w$.]+(?:Exception|Error)): (.*)$/.exec(l.trim());
    if (m) best = `${m[1]!.split('.').pop()}: ${m[2]}`;
  }
  if (best) return best;
  if (from >= 0) return message(lines[from]!);
  const tail = lines.filter((l) => l.trim() !== '').slice(-1)[0];
  return tail ? message(tail) : '(no output)';
}

interface Running {
  readonly plan: ServerPlan;
  readonly child: ChildProcess;
  log: string;
  exit: { code: number | null } | undefined;
}

const JVM_FLAGS = ['-Xmx96m', '-Xss512k', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Xshare:auto'];

function start(plan: ServerPlan, hostsFile: string): Running {
  mkdirSync(plan.dir, { recursive: true });
  for (const [rel, content] of Object.entries(plan.files)) {
    mkdirSync(join(plan.dir, rel, '..'), { recursive: true });
    writeFileSync(join(plan.dir, rel), content);
  }
  const cfg = join(plan.dir, 'zoo.cfg');
  writeFileSync(cfg, plan.zooCfg, 'latin1');
  const args = [
    ...JVM_FLAGS,
    `-Djdk.net.hosts.file=${hostsFile}`,
    // The AdminServer (3.5+) binds 8080 on every address: off, and if zoo.cfg turns it
    // on again, on this host's address only.
    '-Dzookeeper.admin.enableServer=false',
    `-Dzookeeper.admin.serverAddress=${plan.address}`,
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=info',
    '-cp',
    `${ZOOKEEPER_JAR}:${LOG_BINDING}`,
    'org.apache.zookeeper.server.quorum.QuorumPeerMain',
    cfg,
  ];
  const child = spawn('java', args, { cwd: plan.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const r: Running = { plan, child, log: '', exit: undefined };
  child.stdout!.on('data', (d) => (r.log += d.toString('latin1')));
  child.stderr!.on('data', (d) => (r.log += d.toString('latin1')));
  child.on('exit', (code) => {
    r.exit = { code };
    live.delete(child);
  });
  child.on('error', (e) => {
    r.log += `\nspawn failed: ${e.message}\n`;
    r.exit = { code: null };
    live.delete(child);
  });
  return r;
}

function stop(r: Running): Promise<void> {
  if (r.exit || r.child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(resolve, 5000);
    r.child.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    try {
      process.kill(r.child.pid!, 'SIGKILL');
    } catch {
      clearTimeout(t);
      resolve();
    }
  });
}

/** Where ZooKeeper says it listens for clients ("binding to port /127.0.9.1:2181"). */
function clientBinding(log: string): { host: string; port: number } | undefined {
  const m = /NIOServerCnxnFactory - binding to port \S*\/([\d.]+):(\d+)/.exec(log);
  return m ? { host: m[1]!, port: Number(m[2]) } : undefined;
}

/** The addresses ZooKeeper binds for election and quorum (its own server line). */
function peerBindings(log: string): string[] {
  const out: string[] = [];
  for (const m of log.matchAll(/my election bind port: \S*\/([\d.]+):\d+/g)) out.push(m[1]!);
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts every server of the plan, waits until each has exited, answered srvr with a
 * settled mode, or the limit passed, then stops them all. Never leaves a process behind.
 */
export async function runEnsemble(plan: EnsemblePlan, limitMs = 30000): Promise<EnsembleVerdict> {
  installExitHandler();
  mkdirSync(plan.dir, { recursive: true });
  const hostsFile = join(plan.dir, 'hosts');
  writeFileSync(hostsFile, [...plan.names].map(([n, a]) => `${a} ${n}`).join('\n') + '\n');
  const t0 = Date.now();
  const running = plan.servers.map((s) => start(s, hostsFile));
  const modes = new Map<Running, { mode: string; client: string }>();
  const exitedByItself = new Set<Running>();
  try {
    for (;;) {
      await sleep(250);
      for (const r of running) {
        if (r.exit) continue;
        const b = clientBinding(r.log);
        if (!b) continue;
        const out = await srvr(b.host, b.port, 1000);
        const mode = /^Mode: (\S+)/m.exec(out)?.[1];
        if (mode) modes.set(r, { mode, client: `${b.host}:${b.port}` });
        else modes.delete(r);
      }
      // Settled: every live server answers srvr with a mode, or runs without a client port
      // and has logged its peer state. srvr gives no mode while a server is still electing.
      const alive = running.filter((r) => !r.exit);
      const settled = alive.every(
        (r) => modes.has(r) || (!clientBinding(r.log) && /QuorumPeer - (LEADING|FOLLOWING|OBSERVING)\s*$/m.test(r.log)),
      );
      if (settled) break;
      if (Date.now() - t0 > limitMs) break;
    }
  } finally {
    // What ZooKeeper did on its own, before this harness stops what still runs.
    for (const r of running) if (r.exit) exitedByItself.add(r);
    await Promise.all(running.map(stop));
  }
  const ms = Date.now() - t0;
  const servers: ServerOutcome[] = running.map((r) => {
    const warnings = r.log.split('\n').filter((l) => / (WARN|ERROR) /.test(l)).map(message);
    const own = r.plan.address;
    let state: ServerState;
    const foreign = peerBindings(r.log).find((a) => a !== own);
    const bound = clientBinding(r.log);
    if (exitedByItself.has(r) && !modes.has(r)) state = { kind: 'exited', code: r.exit!.code, error: errorLine(r.log) };
    else if (foreign) state = { kind: 'foreign-address', bound: foreign };
    else if (/ (ERROR|WARN) .*\n?.*BindException/.test(r.log)) {
      // Its election or quorum address is taken (by a server whose line names the same
      // address): it answers srvr, but cannot take part in an election.
      const line = r.log.split('\n').find((l) => /BindException/.test(l)) ?? 'BindException';
      state = { kind: 'exited', code: null, error: `still running, but ${line.trim().replace(/^.*?(java\.net\.)?BindException/, 'BindException')}` };
    }
    else if (bound && bound.host !== own && bound.host !== '0.0.0.0') state = { kind: 'foreign-address', bound: bound.host };
    else if (modes.has(r)) state = { kind: 'serving', ...modes.get(r)! };
    else if (!bound) {
      const states = [...r.log.matchAll(/QuorumPeer - (LOOKING|LEADING|FOLLOWING|OBSERVING)\s*$/gm)];
      state = { kind: 'no-client-port', peerState: states.length ? states[states.length - 1]![1]! : 'none' };
    } else state = { kind: 'silent', client: `${bound.host}:${bound.port}` };
    return { host: r.plan.host, state, warnings, log: r.log };
  });
  const serving = servers.filter((s) => s.state.kind === 'serving');
  const leaders = serving.filter((s) => s.state.kind === 'serving' && s.state.mode === 'leader').length;
  const standalone = serving.filter((s) => s.state.kind === 'serving' && s.state.mode === 'standalone').length;
  const allServing = serving.length === servers.length;
  // One leader per ensemble: a directory may hold two ensembles side by side.
  const quorum = allServing && ((leaders >= 1 && standalone === 0) || (servers.length === 1 && standalone === 1));
  const exited = servers.filter((s) => s.state.kind === 'exited');
  const kind = quorum ? 'quorum' : exited.length > 0 ? 'exited' : 'no-quorum';
  const summary = servers
    .map((s) => {
      const st = s.state;
      switch (st.kind) {
        case 'serving':
          return `${s.host}: ${st.mode}`;
        case 'exited':
          return `${s.host}: exited (${st.code}): ${st.error}`;
        case 'foreign-address':
          return `${s.host}: binds ${st.bound}, another host's address`;
        case 'no-client-port':
          return `${s.host}: no client port (${st.peerState})`;
        case 'silent':
          return `${s.host}: no srvr answer at ${st.client}`;
      }
    })
    .join('; ');
  return { kind, servers, ms, summary };
}
