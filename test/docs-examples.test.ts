// Every command the README and docs/ show with its output is run, and the output compared: a doc
// example that no longer matches hacheck fails here, wherever it was moved.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';

const DOCS = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

interface Example {
  readonly file: string;
  readonly args: string[];
  readonly shown: string;
}

/** ```text blocks that open with `$ node dist/hacheck.mjs <args>`: the lines below are its output. */
function examples(file: string): Example[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```text\n\$ node dist\/hacheck\.mjs ([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    file,
    args: m[1]!.split(' '),
    shown: m[2]!,
  }));
}

/** Where the docs say the clone is: SARIF names the linted directory by its absolute URI. */
const CLONE = '/path/to/hacheck';

/** What a user sees on a terminal-less run: stdout, then stderr; no colour, not on GitHub Actions; the clone's path as the docs write it. */
async function output(args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['GITHUB_ACTIONS'];
  delete env['GITHUB_WORKSPACE'];
  const r = await runCli(args, { cwd: ROOT, env });
  return (r.stdout + r.stderr).split(`file://${ROOT.replace(/\/$/, '')}/`).join(`file://${CLONE}/`);
}

const ALL = DOCS.flatMap(examples);

test('the README and docs/ show commands with their output', () => {
  // The README's sample finding, the formats, the summary, the suppression and configuration examples.
  assert.ok(ALL.filter((e) => e.file === 'README.md').length >= 3, 'README examples found');
  assert.ok(ALL.filter((e) => e.file === 'docs/output-formats.md').length >= 4, 'docs/output-formats.md examples found');
});

for (const e of ALL) {
  test(`${e.file}: $ hacheck ${e.args.join(' ')}`, async () => {
    const real = await output(e.args);
    const lines = e.shown.split('\n');
    // A block that ends in a line "..." is the beginning of the output: its lines must open it.
    if (lines.at(-2) === '...') {
      const head = lines.slice(0, -2).join('\n') + '\n';
      assert.ok(head.length > 1 && real.startsWith(head), `${e.file} shows lines that do not open the real output:\n${real}`);
    } else {
      assert.fixture(e.shown, real);
    }
  });
}

test('the README sample finding is the start of the example cluster\'s whole output', () => {
  const sample = ALL.find((e) => e.file === 'README.md' && e.args.join(' ') === '--format compact fixtures/clusters/seed-blog');
  assert.ok(sample, 'README shows the example cluster');
  assert.ok(sample!.shown.endsWith('\n...\n'), 'an excerpt, marked with a closing "..." line');
});

test.run();
