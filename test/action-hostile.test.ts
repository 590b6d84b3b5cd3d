// The Action run on a malicious pull request: its author chooses the workflow's inputs and commits
// symbolic links (actions/checkout recreates them), so both may point outside the workspace.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { runAction, type ActionRun } from './support/run-action.ts';

const CLEAN = join(ROOT, 'fixtures/clusters/hadoop3-per-host');
const SEED = join(ROOT, 'fixtures/clusters/seed-blog');

/** A folder outside the workspace standing for the runner's own files (~/.bashrc, the runner's credentials). */
function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-outside-'));
  writeFileSync(join(dir, 'precious'), 'the runner owns this\n');
  // A cluster out there too, so that a lint that escaped would have something to read.
  cpSync(SEED, join(dir, 'cluster'), { recursive: true });
  writeFileSync(join(dir, 'hacheck.json'), JSON.stringify({ rules: { 'zookeeper/myid-missing': 'off' } }));
  return dir;
}

/** The run failed before doing anything: exactly these lines, exit 2, no output set, no summary. */
function assertRefused(r: ActionRun, lines: string[]): void {
  assert.is(r.stdout, lines.map((l) => `${l}\n`).join(''));
  assert.is(r.stderr, '');
  assert.is(r.code, 2);
  assert.equal(r.outputs, {});
  assert.is(r.summary, '');
}

function assertUntouched(dir: string): void {
  assert.equal(readdirSync(dir).sort(), ['cluster', 'hacheck.json', 'precious']);
  assert.is(readFileSync(join(dir, 'precious'), 'utf8'), 'the runner owns this\n');
}

test('sarif-file: a committed link to a file outside the workspace is refused, the file is unchanged', () => {
  const out = outside();
  const r = runAction({ path: 'c', 'sarif-file': 'hacheck.sarif' }, (ws) => {
    cpSync(SEED, join(ws, 'c'), { recursive: true });
    symlinkSync(join(out, 'precious'), join(ws, 'hacheck.sarif'));
  });
  // The target is not named: the log of a pull request's run is public.
  assertRefused(r, ['::error::hacheck: the sarif-file input "hacheck.sarif" is a symbolic link that leads outside the workspace']);
  assertUntouched(out);
});

test('sarif-file: a file under a committed link to a folder outside the workspace is refused, nothing is created there', () => {
  const out = outside();
  const r = runAction({ path: 'c', 'sarif-file': 'reports/new/hacheck.sarif' }, (ws) => {
    cpSync(SEED, join(ws, 'c'), { recursive: true });
    symlinkSync(out, join(ws, 'reports'));
  });
  assertRefused(r, ['::error::hacheck: the sarif-file input "reports/new/hacheck.sarif" goes through "reports", a symbolic link that leads outside the workspace']);
  assertUntouched(out);
});

test('sarif-file: a committed link to nothing is refused, so no file is created where it points', () => {
  const out = outside();
  const r = runAction({ path: 'c', 'sarif-file': 'hacheck.sarif' }, (ws) => {
    cpSync(SEED, join(ws, 'c'), { recursive: true });
    symlinkSync(join(out, 'created-by-hacheck'), join(ws, 'hacheck.sarif'));
  });
  assertRefused(r, ['::error::hacheck: the sarif-file input "hacheck.sarif" is a symbolic link that leads nowhere']);
  assertUntouched(out);
});

test('sarif-file: a link to a file inside the workspace is not written through', () => {
  let ws = '';
  const r = runAction({ path: 'c', 'sarif-file': 'hacheck.sarif' }, (w) => {
    ws = w;
    cpSync(CLEAN, join(w, 'c'), { recursive: true });
    writeFileSync(join(w, 'notes.txt'), 'kept\n');
    symlinkSync('notes.txt', join(w, 'hacheck.sarif'));
  });
  // Found while writing, after the lint: the findings (none here) are out, then the one error line.
  assert.is(r.stdout, '::error::hacheck: cannot write the SARIF file "hacheck.sarif": it is a symbolic link, which hacheck does not write through\n');
  assert.is(r.code, 2);
  assert.is(readFileSync(join(ws, 'notes.txt'), 'utf8'), 'kept\n');
});

test('sarif-file: an absolute path inside the workspace (${{ github.workspace }}/...) is written, its folders created', () => {
  const inputs: Record<string, string> = { path: 'c' };
  let file = '';
  // The workspace is created by runAction: the input is set once its path is known (before the run reads the inputs).
  const r = runAction(inputs, (ws) => {
    cpSync(CLEAN, join(ws, 'c'), { recursive: true });
    file = join(ws, 'reports/a/b/hacheck.sarif');
    inputs['sarif-file'] = file;
  });
  assert.is(r.stdout, 'hacheck: 0 errors, 0 warnings, 0 info\n');
  assert.is(r.code, 0);
  assert.is(r.outputs['sarif-file'], file);
  assert.is(JSON.parse(readFileSync(file, 'utf8')).version, '2.1.0');
});

test('path: "/", "../.." and an absolute path outside the workspace are refused', () => {
  const out = outside();
  for (const path of ['/', '../..', '..', 'c/../../x', out, join(out, 'cluster')]) {
    const r = runAction({ path }, (ws) => cpSync(CLEAN, join(ws, 'c'), { recursive: true }));
    assertRefused(r, [`::error::hacheck: the path input "${path}" is outside the workspace`]);
  }
});

test('path: a committed link to a folder outside the workspace is refused, at the link or on the way', () => {
  const out = outside();
  const setup = (ws: string) => symlinkSync(out, join(ws, 'cluster'));
  assertRefused(runAction({ path: 'cluster' }, setup), ['::error::hacheck: the path input "cluster" is a symbolic link that leads outside the workspace']);
  assertRefused(runAction({ path: 'cluster/cluster' }, setup), [
    '::error::hacheck: the path input "cluster/cluster" goes through "cluster", a symbolic link that leads outside the workspace',
  ]);
  // A link inside the workspace is a folder like any other.
  const inside = runAction({ path: 'current' }, (ws) => {
    cpSync(CLEAN, join(ws, 'v2'), { recursive: true });
    symlinkSync('v2', join(ws, 'current'));
  });
  assert.is(inside.code, 0, inside.stdout);
});

test('config: a file outside the workspace, by path or through a committed link, is refused', () => {
  const out = outside();
  const cases: [string, string][] = [
    [join(out, 'hacheck.json'), `::error::hacheck: the config input "${join(out, 'hacheck.json')}" is outside the workspace`],
    ['../hacheck.json', '::error::hacheck: the config input "../hacheck.json" is outside the workspace'],
    ['ci/hacheck.json', '::error::hacheck: the config input "ci/hacheck.json" is a symbolic link that leads outside the workspace'],
    ['linked/hacheck.json', '::error::hacheck: the config input "linked/hacheck.json" goes through "linked", a symbolic link that leads outside the workspace'],
  ];
  for (const [config, line] of cases) {
    const r = runAction({ path: 'c', config }, (ws) => {
      cpSync(SEED, join(ws, 'c'), { recursive: true });
      mkdirSync(join(ws, 'ci'));
      symlinkSync(join(out, 'hacheck.json'), join(ws, 'ci/hacheck.json'));
      symlinkSync(out, join(ws, 'linked'));
    });
    assertRefused(r, [line]);
  }
  assert.ok(existsSync(join(out, 'hacheck.json')));
});

test.run();
