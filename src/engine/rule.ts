import type { Cluster } from '../model/types.ts';
import type { Span } from '../text/span.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

/** What a rule reports: where, one factual sentence, and evidence elsewhere. */
export interface Report {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
}

export type Reporter = (report: Report) => void;

/** Everything the documentation, --list-rules and SARIF say about a rule. */
export interface RuleMeta {
  /** `<domain>/<name>`, equal to the rule's path under rules/. */
  readonly id: string;
  /** The severity a careful operator would choose: error = startup or failover breaks. */
  readonly severity: Severity;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Markdown: why it matters, with the upstream behaviour. */
  readonly rationale: string;
  /** Markdown: how to fix it. */
  readonly fix: string;
  /** Upstream sources the rule relies on (file and lines, or documentation). */
  readonly references: readonly string[];
  /** The exact message the upstream program logs or throws, when there is one. */
  readonly upstreamMessage?: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Pure: reads the frozen model and reports; never reads files. */
  check(cluster: Cluster, report: Reporter): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly related: readonly RelatedLocation[];
  readonly docsUrl: string;
  /** The cluster the finding is about, when the linted directory holds several (src/discovery/clusters.ts). */
  readonly cluster?: string;
}

export const DOCS_BASE = 'https://github.com/hacheck/hacheck/blob/main/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
