import pc from 'picocolors';
import { countFindings } from '../engine/post.ts';
import type { Finding } from '../engine/rule.ts';
import { plural } from '../engine/quote.ts';
import { printable, printablePath } from './printable.ts';

export interface StylishOptions {
  readonly color: boolean;
}

/**
 * Grouped by file, as ESLint's stylish formatter prints, and by cluster first when the
 * directory holds several (findings carry `cluster` only then). Findings arrive sorted.
 */
export function formatStylish(findings: readonly Finding[], options: StylishOptions): string {
  const c = pc.createColors(options.color);
  if (findings.length === 0) return '';
  const lines: string[] = [];
  let file: string | undefined;
  let cluster: string | undefined;
  for (const f of byCluster(findings)) {
    if (f.cluster !== undefined && f.cluster !== cluster) {
      if (cluster !== undefined) lines.push('');
      cluster = f.cluster;
      file = undefined;
      lines.push(c.bold(`Cluster ${printablePath(cluster)}`), '');
    }
    if (f.span.file !== file) {
      if (file !== undefined) lines.push('');
      file = f.span.file;
      lines.push(c.underline(printablePath(file)));
    }
    const paint = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
    const pos = `${f.span.line}:${f.span.column}`.padEnd(7);
    lines.push(`  ${c.dim(pos)} ${paint(f.severity.padEnd(7))}  ${printable(f.message)}  ${c.dim(f.ruleId)}`);
    for (const r of f.related) {
      lines.push(`  ${' '.repeat(7)} ${c.dim('note')}  ${printable(r.span.file)}:${r.span.line}:${r.span.column} ${printable(r.message)}`);
    }
  }
  const n = countFindings(findings);
  const summary = `${plural(findings.length, 'problem')} (${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')}, ${n.infos} info)`;
  lines.push('', (n.errors > 0 ? c.red : c.yellow)(c.bold(`✖ ${summary}`)), '');
  return lines.join('\n');
}

/** The findings of each cluster together, clusters in order of their first finding, each still sorted. */
function byCluster(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string | undefined, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.cluster);
    if (g) g.push(f);
    else groups.set(f.cluster, [f]);
  }
  return [...groups.values()].flat();
}
