/**
 * Two broken rules added to the rules a run uses, with no hook in the production code: RULES
 * is a plain array at run time. In process (`addBrokenRules(RULES)` on the sources'
 * rules/index.ts, which runCli imports too), or in a spawned CLI by the preload
 * test/support/preload/inject-throwing-rule.ts.
 */
import type { Rule } from '../../src/engine/rule.ts';

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

/** Adds the broken rules to `rules`; returns what takes them out again. */
export function addBrokenRules(rules: Rule[]): () => void {
  rules.push(...BROKEN);
  return () => {
    for (const rule of BROKEN) rules.splice(rules.indexOf(rule), 1);
  };
}
