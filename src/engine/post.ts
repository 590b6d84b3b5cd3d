import type { Finding } from './rule.ts';

function compare(a: Finding, b: Finding): number {
  const s = a.span;
  const t = b.span;
  if (s.file !== t.file) return s.file < t.file ? -1 : 1;
  if (s.line !== t.line) return s.line - t.line;
  if (s.column !== t.column) return s.column - t.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function keyOf(f: Finding): string {
  return `${f.ruleId}\0${f.span.file}\0${f.span.line}\0${f.span.column}\0${f.message}`;
}

/** Sorts by path, line, column and rule, and drops exact repeats. */
export function postProcess(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...findings].sort(compare)) {
    const k = keyOf(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
