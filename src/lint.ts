import { RULES } from '../rules/index.ts';
import { postProcess } from './engine/post.ts';
import type { Finding, Rule, Severity } from './engine/rule.ts';
import { applyHostOverrides, severitiesToRun, type HostOverride } from './engine/host-overrides.ts';
import { parseFailureErrors, runRules, type InternalError } from './engine/run.ts';
import { applySuppressions, type SuppressedFinding } from './engine/suppress.ts';
import { buildCluster, type BuildOptions } from './model/build.ts';
import { deepFreeze } from './model/freeze.ts';
import type { Cluster } from './model/types.ts';
import { fail } from './cli/usage-error.ts';

export interface LintOptions {
  /** Run only these rule ids (all when absent). */
  readonly only?: readonly string[];
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Rule settings for findings in some hosts' folders (the configuration file's `overrides`). */
  readonly overrides?: readonly HostOverride[];
  /** Host folders, versions and ignore globs from the configuration file. */
  readonly build?: BuildOptions;
}

export interface LintResult {
  readonly cluster: Cluster;
  readonly findings: Finding[];
  readonly internalErrors: InternalError[];
  /** Findings dropped by hacheck-disable-* comments, with the directive that dropped each. */
  readonly suppressed: SuppressedFinding[];
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
  const cluster = deepFreeze(await buildCluster(dir, options.build));
  const overrides = options.overrides ?? [];
  const runSeverities = severitiesToRun(options.severities, overrides);
  const { findings, internalErrors, ran } = runRules(cluster, rules, runSeverities ? { severities: runSeverities } : {});
  const { findings: kept, suppressed } = applySuppressions(cluster, findings, {
    rules: RULES,
    ran,
    ...(options.severities ? { severities: options.severities } : {}),
  });
  // After the suppressions, so that a directive acts on what the rules found, whatever the host's setting.
  const graded = applyHostOverrides(kept, cluster, options.severities, overrides);
  return { cluster, findings: postProcess(graded), internalErrors: [...parseFailureErrors(cluster), ...internalErrors], suppressed };
}
