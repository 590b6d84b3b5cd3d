import type { Finding } from '../engine/rule.ts';
import { printable, printablePath } from './printable.ts';

/** `<path>:<line>:<col>: <severity>: <message> [<rule>]`, related locations indented below. */
export function formatCompact(findings: readonly Finding[]): string {
  let out = '';
  for (const f of findings) {
    out += `${printablePath(f.span.file)}:${f.span.line}:${f.span.column}: ${f.severity}: ${printable(f.message)} [${f.ruleId}]\n`;
    for (const r of f.related) out += `  ${printablePath(r.span.file)}:${r.span.line}:${r.span.column}: note: ${printable(r.message)}\n`;
  }
  return out;
}
