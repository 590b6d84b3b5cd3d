/**
 * hacheck's verdict on a cluster directory against the real ZooKeeper's (zookeeper-server.ts).
 *
 * - ZooKeeper refuses (a server exits, binds another host's address, opens no client port,
 *   or no quorum forms): hacheck must report an error at the file ZooKeeper read, and at the
 *   line ZooKeeper's message points to when it names a key, a value or a server id.
 * - ZooKeeper forms a quorum: every error hacheck reports must be in LATENT, with the reason
 *   the finding is right although ZooKeeper starts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/engine/rule.ts';
import { lintDirectory } from '../../src/lint.ts';
import { readProperties } from '../../src/parse/java-properties.ts';
import type { PlannedServer, Scenario } from './zookeeper-scenario.ts';
import type { EnsembleVerdict, ServerOutcome } from './zookeeper-server.ts';

/**
 * Errors that are right although ZooKeeper 3.8 forms a quorum: `<case>|<rule id>` -> why.
 * Each entry is checked: it must be used by the run, or the suite fails.
 */
const DRIFT =
  'ZooKeeper 3.8 forms a quorum, but one host has its own server list: the ensemble members disagree on who ' +
  'votes, so the next election, a restart of the host with the odd copy or a client using the other list ' +
  'fails (ZooKeeper documents that every server must list every other; zookeeperAdmin.md L203-205, L1278-1280)';
export const LATENT: Readonly<Record<string, string>> = {
  'zookeeper/server-list-drift/invalid/port-differs|zookeeper/server-list-drift':
    `${DRIFT}. Here zk3 reaches zk2 at the wrong quorum port; the quorum forms through the other two`,
  'zookeeper/server-list-drift/invalid/server-added-on-one-host|zookeeper/server-list-drift':
    `${DRIFT}. Here zk1 counts a fourth voter, so it needs 3 of 4 votes where the others need 2 of 3`,
  'mutation/servers/missing-on-one-host|zookeeper/server-list-drift':
    `${DRIFT}. Here zk3 does not know zk1: with zk2 down, zk1 and zk3 cannot elect a leader`,
  'mutation/servers/port-differs-on-one-host|zookeeper/server-list-drift': `${DRIFT}. Here zk3 reaches zk2 at the wrong quorum port`,
  // ZooKeeper's verdict here depends on timing (zk1 takes zk3 for an observer and may join late or never): some runs form a quorum.
  'zookeeper/server-list-drift/invalid/own-copy-differs-from-shared|zookeeper/server-list-drift':
    `${DRIFT}. Here zk1 takes zk3 for an observer, so it needs both zk1 and zk2 where the others need 2 of 3`,
  // ZooKeeper's verdict here depends on timing (zk1 counts 4 voters): some runs form a quorum.
  'mutation/servers/extra-server-on-one-host|zookeeper/server-list-drift': `${DRIFT}. Here zk1 counts a fourth voter`,
  'zookeeper/client-port-clash/invalid/quorum-port-equals-client-part|zookeeper/client-port-clash':
    'ZooKeeper 3.8 forms a quorum: only the leader binds its quorum port, and server.2 was not elected. The day it ' +
    'leads, its quorum port 2182 is its client port too, the bind fails (BindException) and it cannot lead',
};

/**
 * ZooKeeper 3.8 refuses, and hacheck reports a warning (not an error) at the right place:
 * `<case>|<rule id>` -> why a warning is the right verdict there.
 */
export const WARNED: Readonly<Record<string, string>> = {
  'zookeeper/lenient-boolean/invalid/only-known-3.5-plus|zookeeper/lenient-boolean':
    'The directory says only "3.5+" (a reconfigEnabled key): 3.5 and 3.6 read "yes" as false and start, 3.7+ ' +
    'refuses. The warning names both outcomes; with the release known (3.8) zookeeper/invalid-boolean reports an error',
  'zookeeper/duplicate-server-id/invalid/copied-line|zookeeper/duplicate-server-id':
    'server.1 and server.01 are one id: ZooKeeper keeps one line and starts, and the host of the other line cannot ' +
    'join (here zk4, given myid 01, takes zk1\'s address). Which host fails depends on myid files this one-folder ' +
    'directory does not hold, so the finding on the line is a warning',
};

/** Disagreements that stay, with the reason: the suite fails if the set changes. */
export const KNOWN: Readonly<Record<string, string>> = {
};

