// scripts/test.mjs: its closing tally (scripts/test-tally.mjs) on uvu's summary and the skip
// log of test/support/skip.ts, and the quick run (npm run test:quick) on a suite of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SLOW_SUITES } from '../scripts/slow-suites.mjs';
import { splitInTwo } from '../scripts/split-suites.mjs';
import { SUITE_SECONDS, secondsOf, UNMEASURED_SECONDS } from '../scripts/suite-seconds.mjs';
import { sumSummaries, tally } from '../scripts/test-tally.mjs';
import { ROOT } from './support/fixtures.ts';
import { CI_COUNT, DEFAULT_COUNT } from './support/fuzz/counts.ts';

/** The end of uvu 0.5.6's output (dist/index.mjs, exec), colours off. */
const summary = (total: number, passed: number, skipped: number) =>
  `\n  Total:     ${total}\n  Passed:    ${passed}\n  Skipped:   ${skipped}\n  Duration:  812.30ms\n\n`;
const skip = (suite: string, reason: string, ciMaySkip = false) => `${JSON.stringify({ suite, reason, ciMaySkip })}\n`;

test('tally: skipped suites are counted and each reason is listed once, with its count', () => {
  const log = skip('corpus', 'the corpus folder does not exist', true).repeat(16) + skip('pre-commit hook', '`pre-commit` is not installed').repeat(8);
  assert.equal(tally(`corpus.test.ts\n  (0 / 0)\n${summary(1200, 1200, 24)}`, log, { code: 0, ci: false }), {
    lines: ['tests: 1200 passed, 0 failed, 24 skipped', 'skipped: 16 corpus tests (the corpus folder does not exist)', 'skipped: 8 pre-commit hook tests (`pre-commit` is not installed)'],
    ok: true,
  });
});

test('tally: a summary uvu coloured (FORCE_COLOR in the environment) reads the same', () => {
  const coloured = '  Total:     3\u001b[32m\n  Passed:    3\u001b[39m\n  Skipped:   \u001b[33m1\u001b[39m\n  Duration:  2.56ms\n';
  assert.equal(tally(coloured, skip('corpus', 'absent', true), { code: 0, ci: false }), { lines: ['tests: 3 passed, 0 failed, 1 skipped', 'skipped: 1 corpus test (absent)'], ok: true });
});

test('the quick run\'s two uvu processes add up to one summary; one that printed none leaves none', () => {
  const one = '  Total:     3\n  Passed:    2\n  Skipped:   1\n  Duration:  1ms\n';
  const two = '  Total:     5\u001b[32m\n  Passed:    5\u001b[39m\n  Duration:  2ms\n';
  assert.is(sumSummaries([one, two]), '  Total:     8\n  Passed:    7\n  Skipped:   1\n');
  assert.equal(tally(sumSummaries([one, two]), '', { code: 1, ci: false }), { lines: ['tests: 7 passed, 1 failed, 1 skipped', 'skipped: 1 test with no reason given (test.skip outside test/support/skip.ts)'], ok: false });
  assert.is(sumSummaries([one, 'SyntaxError: a suite failed to load\n']), '');
});

test('tally: failures fail the run; one skipped test is "test", not "tests"', () => {
  assert.equal(tally(summary(10, 8, 1), skip('JDK Properties.load', 'javac is not installed'), { code: 1, ci: false }), {
    lines: ['tests: 8 passed, 2 failed, 1 skipped', 'skipped: 1 JDK Properties.load test (javac is not installed)'],
    ok: false,
  });
});

test('tally: under CI=true a skip is a failure, except for a suite marked ciMaySkip (the corpus)', () => {
  const corpusOnly = skip('corpus', 'absent', true).repeat(2);
  assert.equal(tally(summary(5, 5, 2), corpusOnly, { code: 0, ci: true }), { lines: ['tests: 5 passed, 0 failed, 2 skipped', 'skipped: 2 corpus tests (absent)'], ok: true });
  assert.equal(tally(summary(5, 5, 6), corpusOnly + skip('ZooKeeper differential', 'java is not installed').repeat(4), { code: 0, ci: true }), {
    lines: [
      'tests: 5 passed, 0 failed, 6 skipped',
      'skipped: 2 corpus tests (absent)',
      'skipped: 4 ZooKeeper differential tests (java is not installed)',
      'CI=true: ZooKeeper differential tests must not be skipped there (java is not installed)',
    ],
    ok: false,
  });
});

test('tally: a bare test.skip is counted, said to have no reason, and fails under CI=true', () => {
  assert.equal(tally(summary(3, 3, 1), '', { code: 0, ci: false }), {
    lines: ['tests: 3 passed, 0 failed, 1 skipped', 'skipped: 1 test with no reason given (test.skip outside test/support/skip.ts)'],
    ok: true,
  });
  assert.is(tally(summary(3, 3, 1), '', { code: 0, ci: true }).ok, false);
});

test('tally: no summary (a suite failed to load) and no test at all are failures', () => {
  assert.equal(tally('SyntaxError: Unexpected token\n', '', { code: 1, ci: false }), { lines: ['tests: 0 passed, 1 failed (uvu printed no summary: a suite failed to load)'], ok: false });
  assert.equal(tally(summary(0, 0, 0), '', { code: 0, ci: false }), { lines: ['tests: 0 passed, 0 failed, 0 skipped', 'no test ran'], ok: false });
});

