import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runHacheck } from './support/cli-in-process.ts';
import { ROOT } from './support/fixtures.ts';
import { jsonFormatErrors, sarifErrors } from './support/schemas.ts';
import { makeTree } from './support/tree.ts';
import { workflowCommands } from './support/workflow-commands.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

// The output formats as users run them, from the repository root, with a clean environment (no CI
// variables, no colour settings): the CLI run in this process (test/support/cli-in-process.ts),
// where standard output is a pipe, as under spawnSync. Only the runs on a terminal spawn the
// bundle, under a pseudo-terminal: whether standard output is a terminal is the process's own.
const BIN = join(ROOT, 'dist/hacheck.mjs');
const SEED = 'fixtures/clusters/seed-blog';
const HDFS = 'server1/home/hadoop/hadoop-2.7.7/etc/hadoop/hdfs-site.xml';

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('GITHUB_') && k !== 'NO_COLOR' && k !== 'FORCE_COLOR' && k !== 'CI') env[k] = v;
  }
  return { ...env, ...extra };
}

async function run(args: string[], extra: Record<string, string> = {}) {
  const r = await runHacheck(args, { cwd: ROOT, env: cleanEnv(extra) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`), where stdout is a TTY. */
function runOnTerminal(args: string[], extra: Record<string, string> = {}) {
  const command = [process.execPath, BIN, ...args].join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(extra) });
  assert.is(r.error, undefined, 'the `script` command (util-linux) runs');
  return { code: r.status, stdout: r.stdout };
}

function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'hacheck-out-')), name);
}

const ESC = '\u001b';

test('github on stdout and SARIF to a file in one run', async () => {
  const sarif = tempFile('hacheck.sarif');
  const r = await run(['-f', 'github', '-f', 'sarif', '-o', sarif, SEED]);
  assert.is(r.code, 1);
  assert.is(r.stderr, '');
  const commands = workflowCommands(r.stdout);
  assert.is(commands.length, 9);
  assert.is(r.stdout.split('\n')[0], `::warning file=${SEED}/${HDFS},line=44,col=10,endLine=44,endColumn=22,title=hdfs/namenode-port-mismatch::"server2:5070" uses port 5070 for http-address but nn1 uses 50070%0A${SEED}/${HDFS}:39:10: note: nn1's http-address is "server1:50070"`);
  const doc = JSON.parse(readFileSync(sarif, 'utf8'));
  assert.equal(sarifErrors(doc), []);
  assert.is(doc.runs[0].results.length, 9);
  assert.is(doc.runs[0].originalUriBaseIds.CLUSTERROOT.uri, `${pathToFileURL(join(ROOT, SEED)).href}/`);
  assert.is(doc.runs[0].tool.driver.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('an --output-file given before its --format, and json valid against its schema', async () => {
  const json = tempFile('hacheck.json');
  const r = await run(['-o', json, '-f', 'json', '-f', 'compact', SEED]);
  assert.is(r.code, 1);
  assert.ok(r.stdout.startsWith(`${HDFS}:44:10: warning: `), r.stdout);
  const doc = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(jsonFormatErrors(doc), []);
  assert.equal(doc.summary, { errors: 3, warnings: 6, infos: 0 });
});

test('pairing mistakes are usage errors: a file without a format, two formats on stdout', async () => {
  for (const args of [
    ['-f', 'sarif', '-o', tempFile('a'), '-o', tempFile('b'), SEED],
    ['-f', 'json', '-f', 'compact', SEED],
    ['-o', tempFile('a'), '-o', tempFile('b'), SEED],
  ]) {
    const r = await run(args);
    assert.is(r.code, 2, args.join(' '));
    assert.is(r.stdout, '');
    assert.match(r.stderr, /^hacheck: /);
  }
});

test('an output file that cannot be written exits 2 with a message', async () => {
  const r = await run(['-f', 'sarif', '-o', join(ROOT, 'no/such/folder/out.sarif'), SEED]);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^hacheck: cannot write ".*no\/such\/folder\/out\.sarif"/);
});

test('GITHUB_ACTIONS=true without --format: annotations, paths from GITHUB_WORKSPACE', async () => {
  const r = await run([SEED], { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(ROOT, 'fixtures') });
  assert.is(r.code, 1);
  const commands = workflowCommands(r.stdout);
  assert.is(commands.length, 9);
  assert.is(commands[0]!.properties['file'], `clusters/seed-blog/${HDFS}`);
  assert.equal(commands.map((c) => c.name), ['warning', 'warning', 'error', 'error', 'warning', 'error', 'warning', 'warning', 'warning']);
});

test('GITHUB_ACTIONS=true with only an --output-file: compact in the file, nothing on stdout', async () => {
  const out = tempFile('out.txt');
  const r = await run(['-o', out, SEED], { GITHUB_ACTIONS: 'true' });
  assert.is(r.code, 1);
  assert.is(r.stdout, '');
  assert.is(readFileSync(out, 'utf8'), readFileSync(join(ROOT, SEED, 'expected.txt'), 'utf8'));
});

test('colour: stylish on a terminal is coloured, not with NO_COLOR or --no-color', async () => {
  assert.ok(runOnTerminal([SEED]).stdout.includes(`${ESC}[31m`), 'coloured on a terminal');
  const noColor = runOnTerminal([SEED], { NO_COLOR: '1' });
  assert.is(noColor.code, 1);
  assert.ok(noColor.stdout.includes('✖ 9 problems (3 errors, 6 warnings, 0 info)'));
  assert.not.ok(noColor.stdout.includes(ESC), 'NO_COLOR');
  assert.not.ok(runOnTerminal(['--no-color', SEED]).stdout.includes(ESC), '--no-color');
  // Piped: no colour unless asked for.
  assert.not.ok((await run(['-f', 'stylish', SEED])).stdout.includes(ESC), 'piped');
  assert.ok((await run(['-f', 'stylish', '--color', SEED])).stdout.includes(ESC), '--color forces it');
});

test('colour: a file is never coloured, even on a terminal with --color', () => {
  const out = tempFile('stylish.txt');
  const r = runOnTerminal(['--color', '-f', 'stylish', '-o', out, SEED]);
  assert.is(r.code, 1);
  assert.ok(existsSync(out));
  const text = readFileSync(out, 'utf8');
  assert.ok(text.includes('✖ 9 problems'));
  assert.not.ok(text.includes(ESC));
});

test('--max-warnings with a machine format: the exit code does not depend on the format', async () => {
  const dir = makeTree({ 'zoo.cfg': `tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}` });
  for (const f of ['json', 'sarif', 'github']) {
    assert.is((await run(['-f', f, dir])).code, 0, f);
    assert.is((await run(['-f', f, '--max-warnings', '1', dir])).code, 0, f);
    assert.is((await run(['-f', f, '--max-warnings', '0', dir])).code, 1, f);
  }
});

test.run();
