import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

// Argument handling as ESLint and Ruff users expect it, from the repository root: the CLI run
// in this process (test/support/cli-in-process.ts), since each answer here is a message and an
// exit code, not a property of the process; a spawned bundle would cost a Node.js start-up per run.
const INVALID = 'fixtures/syntax/xml-malformed/invalid/unclosed-tag';
const VALID = 'fixtures/syntax/xml-malformed/valid/wellformed';
const HINT = 'Run "hacheck --help" for usage.\n';
const XML_ERROR = "5:28: error: core-site.xml is not valid: Expected closing tag 'value' (opened in line 5, col 5) instead of closing tag 'valu' [syntax/xml-malformed]";

const run = (...args: string[]) => runCli(args, { cwd: ROOT });

async function usageError(args: string[], message: string) {
  const r = await run(...args);
  assert.is(r.stderr, `hacheck: ${message}\n${HINT}`, args.join(' '));
  assert.is(r.stdout, '', args.join(' '));
  assert.is(r.code, 2, args.join(' '));
}

/** One warning (dataDir under /tmp) and nothing else. */
function warningOnly(): string {
  return makeTree({ 'zoo.cfg': `tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}` });
}

test('an unknown option names itself and the option probably meant, never parseArgs text', async () => {
  await usageError(['--quite', VALID], 'unknown option "--quite"; did you mean "--quiet"?');
  await usageError(['--max-warning', '0', VALID], 'unknown option "--max-warning"; did you mean "--max-warnings"?');
  await usageError(['--colour', VALID], 'unknown option "--colour"; did you mean "--color"?');
  await usageError(['--frobnicate', VALID], 'unknown option "--frobnicate"');
  await usageError(['-x', VALID], 'unknown option "-x"');
});

test('an option without its value, or a flag given one, is named', async () => {
  await usageError([VALID, '--format'], 'option "--format" needs a value');
  await usageError(['--format', '--quiet', VALID], 'option "--format" needs a value');
  await usageError(['--debug=1', VALID], 'option "--debug" takes no value, not "1"');
});

test('a misspelt subcommand gets the subcommand meant', async () => {
  await usageError(['summery', VALID], 'unknown command "summery"; did you mean "summary"?');
  await usageError(['fils', VALID], 'unknown command "fils"; did you mean "files"?');
});

test('--max-warnings -1 means no limit; other negative or fractional values are usage errors', async () => {
  const dir = warningOnly();
  const r = await run('--format', 'compact', '--max-warnings', '-1', dir);
  assert.is(r.stderr, '');
  assert.is(r.stdout, 'zoo.cfg:2:9: warning: dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]\n');
  assert.is(r.code, 0);
  assert.is((await run('--max-warnings=-1', dir)).code, 0);
  await usageError(['--max-warnings', '-2', VALID], '--max-warnings takes a whole number of warnings, or -1 for no limit, not "-2"');
  await usageError(['--max-warnings', '1.5', VALID], '--max-warnings takes a whole number of warnings, or -1 for no limit, not "1.5"');
});

test('too many warnings says why the run failed on stderr', async () => {
  const r = await run('--format', 'compact', '--max-warnings', '0', warningOnly());
  assert.is(r.stderr, 'hacheck: too many warnings (1, maximum 0)\n');
  assert.is(r.code, 1);
});

test('an unknown --rule id gets the rule id probably meant', async () => {
  await usageError(['--rule', 'hdfs/fencing-fallbak', VALID], 'unknown rule "hdfs/fencing-fallbak"; did you mean "hdfs/fencing-fallback"? (hacheck --list-rules lists every rule)');
  await usageError(['--rule', 'no/such-thing-at-all', VALID], 'unknown rule "no/such-thing-at-all" (hacheck --list-rules lists every rule)');
});

