import type { Cluster } from '../model/types.ts';
import type { Span } from '../text/span.ts';
import { docsUrl, type Finding, type Reporter, type Rule, type Severity } from './rule.ts';
import { describeThrown, internalErrorLine, printableStack } from './throw-site.ts';

export interface InternalError {
  /** The rule that threw; absent when a file's parser did (see parseFailureErrors). */
  readonly ruleId?: string;
  readonly message: string;
  /** Where the rule failed, `file:line:column` (see throw-site.ts); undefined when the value thrown has no stack. */
  readonly where: string | undefined;
  /** `internal error in rule <id>: <message> (at <where>)`: one line, safe to print, for "hacheck: " to precede. */
  readonly report: string;
  /** The stack trace, each line safe to print, for --debug; undefined when the value thrown has none. */
  readonly stack: string | undefined;
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
  for (const u of cluster.unchecked) lines.set(u.path, u.lineCount);
  // Files read through xi:include: their properties, and so findings, point into them.
  for (const f of cluster.files) if ('xinclude' in f && f.xinclude) for (const i of f.xinclude.files) lines.set(i.path, i.lineCount);
  // A container's files are written from its definitions: findings about them point into those (src/containers/).
  for (const d of cluster.definitions) lines.set(d.path, d.lineCount);
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const ran: string[] = [];
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const own: Finding[] = [];
    const report: Reporter = (r) => {
      const bad = spanProblem(r.span, lines) ?? r.related?.map((x) => spanProblem(x.span, lines)).find(Boolean);
      if (bad) {
        const err = new Error(bad);
        // The stack starts at the rule's report() call: that line is the fault, not this check.
        Error.captureStackTrace(err, report);
        throw err;
      }
      own.push({
        ruleId: rule.meta.id,
        severity: setting,
        message: r.message,
        span: r.span,
        related: r.related ?? [],
        docsUrl: docsUrl(rule.meta.id),
      });
    };
    try {
      rule.check(cluster, report);
      // One at a time: spreading a rule's findings into push() overflows the stack past about 120,000.
      for (const f of own) findings.push(f);
      ran.push(rule.meta.id);
    } catch (err) {
      const t = describeThrown(err);
      internalErrors.push({
        ruleId: rule.meta.id,
        message: t.message,
        where: t.where,
        report: internalErrorLine(`internal error in rule ${rule.meta.id}`, t),
        stack: printableStack(err),
      });
    }
  }
  return { findings, internalErrors, ran };
}

/** A parser that threw on a file is hacheck's failure: an internal error naming the file, as a rule's names the rule. */
export function parseFailureErrors(cluster: Cluster): InternalError[] {
  return cluster.parseFailures.map(({ path, thrown }) => {
    const t = describeThrown(thrown);
    return {
      message: t.message,
      where: t.where,
      report: internalErrorLine(`internal error while parsing ${path}`, t),
      stack: printableStack(thrown),
    };
  });
}
