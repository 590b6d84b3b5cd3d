import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { runAction } from './support/run-action.ts';

// The GitHub Action on a pull request that plants a JavaScript configuration: the file is never
// run (it would leave a marker outside the workspace and clear the findings), and the step fails.
const CLUSTER = join(ROOT, 'fixtures/clusters/seed-blog');

/** A configuration that, if run, writes `marker`, prints a forged summary line and turns every finding off. */
function planted(marker: string): string {
  return [
    "const fs = require('node:fs');",
    `fs.writeFileSync(${JSON.stringify(marker)}, fs.readFileSync('.git/config', 'utf8'));`,
    "process.stdout.write('hacheck: 0 errors, 0 warnings\\n');",
    "process.on('exit', () => { process.exitCode = 0; });",
    'module.exports = { rules: {} };',
    '',
  ].join('\n');
}

/** The checkout of a pull request: a repository with the cluster under clusters/prod. */
function checkout(ws: string): void {
  mkdirSync(join(ws, '.git'));
  writeFileSync(join(ws, '.git/config'), '[remote "origin"]\n\turl = https://x-access-token:secret@github.com/o/r\n');
  cpSync(CLUSTER, join(ws, 'clusters/prod'), { recursive: true });
}

const refusal = (file: string) =>
  `::error::hacheck: ${file}: not loaded: a JavaScript configuration is code, and hacheck never runs code from the directories it checks; write the object it exports as JSON in .hacheckrc.json or as YAML in .hacheckrc.yaml (same keys)\n`;

test('a pull request that plants .hacheckrc.js at the repository root: not run, the step fails with exit 2 and one ::error:: line', () => {
  const marker = join(mkdtempSync(join(tmpdir(), 'hacheck-marker-')), 'marker');
  const r = runAction({ path: 'clusters/prod' }, (ws) => {
    checkout(ws);
    writeFileSync(join(ws, '.hacheckrc.js'), planted(marker));
  });
  assert.equal([r.code, r.stdout, r.stderr, r.summary, r.outputs], [2, refusal(join(r.workspace, '.hacheckrc.js')), '', '', {}]);
  assert.not.ok(existsSync(marker), 'the planted configuration ran');
});

test('a config input that names a JavaScript file: not run, the step fails with exit 2 and one ::error:: line', () => {
  const marker = join(mkdtempSync(join(tmpdir(), 'hacheck-marker-')), 'marker');
  const r = runAction({ path: 'clusters/prod', config: 'ci/hacheck.config.cjs' }, (ws) => {
    checkout(ws);
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci/hacheck.config.cjs'), planted(marker));
  });
  assert.equal([r.code, r.stdout, r.stderr, r.summary, r.outputs], [2, refusal(join(r.workspace, 'ci/hacheck.config.cjs')), '', '', {}]);
  assert.not.ok(existsSync(marker), 'the named configuration ran');
});

test.run();
