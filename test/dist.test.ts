import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { testUnless } from './support/skip.ts';

// dist/ is committed: the GitHub Action runs dist/action.mjs and the pre-commit hook
// dist/hacheck.mjs straight from the repository, with nothing built on the way.
const BUNDLES = ['dist/hacheck.mjs', 'dist/action.mjs'];

function digests(): string[] {
  return BUNDLES.map((f) => createHash('sha256').update(readFileSync(join(ROOT, f))).digest('hex'));
}

test('the bundle is deterministic: a build from another working directory gives the same bytes', () => {
  const before = digests();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: tmpdir(), encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.equal(digests(), before);
});

const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ROOT, encoding: 'utf8' });
const checkoutTest = testUnless('dist/ freshness', git.status === 0 ? undefined : 'not a git checkout');

checkoutTest('dist/ is fresh: the build (npm test runs it first) reproduces the committed files', () => {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: ROOT, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stdout, '', `dist/ differs from the committed files: run \`npm run build\` and commit dist/\n${r.stdout}`);
});

test.run();
