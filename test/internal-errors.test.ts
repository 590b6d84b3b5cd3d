import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.ts';
import type { Rule } from '../src/engine/rule.ts';
import { breakJsonStringify } from './support/break-json-stringify.ts';
import { breakXmlValidator } from './support/break-xml-validator.ts';
import { runHacheck } from './support/cli-in-process.ts';
import { ROOT } from './support/fixtures.ts';
import { addBrokenRules } from './support/inject-throwing-rule.ts';
import { runAction } from './support/run-action.ts';
import { workflowCommands } from './support/workflow-commands.ts';

// Internal errors, the failure brought in with no hook in the production code: from the
// sources, run in the test process (test/support/cli-in-process.ts, the failure installed and
// then removed), and from the bundle as users meet them, a separate process with the failure
// brought in by a preload (its positions are in chunks, mapped back to the source modules).
const SEED = join(ROOT, 'fixtures/clusters/seed-blog');
const TSX = import.meta.resolve('tsx');
const INJECT_SITES = join(ROOT, 'test/support/inject-throwing-rule.ts');
const INJECT = join(ROOT, 'test/support/preload/inject-throwing-rule.ts');
const BREAK_JSON = join(ROOT, 'test/support/preload/break-json-stringify.ts');
const ENTRIES = { sources: 'src/cli/index.ts', bundle: 'dist/hacheck.mjs' } as const;
const FRAME = /^\s+at /m;

/** A failure: its preload for a spawned CLI, and its installation in this process (returns the undo). */
interface Breakage {
  readonly preload: string;
  readonly install: () => () => void;
}
// RULES is a plain array at run time, the very one runCli's lint uses.
const THROWING_RULES: Breakage = { preload: INJECT, install: () => addBrokenRules(RULES as Rule[]) };
const BROKEN_JSON: Breakage = { preload: BREAK_JSON, install: breakJsonStringify };
const BROKEN_XML: Breakage = { preload: join(ROOT, 'test/support/preload/break-xml-validator.ts'), install: breakXmlValidator };

