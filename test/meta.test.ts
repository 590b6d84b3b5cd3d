import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.ts';
import { generatedFiles } from '../scripts/generated-files.ts';
import { ruleIdsOnDisk } from '../scripts/generate-rule-index.ts';
import { defineRule } from '../src/engine/rule.ts';
import { runRules } from '../src/engine/run.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { buildCluster } from '../src/model/build.ts';
import { deepFreeze } from '../src/model/freeze.ts';
import { clusterCases, fixtureRuleFolders, ruleCases } from './support/fixtures.ts';

test('rule ids are unique and equal to their paths', () => {
  const ids = RULES.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(ids, ruleIdsOnDisk());
});

test('every rule has a valid and an invalid fixture case', () => {
  const cases = ruleCases();
  const missing = RULES.flatMap((r) =>
    (['valid', 'invalid'] as const)
      .filter((kind) => !cases.some((c) => c.ruleId === r.meta.id && c.kind === kind))
      .map((kind) => `${r.meta.id} has no ${kind} case`),
  );
  assert.equal(missing, []);
});

test('no fixture folder without its rule', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  assert.equal(fixtureRuleFolders().filter((f) => !ids.has(f)), []);
});

test('rule metadata is complete', () => {
  for (const r of RULES) {
    const m = r.meta;
    assert.ok(m.description.length > 0 && !m.description.endsWith('.'), `${m.id}: one-line description without a period`);
    assert.ok(m.rationale.length > 0 && m.fix.length > 0, `${m.id}: rationale and fix`);
    assert.ok(m.references.length > 0, `${m.id}: at least one upstream reference`);
  }
});

test('generated files are fresh (run `npm run generate`)', async () => {
  for (const g of await generatedFiles()) {
    assert.fixture(readFileSync(g.path, 'utf8'), await g.render(), `${g.path} is stale`);
  }
});

test('docs/output-formats.md shows the real output for the example cluster', () => {
  const readme = readFileSync(new URL('../docs/output-formats.md', import.meta.url), 'utf8');
  const shown = /\$ node dist\/hacheck\.mjs --format compact fixtures\/clusters\/seed-blog\n([\s\S]*?)```/.exec(readme)?.[1];
  const expected = readFileSync(new URL('../fixtures/clusters/seed-blog/expected.txt', import.meta.url), 'utf8');
  assert.is(shown, expected);
});

test('output is deterministic', async () => {
  for (const c of clusterCases().slice(0, 3)) {
    const a = formatCompact((await lintDirectory(c.dir)).findings);
    const b = formatCompact((await lintDirectory(c.dir)).findings);
    assert.is(a, b);
  }
});

test('the model is frozen: a rule that writes to it becomes an internal error', async () => {
  const dir = ruleCases()[0]!.dir;
  const cluster = deepFreeze(await buildCluster(dir));
  const vandal = defineRule({
    meta: { id: 'test/vandal', severity: 'error', description: 'x', rationale: 'x', fix: 'x', references: ['x'] },
    check(c) {
      (c.hosts as unknown as string[]).push('x');
    },
  });
  const result = runRules(cluster, [vandal]);
  assert.is(result.internalErrors.length, 1);
  assert.is(result.internalErrors[0]!.ruleId, 'test/vandal');
});

test('a rule reporting outside the linted files is an internal error, and other rules still run', async () => {
  const c = ruleCases().find((x) => x.kind === 'invalid')!;
  const cluster = deepFreeze(await buildCluster(c.dir));
  const liar = defineRule({
    meta: { id: 'test/liar', severity: 'error', description: 'x', rationale: 'x', fix: 'x', references: ['x'] },
    check(_c, report) {
      report({ span: { file: 'nope.xml', line: 1, column: 1, endLine: 1, endColumn: 1 }, message: 'x' });
    },
  });
  const real = RULES.find((r) => r.meta.id === c.ruleId)!;
  const result = runRules(cluster, [liar, real]);
  assert.equal(result.internalErrors.map((e) => e.ruleId), ['test/liar']);
  assert.ok(result.findings.length > 0);
});

test.run();
