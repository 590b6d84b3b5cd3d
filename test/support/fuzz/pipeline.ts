/**
 * What the fuzzer runs on each mutated cluster: everything `hacheck DIR` and
 * `hacheck summary DIR` run after reading the directory — every rule, every
 * output format (the CLI writes any of them), the summary and its renderers.
 * A crash in a formatter is as much a crash of the CLI as one in a parser.
 */
import type { Rule } from '../../../src/engine/rule.ts';
import { FORMATTERS } from '../../../src/format/registry.ts';
import { lintDirectory, selectRules } from '../../../src/lint.ts';
import type { Cluster } from '../../../src/model/types.ts';
import { renderSummaryMarkdownFrom } from '../../../src/summary/markdown.ts';
import { summarize } from '../../../src/summary/summarize.ts';
import { renderSummaryText } from '../../../src/summary/text.ts';
import { VERSION } from '../../../src/version.ts';
import { RULES } from '../../../rules/index.ts';

export interface RuleFailure {
  /** Undefined when a file's parser threw, not a rule. */
  readonly ruleId: string | undefined;
  readonly message: string;
  readonly stack: string | undefined;
}

/** The outcome of a pipeline that returned: the rules that threw (the CLI's exit 2). */
export interface PipelineResult {
  readonly internalErrors: readonly RuleFailure[];
}

export interface PipelineOptions {
  /** Colour in the terminal formats: the runner sets it on odd inputs, so both paths are exercised at the cost of one. */
  readonly color: boolean;
}

export type Pipeline = (dir: string, options: PipelineOptions) => Promise<PipelineResult>;

/** The options of input `index`: a replay must run it as the run that found it did. */
export function optionsFor(index: number): PipelineOptions {
  return { color: index % 2 === 1 };
}

const RULE_LIST: readonly Rule[] = selectRules(undefined);

/**
 * When the engine kept no stack, the rule is run again alone on the same
 * frozen model to get one for the report. Undefined when the rerun does not
 * throw (an invalid location, which the engine detects, not the rule).
 */
function stackOf(cluster: Cluster, ruleId: string): string | undefined {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  try {
    rule?.check(cluster, () => {});
  } catch (err) {
    return err instanceof Error ? err.stack : String(err);
  }
  return undefined;
}

export const checkCluster: Pipeline = async (dir, { color }) => {
  const result = await lintDirectory(dir);
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const text = format({ findings: result.findings, cluster: result.cluster, rules: RULE_LIST, color, toolVersion: VERSION, root: dir, workspace: dir });
    // The JSON output must stay parseable whatever the input: a consumer would fail on it. SARIF
    // goes through the same serializer (stringifySafe) and is not parsed again: its rule
    // descriptors, the same for every input, made that a quarter of the time per input.
    if (name === 'json') {
      try {
        JSON.parse(text);
      } catch (err) {
        throw new Error(`the ${name} output is not JSON: ${(err as Error).message}`);
      }
    }
  }
  const summary = summarize(result.cluster);
  renderSummaryText(summary);
  // With the diagram: the same Markdown as without it, plus renderMermaid.
  renderSummaryMarkdownFrom(summary, { mermaid: true });
  return {
    internalErrors: result.internalErrors.map((e) => ({
      ruleId: e.ruleId,
      message: e.message,
      stack: e.stack ?? (e.ruleId === undefined ? undefined : stackOf(result.cluster, e.ruleId)),
    })),
  };
};
