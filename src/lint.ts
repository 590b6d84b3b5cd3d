import { RULES } from '../rules/index.ts';
import { postProcess } from './engine/post.ts';
import type { Finding, Rule, Severity } from './engine/rule.ts';
import { applyHostOverrides, severitiesToRun, type HostOverride } from './engine/host-overrides.ts';
import { parseFailureErrors, runRules, type InternalError } from './engine/run.ts';
import { applySuppressions, type SuppressedFinding } from './engine/suppress.ts';
import { buildClusters, type BuildOptions } from './model/build.ts';
import { mergeClusters } from './model/merge-clusters.ts';
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
  /** The directory's cluster, or a view of all its clusters when it holds several (src/model/merge-clusters.ts). */
  readonly cluster: Cluster;
  /** Each cluster the directory holds, linted on its own. */
  readonly clusters: readonly Cluster[];
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

/** Lints a directory: discover, parse, model each cluster it holds, run the rules on each, post-process. */
export async function lintDirectory(dir: string, options: LintOptions = {}): Promise<LintResult> {
  const rules = selectRules(options.only);
  // Frozen so that no rule can change what the next rule sees.
  const clusters = (await buildClusters(dir, options.build)).map((c) => deepFreeze(c));
  const several = clusters.length > 1;
  const findings: Finding[] = [];
  const internalErrors: InternalError[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const cluster of clusters) {
    const one = lintCluster(cluster, rules, options);
    // Findings name their cluster when there are several: cross-file rules compared only its files.
    for (const f of one.findings) findings.push(several ? { ...f, cluster: cluster.name } : f);
    // One at a time: spreading a long list into push() overflows the stack.
    for (const e of one.internalErrors) internalErrors.push(e);
    for (const s of one.suppressed) suppressed.push(s);
  }
  return { cluster: mergeClusters(clusters), clusters, findings: postProcess(findings), internalErrors, suppressed };
}

function lintCluster(cluster: Cluster, rules: readonly Rule[], options: LintOptions): Omit<LintResult, 'cluster' | 'clusters'> {
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
  return { findings: graded, internalErrors: [...parseFailureErrors(cluster), ...internalErrors], suppressed };
}
