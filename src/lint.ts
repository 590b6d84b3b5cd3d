import { RULES } from '../rules/index.ts';
import { postProcess } from './engine/post.ts';
import type { Finding, Rule, Severity } from './engine/rule.ts';
import { runRules, type InternalError } from './engine/run.ts';
import { buildCluster } from './model/build.ts';
import { deepFreeze } from './model/freeze.ts';
import type { Cluster } from './model/types.ts';
import { fail } from './cli/usage-error.ts';

export interface LintOptions {
  /** Run only these rule ids (all when absent). */
  readonly only?: readonly string[];
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
}

export interface LintResult {
  readonly cluster: Cluster;
  readonly findings: Finding[];
  readonly internalErrors: InternalError[];
}

export function selectRules(only: readonly string[] | undefined): Rule[] {
  if (!only) return [...RULES];
  const unknown = only.filter((id) => !RULES.some((r) => r.meta.id === id));
  if (unknown.length > 0) fail(`unknown rule ${unknown.map((u) => `"${u}"`).join(', ')}`);
  return RULES.filter((r) => only.includes(r.meta.id));
}

/** Lints one cluster directory: discover, parse, model, rules, post-processing. */
export async function lintDirectory(dir: string, options: LintOptions = {}): Promise<LintResult> {
  const rules = selectRules(options.only);
  // Frozen so that no rule can change what the next rule sees.
  const cluster = deepFreeze(await buildCluster(dir));
  const { findings, internalErrors } = runRules(cluster, rules, options.severities ? { severities: options.severities } : {});
  return { cluster, findings: postProcess(findings), internalErrors };
}