export interface Expectation {
  readonly host: string;
  /** What ZooKeeper said or did. */
  readonly said: string;
  /** Files (relative to the case) where hacheck must report an error. */
  readonly files: readonly string[];
  /** Lines in those files the error must be on; empty: any line. */
  readonly lines: readonly number[];
}

export interface CaseOutcome {
  readonly name: string;
  readonly status: 'agree' | 'disagree' | 'not-applicable';
  readonly zookeeper: string;
  readonly detail: string;
  /** Rule id -> ZooKeeper's message, for errors that matched a refusal. */
  readonly confirmed: ReadonlyMap<string, string>;
  readonly latentUsed: readonly string[];
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;

/** Lines of the entries for `key` (trimmed keys), in order. */
function keyLines(text: string, pred: (key: string, value: string) => boolean): number[] {
  return readProperties(text)
    .filter((e) => pred(e.key.trim(), e.value.trim()))
    .map((e) => lineOf(text, e.start));
}

/** The lines of zoo.cfg that ZooKeeper's message points to; empty when it names nothing. */
export function locate(said: string, text: string): number[] {
  let m: RegExpExecArray | null;
  if ((m = /For input string: "(.*)"/.exec(said))) {
    const x = m[1]!;
    const exact = keyLines(text, (_k, v) => v === x);
    return exact.length ? exact : keyLines(text, (k, v) => (x !== '' && (v.includes(x) || k.includes(x))));
  }
  if ((m = /^\S+: (\w[\w.]*) is not set/.exec(said)) || (m = /(\w[\w.]*) is set but/.exec(said))) {
    const key = m[1]!;
    return keyLines(text, (k) => k === key);
  }
  if ((m = /Invalid option (.*) for (\S+?)\. Choose/.exec(said))) {
    const key = m[2]!;
    return keyLines(text, (k) => k === key);
  }
  if (/minSessionTimeout must not be larger than maxSessionTimeout/.test(said)) {
    return keyLines(text, (k) => k === 'minSessionTimeout' || k === 'maxSessionTimeout' || k === 'tickTime');
  }
  if ((m = /Unrecognised peertype: (\S+)/.exec(said))) {
    const t = m[1]!;
    return keyLines(text, (k, v) => k.startsWith('server.') && v.includes(t));
  }
  if ((m = /Address unresolved: \S*:(\S+)/.exec(said))) {
    const port = m[1]!;
    return keyLines(text, (k, v) => k.startsWith('server.') && v.includes(port));
  }
  if ((m = /(?:server\.|sid |server: )(\d+)/.exec(said))) {
    const id = Number(m[1]);
    return keyLines(text, (k) => k.startsWith('server.') && Number(k.slice(7)) === id);
  }
  if ((m = /^\S+: (.+?) does not have the form/.exec(said))) {
    const v = m[1]!;
    return keyLines(text, (k, val) => k.startsWith('server.') && val === v);
  }
  if (/Malformed \\uxxxx encoding/.test(said)) return keyLines(text, () => true).filter((l) => /\\u/.test(text.split(/\r\n|\r|\n/)[l - 1]!));
  return [];
}

function expectations(dir: string, servers: readonly PlannedServer[], verdict: EnsembleVerdict): Expectation[] {
  const out: Expectation[] = [];
  const byHost = new Map(servers.map((s) => [s.host, s]));
  const read = (rel: string) => readFileSync(join(dir, rel), 'latin1');
  const filesOf = (s: PlannedServer) => [s.zooCfg, ...(s.myid ? [s.myid] : []), ...(s.dynamic ? [s.dynamic] : [])];
  const failed = verdict.servers.filter((o) => o.state.kind === 'exited' || o.state.kind === 'foreign-address' || o.state.kind === 'no-client-port');
  for (const o of failed) {
    const s = byHost.get(o.host)!;
    const st = o.state;
    if (st.kind === 'exited') {
      if (/myid|serverid|My id/.test(st.error)) out.push({ host: o.host, said: st.error, files: filesOf(s), lines: [] });
      else if (/BindException|ConnectException/.test(st.error)) {
        // Another server took the address or port (its server line, or a myid that chose it), or a
        // peer this server needed was not there: the cause can be in any file of the ensemble.
        out.push({ host: o.host, said: st.error, files: [...new Set(servers.flatMap(filesOf))], lines: [] });
      }
      else {
        const where = s.dynamic ?? s.zooCfg;
        out.push({ host: o.host, said: st.error, files: [s.dynamic ?? s.zooCfg, s.zooCfg].filter((x, i, a) => a.indexOf(x) === i), lines: locate(st.error, read(where)) });
      }
    } else if (st.kind === 'foreign-address') {
      out.push({ host: o.host, said: `binds ${st.bound}, the address of another host (Cannot assign requested address on a real network)`, files: filesOf(s), lines: [] });
    } else if (st.kind === 'no-client-port') {
      out.push({ host: o.host, said: 'runs without a client port: srvr cannot reach it', files: [s.zooCfg], lines: [] });
    }
  }
  if (out.length === 0 && verdict.kind !== 'quorum') {
    // No server failed on its own, yet no single quorum: the ensemble as a whole is wrong.
    const all = servers.flatMap(filesOf);
    out.push({ host: '*', said: `no quorum: ${verdict.summary}`, files: [...new Set(all)], lines: [] });
  }
  return out;
}

function hashes(dir: string, findings: readonly Finding[], files: readonly string[]): Map<string, string> {
  const h = new Map<string, string>();
  for (const f of [...findings.map((x) => x.span.file), ...files]) {
    if (h.has(f)) continue;
    try {
      h.set(f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'));
    } catch {
      h.set(f, f);
    }
  }
  return h;
}

/** hacheck's errors about ZooKeeper: zookeeper/* rules, and any rule's error located in a ZooKeeper file. */
export async function zookeeperFindings(dir: string): Promise<Finding[]> {
  const { findings } = await lintDirectory(dir);
  return findings.filter((f) => f.ruleId.startsWith('zookeeper/') || /(^|\/)(zoo\.cfg[^/]*|myid)$/.test(f.span.file));
}

export async function compare(
  name: string,
  dir: string,
  scenario: Scenario,
  verdict: EnsembleVerdict | undefined,
): Promise<CaseOutcome> {
  if (scenario.kind === 'not-applicable' || !verdict) {
    return { name, status: 'not-applicable', zookeeper: scenario.kind === 'not-applicable' ? scenario.reason : '', detail: '', confirmed: new Map(), latentUsed: [] };
  }
  const all = await zookeeperFindings(dir);
  const errors = all.filter((f) => f.severity === 'error');
  const warnings = all.filter((f) => f.severity !== 'error');
  const exps = expectations(dir, scenario.servers, verdict);
  const h = hashes(dir, all, exps.flatMap((e) => e.files));
  const at = (f: Finding, e: Expectation) =>
    e.files.some((file) => h.get(file) === h.get(f.span.file)) && (e.lines.length === 0 || e.lines.includes(f.span.line));
  const confirmed = new Map<string, string>();
  const problems: string[] = [];
  const latentUsed: string[] = [];
  for (const e of exps) {
    const hits = errors.filter((f) => at(f, e));
    const warned = warnings.filter((f) => at(f, e) && WARNED[`${name}|${f.ruleId}`]);
    if (hits.length === 0 && warned.length > 0) latentUsed.push(...warned.map((f) => `${name}|${f.ruleId}`).filter((k) => !latentUsed.includes(k)));
    else if (hits.length === 0) problems.push(`ZooKeeper refuses (${e.host}: ${e.said}) but hacheck reports no error at ${e.files.join(' or ')}${e.lines.length ? ` line ${e.lines.join('/')}` : ''}`);
    for (const f of hits) if (!confirmed.has(f.ruleId)) confirmed.set(f.ruleId, e.said);
  }
  if (verdict.kind === 'quorum') {
    for (const f of errors) {
      const key = `${name}|${f.ruleId}`;
      if (LATENT[key]) latentUsed.push(key);
      else problems.push(`ZooKeeper forms a quorum but hacheck reports ${f.span.file}:${f.span.line}: ${f.message} [${f.ruleId}]`);
    }
  }
  const zookeeper = `${verdict.kind}: ${verdict.summary}`;
  const detail = problems.length
    ? problems.join('\n')
    : verdict.kind === 'quorum'
      ? latentUsed.length
        ? `latent: ${latentUsed.join(', ')}`
        : 'no error'
      : [...[...confirmed.keys()].sort(), ...latentUsed.map((k) => `warning allowed: ${k.split('|')[1]}`)].join(', ');
  return { name, status: problems.length ? 'disagree' : 'agree', zookeeper, detail, confirmed, latentUsed };
}

export type { ServerOutcome };
