/**
 * The topology as a Mermaid flowchart: one box per host holding its daemons,
 * the nameservices pointing at their NameNodes, the NameNodes writing to the
 * journal quorum and the failover controllers using the ZooKeeper ensemble.
 */
import { plural, shorten } from '../engine/quote.ts';
import { printable } from '../format/printable.ts';
import type { ClusterSummary, HostSummary } from './summarize.ts';
import { tolerates, VALUE_MAX } from './wording.ts';

/**
 * A label Mermaid shows as written: quoted, on one line (a line break would
 * end the statement, and a line of three backticks the Markdown code block
 * around the diagram), with Mermaid's entity codes for its quote, for "#"
 * that starts one, for "<", ">" and "&" that its HTML labels would read, and
 * for "`" that starts a Markdown label.
 */
function label(text: string): string {
  return `"${printable(shorten(text, VALUE_MAX)).replace(/[#"<>&`]/g, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`))}"`;
}

type Kind = 'nn' | 'zkfc' | 'jn' | 'dn' | 'zk' | 'rm' | 'nm' | 'jhs';

interface DaemonNode {
  readonly id: string;
  readonly text: string;
  readonly kind: Kind;
  /** For a NameNode: its name as HostSummary.namenodes gives it. */
  readonly namenode?: string;
}

/** Node ids by position, never by name: host names hold dots and dashes that Mermaid ids cannot. */
function daemonNodes(h: HostSummary, hostId: string): DaemonNode[] {
  const nodes: DaemonNode[] = h.namenodes.map((nn, i) => ({ id: `${hostId}_nn${i}`, text: `NameNode ${nn}`, kind: 'nn', namenode: nn }));
  if (h.zkfc) nodes.push({ id: `${hostId}_zkfc`, text: 'ZKFC', kind: 'zkfc' });
  if (h.journalNode) nodes.push({ id: `${hostId}_jn`, text: 'JournalNode', kind: 'jn' });
  if (h.dataNode) nodes.push({ id: `${hostId}_dn`, text: 'DataNode', kind: 'dn' });
  if (h.zookeeper) nodes.push({ id: `${hostId}_zk`, text: h.zookeeper === 'observer' ? 'ZooKeeper observer' : 'ZooKeeper', kind: 'zk' });
  if (h.resourceManager) nodes.push({ id: `${hostId}_rm`, text: 'ResourceManager', kind: 'rm' });
  if (h.nodeManager) nodes.push({ id: `${hostId}_nm`, text: 'NodeManager', kind: 'nm' });
  if (h.jobHistoryServer) nodes.push({ id: `${hostId}_jhs`, text: 'JobHistoryServer', kind: 'jhs' });
  return nodes;
}

export function renderMermaid(s: ClusterSummary): string {
  const lines = ['flowchart LR'];
  const edges: string[] = [];
  const hosts = s.hosts.map((h, i) => ({ h, nodes: daemonNodes(h, `h${i}`) }));
  hosts.forEach(({ h, nodes }, i) => {
    lines.push(`  subgraph h${i}[${label(h.name)}]`);
    for (const n of nodes) lines.push(`    ${n.id}[${label(n.text)}]`);
    lines.push('  end');
  });
  const all = hosts.flatMap(({ nodes }) => nodes);
  const nnNodes = all.filter((n) => n.kind === 'nn');
  s.nameservices.forEach((ns, i) => {
    lines.push(`  ns${i}([${label(ns.id)}])`);
    for (const nn of ns.namenodes) {
      // A NameNode whose rpc-address names no known host has no box to point at.
      for (const node of nnNodes.filter((n) => n.namenode === nn.name)) edges.push(`  ns${i} --> ${node.id}`);
    }
  });
  if (s.journal) {
    lines.push(`  journal{{${label(`journal quorum: ${plural(s.journal.journalNodes.length, 'JournalNode')}, ${tolerates(s.journal.toleratedFailures)}`)}}}`);
    for (const n of nnNodes) edges.push(`  ${n.id} -- edits --> journal`);
    for (const n of all.filter((x) => x.kind === 'jn')) edges.push(`  journal -.- ${n.id}`);
  }
  if (s.ensemble) {
    lines.push(`  ensemble{{${label(`ZooKeeper ensemble: ${plural(s.ensemble.voters.length, 'voter')}, ${tolerates(s.ensemble.toleratedFailures)}`)}}}`);
    for (const n of all.filter((x) => x.kind === 'zkfc')) edges.push(`  ${n.id} --> ensemble`);
    for (const n of all.filter((x) => x.kind === 'zk')) edges.push(`  ensemble -.- ${n.id}`);
  }
  return [...lines, ...edges].join('\n');
}
