// The CI snippets of the README and docs/ work when pasted: each GitHub workflow and
// .pre-commit-config.yaml is valid against its SchemaStore schema (vendor/schemas/SOURCES.md), and
// each action it uses is pinned to the current major version or to a commit SHA.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './support/fixtures.ts';

/**
 * The current major version of each action a snippet may use, checked on 2026-12-05 against the
 * actions' release notes: actions/checkout v7.0.0 (June 2026, v7.0.1 July 2026); github/codeql-action
 * v4 (v3 is deprecated in December 2026, "CodeQL Action v3 will be deprecated in December 2026",
 * CHANGELOG 4.31.3). hacheck/hacheck's own major tag is made as docs/development.md "Releasing" says.
 * When an action releases a new major, update the snippets and this table.
 */
const CURRENT_MAJORS: Readonly<Record<string, string>> = {
  'actions/checkout': 'v7',
  'github/codeql-action': 'v4',
  'hacheck/hacheck': 'v0',
};
const SHA = /^[0-9a-f]{40}$/;

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface Snippet {
  readonly file: string;
  readonly doc: Record<string, unknown>;
}

function yamlBlocks(file: string): Snippet[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => ({ file, doc: parseYaml(m[1]!) as Record<string, unknown> }));
}

const SNIPPETS = DOCS.flatMap(yamlBlocks);
const WORKFLOWS = SNIPPETS.filter((s) => typeof s.doc === 'object' && s.doc !== null && 'jobs' in s.doc);
const PRE_COMMIT = SNIPPETS.filter((s) => typeof s.doc === 'object' && s.doc !== null && 'repos' in s.doc);

// SchemaStore's schemas are written for any draft-07 validator, not for Ajv's strict mode (a
// `properties` without `type: object`, for one): strict off, formats on.
function validators(): { workflow: ValidateFunction; preCommit: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  formats.default(ajv);
  const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'vendor/schemas', name), 'utf8')) as object;
  // pre-commit-config.json refers to pre-commit-hooks.json#/definitions/... by its $id.
  ajv.addSchema(load('pre-commit-hooks.json'));
  return { workflow: ajv.compile(load('github-workflow.json')), preCommit: ajv.compile(load('pre-commit-config.json')) };
}
const { workflow, preCommit } = validators();

type Step = { uses?: string; if?: string };
type Job = { permissions?: Record<string, string>; steps?: Step[] };

function steps(doc: Record<string, unknown>): { step: Step; permissions: Record<string, string> }[] {
  const top = (doc['permissions'] ?? {}) as Record<string, string>;
  return Object.values(doc['jobs'] as Record<string, Job>).flatMap((job) =>
    (job.steps ?? []).map((step) => ({ step, permissions: { ...top, ...(job.permissions ?? {}) } })),
  );
}

test('the README holds the workflows (lint, and lint with the SARIF upload) and a .pre-commit-config.yaml', () => {
  assert.ok(WORKFLOWS.filter((s) => s.file === 'README.md').length >= 2, 'two workflows in the README');
  assert.ok(PRE_COMMIT.filter((s) => s.file === 'README.md').length >= 1, 'a pre-commit configuration in the README');
});

test('the schemas reject what GitHub and pre-commit reject', () => {
  const good = WORKFLOWS[0]!.doc;
  assert.ok(workflow(good));
  assert.not.ok(workflow({ ...good, permissions: { 'security-events': 'writ' } }), 'a permission level that does not exist');
  assert.not.ok(workflow({ ...good, job: good['jobs'] }), 'a misspelt top-level key');
  assert.ok(preCommit(PRE_COMMIT[0]!.doc));
  assert.not.ok(preCommit({ repos: [{ repo: 'https://example.invalid/x', rev: 'v1', hooks: [{ id: 'x', args: 'not-a-list' }] }] }));
});

for (const s of WORKFLOWS) {
  test(`${s.file}: the workflow is valid against SchemaStore's github-workflow.json`, () => {
    assert.ok(workflow(s.doc), JSON.stringify(workflow.errors, null, 2));
  });
}

for (const s of PRE_COMMIT) {
  test(`${s.file}: the .pre-commit-config.yaml is valid against SchemaStore's pre-commit-config.json`, () => {
    assert.ok(preCommit(s.doc), JSON.stringify(preCommit.errors, null, 2));
  });
}

test('every action a workflow uses is pinned to its current major version or to a commit SHA', () => {
  const used = WORKFLOWS.flatMap((s) => steps(s.doc).map(({ step }) => ({ file: s.file, uses: step.uses })).filter((u) => u.uses !== undefined));
  assert.ok(used.length > 0);
  for (const { file, uses } of used) {
    const m = /^([^/@]+\/[^/@]+)(?:\/[^@]+)?@(.+)$/.exec(uses!);
    assert.ok(m, `${file}: ${uses} is owner/repo[/path]@ref`);
    const [, repo, ref] = m!;
    const major = CURRENT_MAJORS[repo!];
    assert.ok(major !== undefined, `${file}: ${repo} is not in the table of current majors: check its release notes and add it`);
    assert.ok(ref === major || SHA.test(ref!), `${file}: ${uses} should be @${major} (or a commit SHA)`);
  }
});

test('a workflow that uploads SARIF grants what upload-sarif needs, and uploads only what hacheck wrote', () => {
  let uploads = 0;
  for (const s of WORKFLOWS) {
    for (const { step, permissions } of steps(s.doc)) {
      if (!step.uses?.startsWith('github/codeql-action/upload-sarif@')) continue;
      uploads++;
      assert.is(permissions['security-events'], 'write', `${s.file}: security-events: write`);
      // Private repositories: upload-sarif reads the workflow run (GitHub's code scanning docs).
      assert.is(permissions['actions'], 'read', `${s.file}: actions: read`);
      assert.is(permissions['contents'], 'read', `${s.file}: contents: read`);
      assert.match(String(step.if), /steps\.hacheck\.outputs\.sarif-file != ''/);
    }
  }
  assert.ok(uploads > 0, 'the README shows the SARIF upload');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /GitHub Advanced Security/, 'the README says what the upload needs on a private repository');
});

test("hacheck's own references name a release made as docs/development.md says, or a commit SHA", () => {
  const releasing = readFileSync(join(ROOT, 'docs/development.md'), 'utf8');
  assert.match(releasing, /^## Releasing$/m);
  assert.match(releasing, /git tag -fa v0 /, 'the moving major tag is documented');
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const hookIds = (parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((h) => h.id);
  for (const s of PRE_COMMIT) {
    for (const repo of s.doc['repos'] as { repo: string; rev: string; hooks: { id: string }[] }[]) {
      assert.is(repo.repo, 'https://github.com/hacheck/hacheck', s.file);
      // The tag of the version package.json holds: a snippet never names a release that was not made from this tree.
      assert.ok(repo.rev === `v${version}` || SHA.test(repo.rev), `${s.file}: rev ${repo.rev} should be v${version} or a commit SHA`);
      for (const hook of repo.hooks) assert.ok(hookIds.includes(hook.id), `${s.file}: hook ${hook.id} is defined in .pre-commit-hooks.yaml`);
    }
  }
});

test.run();