async function run(breakage: Breakage, entry: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['GITHUB_ACTIONS'];
  if (entry === ENTRIES.sources) {
    const restore = breakage.install();
    try {
      const r = await runHacheck(args, { cwd: ROOT, env });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    } finally {
      restore();
    }
  }
  const r = spawnSync(process.execPath, ['--import', TSX, '--import', breakage.preload, join(ROOT, entry), ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `line:column` of the code just after `marker` on the line holding `tag`, as V8 reports it (1-based). */
function siteOf(file: string, tag: string, marker: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(tag));
  assert.ok(i >= 0 && lines[i]!.includes(marker), `${tag} in ${file}`);
  return `${i + 1}:${lines[i]!.indexOf(marker) + 1}`;
}

const THROW_AT = `test/support/inject-throwing-rule.ts:${siteOf(INJECT_SITES, '// THROW-SITE', 'new Error')}`;
const REPORT_AT = `test/support/inject-throwing-rule.ts:${siteOf(INJECT_SITES, '// REPORT-SITE', 'report(')}`;
// The message's line break is escaped: the forged `::error::` stays inside the line.
const THROWS_LINE = `hacheck: internal error in rule test/throws: cannot handle "a\\u000a::error::forged" (at ${THROW_AT})`;
const BAD_SPAN_LINE = `hacheck: internal error in rule test/bad-span: reported a finding in "nope.xml", which is not a linted file (at ${REPORT_AT})`;

for (const [name, entry] of Object.entries(ENTRIES)) {
  test(`${name}: a throwing rule is one line naming the rule, the message and where it threw; the other rules still report; exit 2`, async () => {
    const r = await run(THROWING_RULES, entry, ['-f', 'compact', SEED]);
    assert.is(r.code, 2);
    assert.is(r.stdout, readFileSync(join(SEED, 'expected.txt'), 'utf8'));
    // A report outside the linted files is placed at the rule's report() call, not in the engine's check.
    assert.is(r.stderr, `${THROWS_LINE}\n${BAD_SPAN_LINE}\n`);
    assert.not.match(r.stderr, FRAME);
  });

  test(`${name}: with --debug, each rule's stack follows its line`, async () => {
    const r = await run(THROWING_RULES, entry, ['-f', 'compact', '--debug', SEED]);
    assert.is(r.code, 2);
    const lines = r.stderr.trimEnd().split('\n');
    const second = lines.indexOf(BAD_SPAN_LINE);
    assert.is(lines[0], THROWS_LINE);
    assert.ok(second > 3, r.stderr);
    assert.equal(lines.slice(1, 3), ['Error: cannot handle "a\\u000a::error::forged"', `    at Object.check (${join(ROOT, THROW_AT)})`]);
    assert.equal(lines.slice(second + 1, second + 3), ['Error: reported a finding in "nope.xml", which is not a linted file', `    at Object.check (${join(ROOT, REPORT_AT)})`]);
    const frames = [...lines.slice(3, second), ...lines.slice(second + 3)];
    assert.ok(frames.every((l) => /^ {4}at .+:\d+:\d+\)?$/.test(l)), r.stderr);
    assert.ok(frames.some((l) => l.startsWith('    at runRules (')), r.stderr);
  });

  test(`${name}: a failure outside the rules names the phase and the place, with no stack unless --debug`, async () => {
    const r = await run(BROKEN_JSON, entry, ['-f', 'json', SEED]);
    assert.is(r.code, 2);
    assert.is(r.stdout, '');
    const m = /^hacheck: internal error while formatting: Cannot read properties of undefined \(reading 'replace'\) \(at (\S+):(\d+):(\d+)(?: in (\S+))?\)\n$/.exec(r.stderr);
    assert.ok(m, r.stderr);
    const [, file, line] = m;
    if (name === 'sources') {
      assert.is(file, 'src/format/json-text.ts');
      assert.is(m[4], undefined);
    } else {
      // A position in the bundle, with the source module it belongs to.
      assert.match(file!, /^dist\/chunks\/chunk-\w+\.mjs$/);
      assert.is(m[4], 'src/format/json-text.ts');
    }
    // The position is that of the failing call: the stringify whose result is used, or the replace on it.
    assert.match(readFileSync(join(ROOT, file!), 'utf8').split('\n')[Number(line) - 1]!, /JSON\.stringify\(value|\.replace\(/);

    const debug = await run(BROKEN_JSON, entry, ['-f', 'json', '--debug', SEED]);
    assert.is(debug.code, 2);
    const lines = debug.stderr.trimEnd().split('\n');
    assert.is(lines[0], r.stderr.trimEnd());
    assert.is(lines[1], "TypeError: Cannot read properties of undefined (reading 'replace')");
    assert.ok(lines[2]!.startsWith(`    at stringifySafe (${join(ROOT, file!)}:${line}:`), lines[2]);
    assert.ok(lines.slice(2).every((l) => /^ {4}at /.test(l)), debug.stderr);
  });
}

// ---------------------------------------------------------------- the Action

const copySeed = (ws: string) => cpSync(SEED, join(ws, 'c'), { recursive: true });

test('action: a throwing rule is one ::error:: line each, the findings still annotated; the stack only in the debug log', () => {
  // The Action bundle keeps its rules to itself: the rule is added to the sources' run of the same entry.
  const node = ['--import', TSX, '--import', INJECT, join(ROOT, 'src/action/index.ts')];
  const r = runAction({ path: 'c' }, copySeed, { node });
  assert.is(r.code, 2);
  assert.is(r.stderr, '');
  const commands = workflowCommands(r.stdout);
  assert.is(commands.filter((c) => c.properties['file'] !== undefined).length, 9, 'the annotations of the other rules');
  assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error::')), [`::error::${THROWS_LINE}`, `::error::${BAD_SPAN_LINE}`]);
  assert.equal(commands.filter((c) => c.name === 'debug'), []);
  assert.not.match(r.stdout, FRAME);

  const debug = runAction({ path: 'c' }, copySeed, { node, env: { RUNNER_DEBUG: '1' } });
  const after = (line: string) => workflowCommands(debug.stdout.split('\n').slice(debug.stdout.split('\n').indexOf(line) + 1)[0]!)[0];
  const stack = after(`::error::${THROWS_LINE}`);
  assert.is(stack?.name, 'debug');
  assert.ok(stack!.data.startsWith(`Error: cannot handle "a\\u000a::error::forged"\n    at Object.check (${join(ROOT, THROW_AT)})\n    at runRules (`), stack!.data);
  assert.is(after(`::error::${BAD_SPAN_LINE}`)?.name, 'debug');
});

test('action: a failure outside the rules is one ::error:: line naming the phase and the place in the bundle', () => {
  const node = ['--import', TSX, '--import', BREAK_JSON, join(ROOT, 'dist/action.mjs')];
  const r = runAction({ path: 'c', format: 'json' }, copySeed, { node });
  assert.is(r.code, 2);
  assert.match(r.stdout, /^::error::hacheck: internal error while formatting: Cannot read properties of undefined \(reading 'replace'\) \(at dist\/action\.mjs:\d+:\d+ in src\/format\/json-text\.ts\)\n$/);
  const debug = runAction({ path: 'c', format: 'json' }, copySeed, { node, env: { RUNNER_DEBUG: '1' } });
  const [error, stack] = workflowCommands(debug.stdout);
  assert.is(`::error::${error!.data}\n`, r.stdout);
  assert.is(stack!.name, 'debug');
  // Node names an ES module's frames by file: URL, unless a loader (tsx) rewrote the module: either names the bundle.
  const bundle = join(ROOT, 'dist/action.mjs');
  const head = `TypeError: Cannot read properties of undefined (reading 'replace')\n    at stringifySafe (`;
  assert.ok([`${head}${bundle}:`, `${head}${pathToFileURL(bundle).href}:`].some((p) => stack!.data.startsWith(p)), stack!.data);
});

// A parser that throws on one file: an internal error naming the file and the throw site; the other files are still checked.
const BREAK_XML = join(ROOT, 'test/support/break-xml-validator.ts');
test('sources: a parser that throws is one line naming the file and where it threw; the other files are checked; exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-parser-throws-'));
  try {
    mkdirSync(join(dir, 'nn1'));
    writeFileSync(join(dir, 'nn1/core-site.xml'), '<configuration>\n  <property><name>fs.defaultFS</name><value>hdfs://nn1:8020</value></property>\n</configuration>\n');
    writeFileSync(join(dir, 'nn1/hdfs-site.xml'), '<configuration>\n  <property><name>hadoop.tmp.dirr</name><value>/t</value></property>\n</configuration>\n');
    const at = `test/support/break-xml-validator.ts:${siteOf(BREAK_XML, '// THROW-SITE', 'new TypeError')}`;
    const plain = await run(BROKEN_XML, ENTRIES.sources, ['-f', 'compact', dir]);
    assert.equal([plain.code, plain.stdout, plain.stderr], [
      2,
      'nn1/hdfs-site.xml:2:19: warning: "hadoop.tmp.dirr" is not a Hadoop property; did you mean "hadoop.tmp.dir" [hadoop/unknown-property]\n',
      `hacheck: internal error while parsing nn1/core-site.xml: parser bug (at ${at})\n`,
    ]);
    const debug = await run(BROKEN_XML, ENTRIES.sources, ['-f', 'compact', '--debug', dir]);
    assert.equal(debug.stderr.split('\n').slice(0, 3), [`hacheck: internal error while parsing nn1/core-site.xml: parser bug (at ${at})`, 'TypeError: parser bug', `    at Object.XMLValidator.validate (${join(ROOT, at)})`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
