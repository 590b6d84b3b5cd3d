import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { describeThrown, internalErrorLine, printableStack } from '../src/engine/throw-site.ts';
import { ROOT } from './support/fixtures.ts';

/** An error whose stack is `frames`, as V8 prints them. */
function thrown(message: string, ...frames: string[]): Error {
  const e = new Error(message);
  e.stack = [`Error: ${message}`, ...frames.map((f) => `    at ${f}`)].join('\n');
  return e;
}

const at = (path: string) => join(ROOT, path);

test('where: the first frame with a file, relative to the package; Node\'s own frames and eval are skipped', () => {
  const t = describeThrown(thrown('x', 'JSON.parse (<anonymous>)', 'Object.readFileSync (node:fs:441:20)', `eval (eval at f (${at('src/a.ts')}:1:1), <anonymous>:1:1)`, `readZoo (${at('src/parse/zoo-cfg.ts')}:12:5)`, `${at('src/model/build.ts')}:3:4`));
  assert.equal(t, { message: 'x', where: 'src/parse/zoo-cfg.ts:12:5', phase: 'reading' });
  // ESM frames without source maps are file URLs; a folder name may hold " (".
  assert.is(describeThrown(thrown('x', `f (${pathToFileURL(at('src/model/my (copy).ts')).href}:7:9)`)).where, 'src/model/my (copy).ts:7:9');
  // Outside the package: the absolute path, even for a sibling whose name starts with "..".
  assert.is(describeThrown(thrown('x', 'f (/elsewhere/lib.js:1:2)')).where, '/elsewhere/lib.js:1:2');
  assert.is(describeThrown(thrown('x', `f (${at('..cache/x.js')}:1:2)`)).where, '..cache/x.js:1:2');
});

test('where: a message holding a line that looks like a frame does not move it', () => {
  const forged = `bad value "\n    at f (${at('src/format/json.ts')}:1:1)"`;
  const t = describeThrown(thrown(forged, `readZoo (${at('src/parse/zoo-cfg.ts')}:12:5)`));
  assert.equal(t, { message: forged, where: 'src/parse/zoo-cfg.ts:12:5', phase: 'reading' });
});

test('phase: the innermost frame in a part of the sources that has one; none when no frame tells', () => {
  const phase = (...files: string[]) => describeThrown(thrown('x', ...files.map((f, i) => `f${i} (${f}:1:1)`))).phase;
  // A dependency's frames and shared helpers (quote.ts, the CLI) tell nothing: the next frame out does.
  assert.is(phase(at('node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js'), at('src/engine/quote.ts'), at('src/parse/hadoop-xml.ts'), at('src/model/build.ts')), 'reading');
  assert.is(phase(at('src/discover.ts')), 'reading');
  assert.is(phase(at('src/read/read-regular-file.ts')), 'reading');
  assert.is(phase(at('src/text/source-text.ts')), 'reading');
  assert.is(phase(at('src/config/load.ts')), 'reading the configuration');
  assert.is(phase(at('src/model/hdfs-topology.ts'), at('src/lint.ts')), 'modelling');
  assert.is(phase(at('src/engine/suppress.ts')), 'post-processing the findings');
  assert.is(phase(at('src/summary/wording.ts')), 'summarising');
  assert.is(phase(at('src/format/sarif.ts')), 'formatting');
  assert.is(phase(at('src/cli/commands/lint.ts'), '/elsewhere/x.js'), undefined);
});

test('in the bundle: the position in dist/ and the source module esbuild marks it with', () => {
  const chunks = join(ROOT, 'dist/chunks');
  const [file, line] = readdirSync(chunks).flatMap((f) => {
    // The marker that starts a module's code (a module's hoisted imports get one too: the last is the code).
    const i = readFileSync(join(chunks, f), 'utf8').split('\n').lastIndexOf('// src/model/build.ts');
    return i < 0 ? [] : [[f, i + 1] as const];
  })[0]!;
  const t = describeThrown(thrown('x', `buildCluster (${join(chunks, file)}:${line + 3}:7)`));
  assert.equal(t, { message: 'x', where: `dist/chunks/${file}:${line + 3}:7 in src/model/build.ts`, phase: 'modelling' });
});

test('a value thrown that is not an Error: its text, no place, no stack', () => {
  assert.equal(describeThrown('just a string'), { message: 'just a string', where: undefined, phase: undefined });
  // String() would throw for these: describing a failure must not fail.
  assert.is(describeThrown(Object.create(null)).message, '[object Object]');
  assert.is(describeThrown({ toString: () => { throw new Error('no'); } }).message, '[object Object]');
  assert.is(printableStack('just a string'), undefined);
  assert.is(internalErrorLine('internal error', describeThrown('just a string')), 'internal error: just a string');
});

test('the line and the stack stay safe to print whatever the message holds', () => {
  const e = new Error('a\n::error::b \u001b[31m\u009b');
  assert.is(internalErrorLine('internal error in rule x/y', { message: e.message, where: 'src/a.ts:1:2' }), 'internal error in rule x/y: a\\u000a::error::b \\u001b[31m\\u009b (at src/a.ts:1:2)');
  const lines = printableStack(e)!.split('\n');
  assert.is(lines[0], 'Error: a\\u000a::error::b \\u001b[31m\\u009b');
  assert.ok(lines.length > 1 && lines.slice(1).every((l) => /^ {4}at /.test(l)), lines.join('\n'));
  // A stack rewritten after the throw no longer starts with the message: it is kept on one line.
  const rewritten = new Error('m');
  rewritten.stack = 'Other\n::error::x';
  assert.is(printableStack(rewritten), 'Other\\u000a::error::x');
});

test.run();
