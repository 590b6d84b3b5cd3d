/** The summary for a terminal: titled sections, tables aligned with spaces. */
import { shorten } from '../engine/quote.ts';
import { printable, printableLine } from '../format/printable.ts';
import type { ClusterSummary, HostSummary } from './summarize.ts';
import { confOrigin, ensembleSentences, failoverSentences, jpsNote, journalSentence, portText, ROLE_COLUMNS, roleCells, VALUE_MAX, versionOrigin, type Code } from './wording.ts';

/** A value or a name from the directory, on one line and unable to paint the terminal (see printable.ts). */
const shown: Code = (value) => printable(shorten(value, VALUE_MAX));

/** The host's row, its names shown. */
function hostCells(h: HostSummary): string[] {
  return roleCells({ ...h, name: shown(h.name), namenodes: h.namenodes.map(shown) });
}

/** Rows padded to their widest cell, two spaces apart, without trailing spaces. */
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  // A loop, not Math.max(...column): a row per host, and spreading 100,000 of them overflows the stack.
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), 0));
  return rows.map((r) => `${indent}${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

/**
 * The lines under a title. A table row may start with a host's name: each
 * line is kept from being a workflow command (and from any character a value
 * shown without shown() would bring).
 */
function section(title: string, lines: readonly string[]): string {
  return [title, ...lines.map(printableLine)].join('\n');
}

export function renderSummaryText(s: ClusterSummary): string {
  const sections: string[] = [];
  sections.push(section('Versions', table(s.versions.map((v) => [v.product, shown(v.label), versionOrigin(v, shown)]), '  ')));
  sections.push(section('Hosts and roles', s.hosts.length === 0 ? ['  none'] : table([[...ROLE_COLUMNS], ...s.hosts.map(hostCells)], '  ')));
  sections.push(section('Nameservices', s.nameservices.length === 0 ? ['  none'] : [`  ${confOrigin(s.conf!, shown)}`, ...s.nameservices.flatMap((ns) => [
    `  ${shown(ns.id)}`,
    ...table([
      ['NameNode', 'Host', 'RPC port', 'HTTP port'],
      ...ns.namenodes.map((nn) => [shown(nn.id), nn.host === undefined ? 'not set' : shown(nn.host), portText(nn.rpcPort), portText(nn.httpPort)]),
    ], '    '),
  ])]));
  sections.push(section('Journal quorum', [`  ${s.journal ? journalSentence(s.journal, shown) : 'none (no qjournal:// shared edits)'}`]));
  sections.push(section('ZooKeeper ensemble', s.ensemble ? ensembleSentences(s.ensemble, shown).map((l) => `  ${l}`) : ['  none (no zoo.cfg)']));
  sections.push(section('Failover', s.failover ? failoverSentences(s.failover, shown).map((l) => `  ${l}`) : ['  none (no nameservice)']));
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  sections.push(section('Daemons jps should show', running.length === 0 ? ['  none'] : [
    ...table(running.map((h) => [shown(h.name), h.daemons.join(', ')]), '  '),
    `  ${jpsNote()}`,
  ]));
  return `${sections.join('\n\n')}\n`;
}

/** The summary of each cluster of a directory: one, or one under a heading per cluster when there are several. */
export function renderClustersText(summaries: readonly { readonly name: string; readonly summary: ClusterSummary }[]): string {
  if (summaries.length === 1) return renderSummaryText(summaries[0]!.summary);
  return summaries.map((s) => `Cluster ${shown(s.name)}\n\n${renderSummaryText(s.summary)}`).join('\n');
}