test('every suite that skips says why through test/support/skip.ts: no test prints SKIPPED itself or calls test.skip', () => {
  const own = readdirSync(join(ROOT, 'test')).filter((f) => f.endsWith('.test.ts') && f !== 'test-runner.test.ts');
  const bare = own.filter((f) => /SKIPPED|\btest\.skip\(/.test(readFileSync(join(ROOT, 'test', f), 'utf8')));
  assert.equal(bare, []);
});

test('the slow suites the quick run leaves out are test files that exist, the fuzzer and the real-ZooKeeper suite among them', () => {
  const names = SLOW_SUITES.map((s) => s.name);
  assert.equal(names.filter((n) => !existsSync(join(ROOT, 'test', n))), []);
  assert.ok(names.includes('fuzz.test.ts') && names.includes('zookeeper-real.test.ts'), names.join(', '));
});

test('the two uvu processes get halves of about equal measured duration, the longest suite first', () => {
  const seconds: Record<string, number> = { 'a.test.ts': 100, 'b.test.ts': 60, 'c.test.ts': 50, 'd.test.ts': 5, 'e.test.ts': 5 };
  // By size or by name the 100 s suite could share a half with another long one: 160 s against 60 s.
  assert.equal(splitInTwo(Object.keys(seconds), (f) => seconds[f]!), [['a.test.ts', 'd.test.ts', 'e.test.ts'], ['b.test.ts', 'c.test.ts']]);
  assert.equal(splitInTwo(['only.test.ts'], () => 1), [['only.test.ts']]);
  assert.equal(splitInTwo([], () => 1), []);
});

test('the measured durations name test files that exist; a suite not measured yet counts as a middling one', () => {
  assert.equal(Object.keys(SUITE_SECONDS).filter((n) => !existsSync(join(ROOT, 'test', n))), []);
  assert.is(secondsOf('fuzz.test.ts'), SUITE_SECONDS['fuzz.test.ts']);
  assert.is(secondsOf('a-suite-added-later.test.ts'), UNMEASURED_SECONDS);
});

test('npm test runs the fuzzer on a few thousand inputs; CI (.ci/run) on the full run', () => {
  assert.ok(DEFAULT_COUNT >= 2_000 && DEFAULT_COUNT <= 5_000, String(DEFAULT_COUNT));
  assert.match(readFileSync(join(ROOT, 'test/fuzz.test.ts'), 'utf8'), "envInteger('FUZZ_COUNT', DEFAULT_COUNT)");
  const testLines = readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n').filter((l) => /\bnpm test\b/.test(l) && !l.startsWith('#'));
  assert.equal(testLines, [`CI=true FUZZ_COUNT=${CI_COUNT} npm test`]);
});

/**
 * scripts/test.mjs run from a scratch project whose test/ holds a quick suite (one test passes,
 * one is skipped through the real skip helper) and a failing fuzz.test.ts that --quick leaves out.
 */
function runRunner(args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-runner-'));
  try {
    mkdirSync(join(dir, 'test'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(
      join(dir, 'test/quick.test.ts'),
      `import { test } from 'uvu';\nimport { testUnless } from ${JSON.stringify(join(ROOT, 'test/support/skip.ts'))};\n` +
        `test('passes', () => {});\ntestUnless('fake prerequisite', 'it is missing')('is skipped', () => {});\ntest.run();\n`,
    );
    writeFileSync(join(dir, 'test/fuzz.test.ts'), `import { test } from 'uvu';\ntest('fails', () => { throw new Error('the fuzzer ran'); });\ntest.run();\n`);
    const base: NodeJS.ProcessEnv = { ...process.env };
    delete base['CI'];
    delete base['HACHECK_TEST_SKIP_LOG'];
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/test.mjs'), ...args], { cwd: dir, encoding: 'utf8', env: { ...base, ...env } });
    // The lines after uvu's own summaries, and how many uvu processes printed one.
    const tail = r.stdout.slice(r.stdout.lastIndexOf('Duration:')).split('\n').slice(1).filter(Boolean);
    return { code: r.status, tail, processes: r.stdout.split('Duration:').length - 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const leftOut = `quick run: left out ${SLOW_SUITES.map((s) => s.name).join(', ')} (npm test runs them)`;

test('the quick run leaves the fuzzer out, counts the skipped test and says why', () => {
  assert.equal(runRunner(['--quick']), { code: 0, tail: ['tests: 1 passed, 0 failed, 1 skipped', 'skipped: 1 fake prerequisite test (it is missing)', leftOut], processes: 1 });
});

test('the full run runs the fuzzer too (here it fails), as a second uvu process beside the other suite; under CI=true the skip fails the quick run', () => {
  assert.equal(runRunner([]), { code: 1, tail: ['tests: 1 passed, 1 failed, 1 skipped', 'skipped: 1 fake prerequisite test (it is missing)'], processes: 2 });
  assert.equal(runRunner(['--quick'], { CI: 'true' }), {
    code: 1,
    tail: ['tests: 1 passed, 0 failed, 1 skipped', 'skipped: 1 fake prerequisite test (it is missing)', 'CI=true: fake prerequisite tests must not be skipped there (it is missing)', leftOut],
    processes: 1,
  });
});

test.run();
