import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory, type LintResult } from '../src/lint.ts';
import { expectFile } from './support/expect.ts';
import { ROOT, rel } from './support/fixtures.ts';
import { testUnless } from './support/skip.ts';

// Real cluster configurations from public repositories (../shared/corpus/, see its SOURCES.md),
// each linted with every rule. hacheck must not crash on any of them, and its findings on them
// are kept in test/corpus/<case>.txt (compact format) for review. UPDATE=1 rewrites those files.
const CORPUS = new URL('../../shared/corpus/', import.meta.url).pathname;
const SNAPSHOTS = join(ROOT, 'test/corpus');

function cases(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => !name.startsWith('.') && statSync(join(CORPUS, name)).isDirectory())
    .sort();
}

// RULE=<prefix> (while writing a rule) runs the fixture cases of some rules only; the corpus runs
// every rule, so it is left out then, and UPDATE=1 cannot rewrite its files from a partial run.
const missing = process.env['RULE']
  ? `RULE=${process.env['RULE']} is set`
  : !existsSync(CORPUS)
    ? `${relative(ROOT, CORPUS)} does not exist`
    : undefined;
// The corpus is not part of the repository: CI, on a fresh clone, skips it.
const corpusTest = testUnless('corpus', missing, { ciMaySkip: true });
// Without the corpus, its cases are those whose findings are kept here.
const names = missing === undefined ? cases() : readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length)).sort();

for (const name of names) {
  corpusTest(`corpus ${name}`, async () => {
    let result: LintResult;
    try {
      result = await lintDirectory(join(CORPUS, name));
    } catch (err) {
      assert.unreachable(`hacheck threw on ${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return;
    }
    assert.equal(result.internalErrors, [], `internal errors on ${name}`);
    const snapshot = join(SNAPSHOTS, `${name}.txt`);
    if (process.env['UPDATE'] !== '1') {
      assert.ok(existsSync(snapshot), `${rel(snapshot)} is missing: run UPDATE=1 and review it`);
    }
    expectFile(snapshot, formatCompact(result.findings));
  });
}

test.run();
