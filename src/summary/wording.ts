/**
 * Phrases the text and Markdown summaries share, so both say the same thing.
 * `code` marks a path or a configuration value: as is in text, `code` in Markdown.
 */
import { plural } from '../engine/quote.ts';
import type { ClusterSummary, EnsembleSummary, HostSummary, PortSummary, QuorumSummary, VersionSummary } from './summarize.ts';

export type Code = (value: string) => string;

/**
 * The longest value the summaries show in full: a long ha.zookeeper.quorum
 * fits, a megabyte-long value does not flood the terminal or overflow the
 * job summary (1 MiB at most on GitHub).
 */
export const VALUE_MAX = 500;

const plain: Code = (value) => value;

export const ROLE_COLUMNS = ['Host', 'NameNode', 'ZKFC', 'JournalNode', 'DataNode', 'ZooKeeper', 'ResourceManager', 'NodeManager', 'JobHistory'] as const;

const CHECK = '✓';

/** A host's row of the hosts × roles table. */
export function roleCells(h: HostSummary): string[] {
  const mark = (b: boolean) => (b ? CHECK : '');
  return [h.name, h.namenodes.join(', '), mark(h.zkfc), mark(h.journalNode), mark(h.dataNode), h.zookeeper ?? '', mark(h.resourceManager), mark(h.nodeManager), mark(h.jobHistoryServer)];
}

/** "from the path a/hadoop-2.7.7/...", "from evidence at conf/workers:1", "assumed: ...". */
export function versionOrigin(v: VersionSummary, code: Code = plain): string {
  switch (v.source) {
    case 'config':
      return 'set in the hacheck configuration file';
    case 'path':
      return `from the path ${code(v.from ?? '')}`;
    case 'evidence':
      return `from evidence at ${code(v.from ?? '')}`;
    case 'assumed':
      return 'assumed: nothing in the directory tells the version';
  }
}

export function portText(p: PortSummary | number | undefined): string {
  if (p === undefined) return 'not set';
  if (typeof p === 'number') return String(p);
  return p.port === undefined ? 'not set' : p.isDefault ? `${p.port} (default)` : String(p.port);
}

/** Where the Hadoop topology is read from: which copy, how many hosts share it. */
export function confOrigin(c: NonNullable<ClusterSummary['conf']>, code: Code = plain): string {
  const users = c.hosts === 0 ? 'a shared file' : `used by ${c.hosts} of ${plural(c.totalHosts, 'host')}`;
  const others = c.others > 0 ? `; ${plural(c.others, 'other distinct copy', 'other distinct copies')} not shown (see cluster/config-drift)` : '';
  return `From ${code(c.file)} (${users})${others}`;
}

export function tolerates(n: number): string {
  return `tolerates ${plural(n, 'failure')}`;
}

export function journalSentence(j: QuorumSummary, code: Code = plain): string {
  const id = j.journalId === undefined ? '' : `, journal id ${code(j.journalId)}`;
  return `${plural(j.journalNodes.length, 'JournalNode')} (${j.journalNodes.map(code).join(', ')}${id}): ${tolerates(j.toleratedFailures)}`;
}

export function ensembleSentences(e: EnsembleSummary, code: Code = plain): string[] {
  const servers = (list: EnsembleSummary['voters']) => list.map((s) => code(`server.${s.id}=${s.address}`)).join(', ');
  const lines = [
    `From ${code(e.file)}`,
    e.voters.length === 0
      ? `No server.N line: a standalone server, ${tolerates(0)}`
      : `${plural(e.voters.length, 'voting server')} (${servers(e.voters)}): ${tolerates(e.toleratedFailures)}`,
    e.observers.length === 0 ? 'No observers' : `${plural(e.observers.length, 'observer')} (${servers(e.observers)}), which do not vote`,
    `Client port: ${e.clientPort === undefined ? 'not set' : code(e.clientPort)}`,
  ];
  if (e.otherConfigs > 0) lines.push(`${plural(e.otherConfigs, 'other distinct zoo.cfg')} not shown (see zookeeper/server-list-drift)`);
  return lines;
}

/** jps only sees the JVMs its user may inspect, and ZooKeeper often runs as another account. */
export function jpsNote(code: Code = plain): string {
  return `${code('jps')} lists only the Java processes the user running it can see: run it as each daemon's user (or as root).`;
}

export function failoverSentences(f: NonNullable<ClusterSummary['failover']>, code: Code = plain): string[] {
  const lines = [
    `Automatic failover: ${f.automatic ? 'enabled' : 'disabled (failover is manual, with hdfs haadmin)'}`,
    `${code('ha.zookeeper.quorum')}: ${f.zkQuorum === undefined ? 'not set' : code(f.zkQuorum)}`,
    `Fencing: ${f.fencing.length === 0 ? 'not set' : f.fencing.map(code).join(', then ')}`,
  ];
  if (f.sshKeyFiles !== undefined) lines.push(`sshfence key (${code('dfs.ha.fencing.ssh.private-key-files')}): ${f.sshKeyFiles === null ? 'not set' : code(f.sshKeyFiles)}`);
  return lines;
}
