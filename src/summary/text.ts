/** The summary for a terminal: titled sections, tables aligned with spaces. */
import type { ClusterSummary } from './summarize.ts';
import { confOrigin, ensembleSentences, failoverSentences, jpsNote, journalSentence, portText, ROLE_COLUMNS, roleCells, versionOrigin } from './wording.ts';

/** Rows padded to their widest cell, two spaces apart, without trailing spaces. */
function table(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => `${indent}${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd());
}

function section(title: string, lines: readonly string[]): string {
  return [title, ...lines].join('\n');
}

export function renderSummaryText(s: ClusterSummary): string {
  const sections: string[] = [];
  sections.push(section('Versions', table(s.versions.map((v) => [v.product, v.label, versionOrigin(v)]), '  ')));
  sections.push(section('Hosts and roles', s.hosts.length === 0 ? ['  none'] : table([[...ROLE_COLUMNS], ...s.hosts.map(roleCells)], '  ')));
  sections.push(section('Nameservices', s.nameservices.length === 0 ? ['  none'] : [`  ${confOrigin(s.conf!)}`, ...s.nameservices.flatMap((ns) => [
    `  ${ns.id}`,
    ...table([
      ['NameNode', 'Host', 'RPC port', 'HTTP port'],
      ...ns.namenodes.map((nn) => [nn.id, nn.host ?? 'not set', portText(nn.rpcPort), portText(nn.httpPort)]),
    ], '    '),
  ])]));
  sections.push(section('Journal quorum', [`  ${s.journal ? journalSentence(s.journal) : 'none (no qjournal:// shared edits)'}`]));
  sections.push(section('ZooKeeper ensemble', s.ensemble ? ensembleSentences(s.ensemble).map((l) => `  ${l}`) : ['  none (no zoo.cfg)']));
  sections.push(section('Failover', s.failover ? failoverSentences(s.failover).map((l) => `  ${l}`) : ['  none (no nameservice)']));
  const running = s.hosts.filter((h) => h.daemons.length > 0);
  sections.push(section('Daemons jps should show', running.length === 0 ? ['  none'] : [
    ...table(running.map((h) => [h.name, h.daemons.join(', ')]), '  '),
    `  ${jpsNote()}`,
  ]));
  return `${sections.join('\n\n')}\n`;
}
