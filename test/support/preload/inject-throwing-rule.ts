/**
 * Preload (`node --import tsx --import ./test/support/preload/inject-throwing-rule.ts <entry> DIR`)
 * that adds the broken rules of test/support/inject-throwing-rule.ts to the very module instance
 * of RULES the entry later imports: the sources' rules/index.ts, or the bundle's rules chunk for
 * dist/hacheck.mjs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../../../src/engine/rule.ts';
import { ROOT } from '../fixtures.ts';
import { addBrokenRules } from '../inject-throwing-rule.ts';

function bundledRulesModule(): string {
  const chunks = join(ROOT, 'dist/chunks');
  return join(chunks, readdirSync(chunks).find((f) => /^rules-\w+\.mjs$/.test(f))!);
}

const fromBundle = process.argv[1]?.endsWith('dist/hacheck.mjs') ?? false;
const { RULES } = (await import(fromBundle ? bundledRulesModule() : '../../../rules/index.ts')) as { RULES: Rule[] };
addBrokenRules(RULES);
