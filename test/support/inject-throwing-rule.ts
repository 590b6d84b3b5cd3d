/**
 * Preload (`node --import tsx --import ./test/support/inject-throwing-rule.ts
 * <entry> DIR`) that adds two broken rules to the rules the run uses, with no
 * hook in the production code: RULES is a plain array at run time, and the
 * preload imports the very module instance the entry later imports (the
 * sources' rules/index.ts, or the bundle's rules chunk for dist/hacheck.mjs).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from '../../src/engine/rule.ts';
import { ROOT } from './fixtures.ts';

const meta = { severity: 'error', description: 'x', rationale: 'x', fix: 'x', references: ['x'] } as const;

const BROKEN: Rule[] = [
  {
    meta: { ...meta, id: 'test/throws' },
    check() {
      // A line break and a forged workflow command, which the report must keep on its line.
      throw new Error('cannot handle "a\n::error::forged"'); // THROW-SITE
    },
  },
  {
    meta: { ...meta, id: 'test/bad-span' },
    check(_cluster, report) {
      report({ span: { file: 'nope.xml', line: 1, column: 1, endLine: 1, endColumn: 1 }, message: 'x' }); // REPORT-SITE
    },
  },
];

function bundledRulesModule(): string {
  const chunks = join(ROOT, 'dist/chunks');
  return join(chunks, readdirSync(chunks).find((f) => /^rules-\w+\.mjs$/.test(f))!);
}

const fromBundle = process.argv[1]?.endsWith('dist/hacheck.mjs') ?? false;
const { RULES } = (await import(fromBundle ? bundledRulesModule() : '../../rules/index.ts')) as { RULES: Rule[] };
RULES.push(...BROKEN);
