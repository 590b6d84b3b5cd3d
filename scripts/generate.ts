/** Writes every generated file. `npm run generate`; test/meta.test.ts checks they are fresh. */
import { writeFileSync } from 'node:fs';
import { renderRuleIndex } from './generate-rule-index.ts';

// The rule index first, in its own step: the docs import it.
const root = new URL('../', import.meta.url).pathname;
writeFileSync(`${root}rules/index.ts`, renderRuleIndex());
const { generatedFiles } = await import('./generated-files.ts');
for (const { path, render } of await generatedFiles()) {
  writeFileSync(path, await render());
}
console.error('generated files written');