test('--quiet prints errors only, in every format; hidden warnings still count toward --max-warnings (ESLint)', async () => {
  const dir = warningOnly();
  const compact = await run('--quiet', '--format', 'compact', dir);
  assert.is(compact.stdout, '');
  assert.is(compact.stderr, '');
  assert.is(compact.code, 0);
  const json = JSON.parse((await run('-q', '--format', 'json', dir)).stdout) as { summary: unknown; findings: unknown[] };
  assert.equal(json.summary, { errors: 0, warnings: 0, infos: 0 });
  assert.equal(json.findings, []);
  const sarif = JSON.parse((await run('-q', '--format', 'sarif', dir)).stdout) as { runs: { results: unknown[] }[] };
  assert.equal(sarif.runs[0]!.results, []);
  const limited = await run('--quiet', '--max-warnings', '0', '--format', 'compact', dir);
  assert.is(limited.stdout, '');
  assert.is(limited.stderr, 'hacheck: too many warnings (1, maximum 0)\n');
  assert.is(limited.code, 1);
  // Errors stay.
  const errors = await run('--quiet', '--format', 'compact', INVALID);
  assert.is(errors.stdout, `core-site.xml:${XML_ERROR}\n`);
  assert.is(errors.code, 1);
});

test('several directories: each linted on its own, paths printed with their directory, the worst exit code', async () => {
  const r = await run('--format', 'compact', VALID, INVALID);
  assert.is(r.stdout, `${INVALID}/core-site.xml:${XML_ERROR}\n`);
  assert.is(r.stderr, '');
  assert.is(r.code, 1);
  // The same directory twice is two runs; stylish groups their findings under the one path.
  const stylish = await run('--format', 'stylish', INVALID, VALID, `${INVALID}/`);
  assert.is(
    stylish.stdout,
    [
      `${INVALID}/core-site.xml`,
      "  5:28    error    core-site.xml is not valid: Expected closing tag 'value' (opened in line 5, col 5) instead of closing tag 'valu'  syntax/xml-malformed",
      "  5:28    error    core-site.xml is not valid: Expected closing tag 'value' (opened in line 5, col 5) instead of closing tag 'valu'  syntax/xml-malformed",
      '',
      '✖ 2 problems (2 errors, 0 warnings, 0 info)',
      '',
    ].join('\n'),
  );
  const json = JSON.parse((await run('--format', 'json', VALID, INVALID)).stdout) as { findings: { file: string }[] };
  assert.equal(json.findings.map((f) => f.file), [`${INVALID}/core-site.xml`]);
  const clean = await run('--format', 'compact', VALID, VALID);
  assert.is(clean.stdout, '');
  assert.is(clean.code, 0);
});

test('several directories: a missing one is a usage error naming it, before anything runs', async () => {
  await usageError([INVALID, 'no/such/dir', VALID], 'cannot read "no/such/dir": no such directory');
});

test('summary and files take several directories, each under its name', async () => {
  const one = await run('files', VALID);
  const both = await run('files', VALID, INVALID);
  assert.is(both.code, 0);
  assert.is(both.stdout, `${VALID}:\n${one.stdout}\n${INVALID}:\n${(await run('files', INVALID)).stdout}`);
  const summary = await run('summary', VALID, INVALID);
  assert.is(summary.code, 0);
  assert.is(summary.stdout, `${VALID}:\n${(await run('summary', VALID)).stdout}\n${INVALID}:\n${(await run('summary', INVALID)).stdout}`);
  await usageError(['files', '-f', 'json', VALID, INVALID], 'files -f json lists one directory: run it once per directory');
});

test('the help text documents --quiet, -1 and several directories', async () => {
  const h = (await run('--help')).stdout;
  assert.match(h, '  hacheck [options] <cluster-dir>...  lint each cluster directory as its own run');
  assert.match(h, '--max-warnings <n>   exit 1 when there are more than n warnings (-1: no limit)');
  assert.match(h, '-q, --quiet              report errors only, in every format; as in ESLint, the hidden\n                           warnings still count toward --max-warnings');
});

test.run();
