import type { Cluster } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { docsUrl, type Finding, type Rule, type Severity } from './rule.ts';

export interface InternalError {
  readonly ruleId: string;
  readonly message: string;
}

export interface RunOptions {
  /** Severity per rule id; 'off' disables a rule. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

export interface RunResult {
  readonly findings: Finding[];
  readonly internalErrors: InternalError[];
  /** Ids of the rules that ran to the end (not off, did not throw): what suppressions can be checked against. */
  readonly ran: string[];
}

/** Checks that a span points into a file of the cluster, within its lines. */
function spanProblem(span: Span, lines: ReadonlyMap<string, number>): string | undefined {
  const count = lines.get(span.file);
  if (count === undefined) return `reported a finding in "${span.file}", which is not a linted file`;
  const ok = span.line >= 1 && span.line <= count && span.column >= 1 &&
    (span.endLine > span.line || (span.endLine === span.line && span.endColumn >= span.column));
  return ok ? undefined : `reported an invalid position ${span.line}:${span.column} in "${span.file}"`;
}

/**
 * Runs each rule on the model. A rule that throws or reports an invalid
 * location becomes an internal error; the others still run.
 */
export function runRules(cluster: Cluster, rules: readonly Rule[], options: RunOptions = {}): RunResult {
  const lines = new Map<string, number>(cluster.files.map((f) => [f.path, f.lineCount]));
  for (const u of cluster.unreadable) lines.set(u.path, 1);
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const ran: string[] = [];
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const own: Finding[] = [];
    try {
      rule.check(cluster, (r) => {
        const bad = spanProblem(r.span, lines) ?? r.related?.map((x) => spanProblem(x.span, lines)).find(Boolean);
        if (bad) throw new Error(bad);
        own.push({
          ruleId: rule.meta.id,
          severity: setting,
          message: r.message,
          span: r.span,
          related: r.related ?? [],
          docsUrl: docsUrl(rule.meta.id),
        });
      });
      findings.push(...own);
      ran.push(rule.meta.id);
    } catch (err) {
      internalErrors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return { findings, internalErrors, ran };
}
