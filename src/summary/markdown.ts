/**
 * The summary as GitHub-flavoured Markdown, for a pull request comment or a
 * GitHub Actions job summary (the Action imports renderSummaryMarkdown).
 */
import { shorten } from '../engine/quote.ts';
import { markdownCode, markdownText } from '../format/markdown-text.ts';
import type { Cluster } from '../model/types.ts';
import { renderMermaid } from './mermaid.ts';
import { summarize, type ClusterSummary, type HostSummary } from './summarize.ts';
import { confOrigin, ensembleSentences, failoverSentences, jpsNote, journalSentence, portText, ROLE_COLUMNS, roleCells, VALUE_MAX, versionOrigin } from './wording.ts';

/** A value or a path as inline code, shown as it is whatever it holds (see markdownCode). */
function code(value: string): string {
  return markdownCode(shorten(value, VALUE_MAX));
}

/** A name from the directory (a host, a nameservice, a NameNode id) as plain text: no HTML, no Markdown syntax. */
function text(value: string): string {
  return markdownText(shorten(value, VALUE_MAX));
}

/** The host's row, its names as text. */
function hostCells(h: HostSummary): string[] {
  return roleCells({ ...h, name: text(h.name), namenodes: h.namenodes.map(text) });
}

/**
 * A table cell: a `|` would end the cell, even inside code (GFM tables). The
 * row is split before any other parsing, reading a backslash followed by any
 * punctuation as one escaped pair (cmark-gfm, ext_scanners.re): a "|" is
 * escaped only behind an odd run of backslashes, so an even run (none
 * included) gets one more. Text from markdownText() has odd runs already.
 */
function cell(text: string): string {
  // Counted in one pass: the pattern /(\\*)\|/g retried a long run of backslashes from each one, quadratic.
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      run++;
      continue;
    }
    if (c === '|' && run % 2 === 0) {
      out += `${text.slice(from, i)}\\`;
      from = i;
    }
    run = 0;
  }
  return out + text.slice(from);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}

export function renderSummaryMarkdownFrom(s: ClusterSummary, options: { mermaid?: boolean; cluster?: string } = {}): string {
  // With several clusters in the directory, each topology names its cluster.
  const parts: string[] = [options.cluster === undefined ? '## Cluster topology' : `## Cluster topology of ${code(options.cluster)}`];
  parts.push(table(['Product', 'Version', 'Source'], s.versions.map((v) => [v.product, text(v.label), versionOrigin(v, code)])));
  parts.push('### Hosts and roles', s.hosts.length === 0 ? 'None.' : table(ROLE_COLUMNS, s.hosts.map(hostCells)));
  parts.push('### Nameservices');
  if (s.nameservices.length === 0) parts.push('None.');
  else {
    parts.push(`${confOrigin(s.conf!, code)}.`);
    parts.push(table(['Nameservice', 'NameNode', 'Host', 'RPC port', 'HTTP port'], s.nameservices.flatMap((ns) =>
      ns.namenodes.map((nn) => [text(ns.id), text(nn.id), nn.host === undefined ? 'not set' : text(nn.host), portText(nn.rpcPort), portText(nn.httpPort)]))));
  }
  parts.push('### Journal quorum', s.journal ? `${journalSentence(s.journal, code)}.` : 'None (no `qjournal://` shared edits).');
  parts.push('### ZooKeeper ensemble', s.ensemble ? bullets(ensembleSentences(s.ensemble, code)) : 'None (no `zoo.cfg`).');
  parts.push('### Failover', s.failover ? bullets(failoverSentences(s.failover, code)) : 'None (no nameservice).');
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  parts.push('### Daemons `jps` should show');
  parts.push(running.length === 0 ? 'None.' : `${table(['Host', 'Daemons'], running.map((h) => [text(h.name), h.daemons.join(', ')]))}\n\n${jpsNote(code)}`);
  if (options.mermaid) parts.push('### Diagram', `\`\`\`mermaid\n${renderMermaid(s)}\n\`\`\``);
  return `${parts.join('\n\n')}\n`;
}

/** The cluster's topology as Markdown; `mermaid` adds a flowchart of it. */
export function renderSummaryMarkdown(cluster: Cluster, options: { mermaid?: boolean } = {}): string {
  return renderSummaryMarkdownFrom(summarize(cluster), options);
}

/**
 * The topology of each cluster of a directory: one summary, or one under a heading per
 * cluster when there are several (a summary of two clusters together would invent hosts).
 */
export function renderClustersMarkdown(clusters: readonly Cluster[], options: { mermaid?: boolean } = {}): string {
  if (clusters.length === 1) return renderSummaryMarkdown(clusters[0]!, options);
  return clusters.map((c) => renderSummaryMarkdownFrom(summarize(c), { ...options, cluster: c.name })).join('\n');
}
