import { renderKnowledge } from './generate-knowledge.ts';
import { renderNameCatalogue } from './generate-name-catalogue.ts';
import { renderRuleIndex } from './generate-rule-index.ts';
import { renderPreCommitHooks } from './generate-pre-commit-hooks.ts';

const root = new URL('../', import.meta.url).pathname;

export interface GeneratedFile {
  readonly path: string;
  readonly render: () => string | Promise<string>;
}

/**
 * Every file the repo generates, with the function that renders it. The rule
 * index comes first: the docs are rendered from the rules it lists.
 */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const base: GeneratedFile[] = [
    { path: `${root}src/knowledge/hadoop-defaults.generated.ts`, render: renderKnowledge },
    { path: `${root}src/knowledge/hadoop-name-catalogue.generated.ts`, render: renderNameCatalogue },
    { path: `${root}rules/index.ts`, render: renderRuleIndex },
  ];
  // Imported late: the docs import rules/index.ts, which must exist first.
  const docs = await import('./generate-docs.ts');
  const pages = await import('./generate-rule-pages.ts');
  const config = await import('./generate-config.ts');
  return [
    ...base,
    ...docs.ruleDocFiles(),
    { path: `${root}src/docs/rule-pages.generated.ts`, render: pages.renderRulePagesModule },
    { path: `${root}schemas/hacheck-config.schema.json`, render: config.renderConfigSchema },
    { path: `${root}src/config/validate-config.generated.ts`, render: config.renderConfigValidator },
    { path: `${root}docs/rules.md`, render: docs.renderRulesTable },
    { path: `${root}.pre-commit-hooks.yaml`, render: () => renderPreCommitHooks(`${root}.pre-commit-hooks.yaml`) },
  ];
}
