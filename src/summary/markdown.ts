/**
 * The summary as GitHub-flavoured Markdown, for a pull request comment or a
 * GitHub Actions job summary (the Action imports renderSummaryMarkdown).
 */
import type { Cluster } from '../model/types.ts';
import { renderMermaid } from './mermaid.ts';
import { summarize, type ClusterSummary } from './summarize.ts';
import { confOrigin, ensembleSentences, failoverSentences, jpsNote, journalSentence, portText, ROLE_COLUMNS, roleCells, versionOrigin } from './wording.ts';

/** Inline code that survives any backtick inside the value (CommonMark code spans). */
function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`';
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A table cell: a `|` would end the cell, even inside code (GFM tables). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}

export function renderSummaryMarkdownFrom(s: ClusterSummary, options: { mermaid?: boolean } = {}): string {
  const parts: string[] = ['## Cluster topology'];
  parts.push(table(['Product', 'Version', 'Source'], s.versions.map((v) => [v.product, v.label, versionOrigin(v, code)])));
  parts.push('### Hosts and roles', s.hosts.length === 0 ? 'None.' : table(ROLE_COLUMNS, s.hosts.map(roleCells)));
  parts.push('### Nameservices');
  if (s.nameservices.length === 0) parts.push('None.');
  else {
    parts.push(`${confOrigin(s.conf!, code)}.`);
    parts.push(table(['Nameservice', 'NameNode', 'Host', 'RPC port', 'HTTP port'], s.nameservices.flatMap((ns) =>
      ns.namenodes.map((nn) => [ns.id, nn.id, nn.host ?? 'not set', portText(nn.rpcPort), portText(nn.httpPort)]))));
  }
  parts.push('### Journal quorum', s.journal ? `${journalSentence(s.journal, code)}.` : 'None (no `qjournal://` shared edits).');
  parts.push('### ZooKeeper ensemble', s.ensemble ? bullets(ensembleSentences(s.ensemble, code)) : 'None (no `zoo.cfg`).');
  parts.push('### Failover', s.failover ? bullets(failoverSentences(s.failover, code)) : 'None (no nameservice).');
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  parts.push('### Daemons `jps` should show');
  parts.push(running.length === 0 ? 'None.' : `${table(['Host', 'Daemons'], running.map((h) => [h.name, h.daemons.join(', ')]))}\n\n${jpsNote(code)}`);
  if (options.mermaid) parts.push('### Diagram', `\`\`\`mermaid\n${renderMermaid(s)}\n\`\`\``);
  return `${parts.join('\n\n')}\n`;
}

/** The cluster's topology as Markdown; `mermaid` adds a flowchart of it. */
export function renderSummaryMarkdown(cluster: Cluster, options: { mermaid?: boolean } = {}): string {
  return renderSummaryMarkdownFrom(summarize(cluster), options);
}
