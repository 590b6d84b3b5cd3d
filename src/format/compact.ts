import type { Finding } from '../engine/rule.ts';

/** `<path>:<line>:<col>: <severity>: <message> [<rule>]`, related locations indented below. */
export function formatCompact(findings: readonly Finding[]): string {
  let out = '';
  for (const f of findings) {
    out += `${f.span.file}:${f.span.line}:${f.span.column}: ${f.severity}: ${f.message} [${f.ruleId}]\n`;
    for (const r of f.related) out += `  ${r.span.file}:${r.span.line}:${r.span.column}: note: ${r.message}\n`;
  }
  return out;
}
