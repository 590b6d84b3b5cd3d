/**
 * Applies the hacheck-disable-* comments of the linted files after the rules ran,
 * and reports the directives that suppress nothing, name an unknown rule or do not
 * parse, under syntax/unused-suppression. A rule's check cannot see what the other
 * rules found, so this step, not the rule, produces those findings; the rule file
 * carries the metadata (docs, --list-rules, severity) and its selection decides
 * whether they are reported.
 *
 * Identical copies of a file carry identical directives, and the model reports a
 * finding about shared content once, at the first copy, while per-host findings land
 * in each host's own copy. So a directive acts in the copy it is written in, and the
 * copies of one directive count as one: it is unused only when it suppressed nothing
 * in any copy, and then it is reported once, at the first copy.
 */
import { distance } from 'fastest-levenshtein';
import type { Cluster, ClusterFile } from '../model/types.ts';
import type { FileSuppression, NextLineSuppression } from '../parse/suppressions.ts';
import type { Span } from '../text/span.ts';
import { quote } from './quote.ts';
import { docsUrl, type Finding, type Rule, type Severity } from './rule.ts';

export const UNUSED_SUPPRESSION = 'syntax/unused-suppression';

export interface SuppressOptions {
  /** Every rule hacheck has, to tell a misspelt id from a rule that did not run. */
  readonly rules: readonly Rule[];
  /** Ids of the rules that ran: a directive for another rule may be needed by a full run. */
  readonly ran: readonly string[];
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

type Directive = NextLineSuppression | FileSuppression;

export interface SuppressedFinding {
  readonly finding: Finding;
  /** The first directive that matched it. */
  readonly by: Directive;
}

export interface SuppressResult {
  /** Findings kept, plus the syntax/unused-suppression findings. */
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/** A file that holds directives: a linted file, or a container definition (src/containers/). */
type Carrier = Pick<ClusterFile, 'path' | 'hash' | 'suppressions'>;

interface Placed {
  readonly file: Carrier;
  readonly index: number;
  readonly directive: Directive;
}

/** One key per directive and rule id ('' for a directive without ids), shared by identical copies. */
function usageKey(file: Carrier, index: number, id: string): string {
  return `${file.hash}\0${index}\0${id}`;
}

/** The id that was probably meant: same name without its domain, or a few edits away. */
export function suggestRuleId(id: string, ids: readonly string[]): string | undefined {
  const typed = id.toLowerCase();
  const comparable = (x: string) => (typed.includes('/') ? x : x.slice(x.indexOf('/') + 1));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const x of ids) {
    const d = distance(typed, comparable(x));
    if (d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(typed.length / 5)) ? best : undefined;
}

function directivesByPath(cluster: Cluster): Map<string, Placed[]> {
  const byPath = new Map<string, Placed[]>();
  for (const file of [...cluster.files, ...cluster.definitions]) {
    file.suppressions.forEach((s, index) => {
      if (s.kind === 'malformed') return;
      const list = byPath.get(file.path) ?? [];
      list.push({ file, index, directive: s });
      byPath.set(file.path, list);
    });
  }
  return byPath;
}

/** Drops the findings a directive covers and records which directives were used. */
function suppress(cluster: Cluster, findings: readonly Finding[]): { kept: Finding[]; suppressed: SuppressedFinding[]; used: Set<string> } {
  const byPath = directivesByPath(cluster);
  const used = new Set<string>();
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    let by: Directive | undefined;
    for (const p of byPath.get(finding.span.file) ?? []) {
      const d = p.directive;
      if (d.kind === 'next-line' && d.line !== finding.span.line) continue;
      const id = d.ruleIds.length === 0 ? '' : d.ruleIds.some((r) => r.value === finding.ruleId) ? finding.ruleId : undefined;
      if (id === undefined) continue;
      used.add(usageKey(p.file, p.index, id));
      by ??= d;
    }
    if (by) suppressed.push({ finding, by });
    else kept.push(finding);
  }
  return { kept, suppressed, used };
}

function where(d: Directive): string {
  return d.kind === 'next-line' ? `on line ${d.line}` : 'in this file';
}

/** What is wrong with each directive of the distinct files, as [span, message]. */
function directiveProblems(cluster: Cluster, used: ReadonlySet<string>, options: SuppressOptions): [Span, string][] {
  const known = options.rules.map((r) => r.meta.id);
  const ran = new Set(options.ran);
  const everyRuleRan = known.every((id) => ran.has(id));
  const problems: [Span, string][] = [];
  for (const file of [...cluster.distinctFiles, ...cluster.definitions]) {
    file.suppressions.forEach((d, index) => {
      if (d.kind === 'malformed') {
        problems.push([d.span, `Malformed suppression: ${d.problem}`]);
        return;
      }
      if (d.ruleIds.length === 0) {
        if (everyRuleRan && !used.has(usageKey(file, index, ''))) {
          problems.push([d.span, `Suppression of every rule matches no finding ${where(d)}`]);
        }
        return;
      }
      for (const id of d.ruleIds) {
        if (id.value === UNUSED_SUPPRESSION) {
          problems.push([id.span, `${quote(id.value)} cannot be suppressed by a comment`]);
        } else if (!known.includes(id.value)) {
          const hint = suggestRuleId(id.value, known);
          problems.push([id.span, `${quote(id.value)} is not a hacheck rule${hint ? `; did you mean ${quote(hint)}` : ''}`]);
        } else if (ran.has(id.value) && !used.has(usageKey(file, index, id.value))) {
          problems.push([id.span, `Suppression of ${quote(id.value)} matches no finding ${where(d)}`]);
        }
      }
    });
  }
  return problems;
}

/**
 * Drops the findings that a hacheck-disable-* comment covers: a finding whose span
 * starts in the directive's file, on the line after it (next-line) or anywhere
 * (file), and whose rule the directive lists (or it lists none).
 */
export function applySuppressions(cluster: Cluster, findings: readonly Finding[], options: SuppressOptions): SuppressResult {
  const { kept, suppressed, used } = suppress(cluster, findings);
  // Reported only when syntax/unused-suppression itself is selected and not off.
  if (!options.ran.includes(UNUSED_SUPPRESSION)) return { findings: kept, suppressed };
  const meta = options.rules.find((r) => r.meta.id === UNUSED_SUPPRESSION)?.meta;
  const setting = options.severities?.[UNUSED_SUPPRESSION] ?? meta?.severity ?? 'warning';
  const severity: Severity = setting === 'off' ? 'warning' : setting;
  for (const [span, message] of directiveProblems(cluster, used, options)) {
    kept.push({ ruleId: UNUSED_SUPPRESSION, severity, message, span, related: [], docsUrl: docsUrl(UNUSED_SUPPRESSION) });
  }
  return { findings: kept, suppressed };
}
