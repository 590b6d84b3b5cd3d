import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileIgnoreGlob, GlobSyntaxError, ignoreMatcher } from '../src/config/ignore-glob.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { makeTree } from './support/tree.ts';

// [glob, path, matches]: picomatch's answers with { dot: true } (the matcher used before), kept.
const CASES: [string, string, boolean][] = [
  ['backup/**', 'backup', true], ['backup/**', 'backup/x/y', true], ['backup/**', 'backups/x', false],
  ['*.d/**', 'old.d', true], ['*.d/**', 'old.d/zoo.cfg', true], ['*.d/**', 'a/old.d/zoo.cfg', false],
  ['**/x', 'x', true], ['**/x', 'a/b/x', true], ['**/x', 'a/bx', false],
  ['a/**/b', 'a/b', true], ['a/**/b', 'a/x/y/b', true], ['a/**/**/b', 'a/b', true],
  ['./backup/**', 'backup/x', true], ['*', '.git', true], ['*', 'a/b', false], ['**', 'a/b', true],
  ['a**b', 'axxb', true], ['a**b', 'ax/xb', false], ['a/**b', 'a/xb', true], ['a/**b', 'a/x/yb', false], ['**b', 'x/b', false],
  ['**/*.orig/**', 'x/y.orig', true], ['**/*.orig/**', 'y.orig/z', true], ['a/*/b', 'a/.x/b', true],
  ['[a-c]x', 'bx', true], ['[a-c]x', 'dx', false], ['[^a]x', 'ax', false], ['[^a]x', 'bx', true], ['[a-]x', '-x', true], ['[]]x', ']x', true],
  ['a?c', 'abc', true], ['a?c', 'a/c', false], ['{a,b}/x', 'b/x', true], ['{a,b}/x', 'c/x', false], ['x/*.{orig,bak}', 'x/f.bak', true],
  ['{a,b{c,d}}/**', 'bd/e', true], ['a\\*b', 'a*b', true], ['a\\*b', 'axb', false], ['a*b*c', 'aXbYc', true], ['a*b*c', 'aXbY', false],
];

test('the bounded matcher answers as picomatch did for the syntax it keeps', () => {
  for (const [glob, path, expected] of CASES) assert.is(compileIgnoreGlob(glob)(path), expected, `${glob} ${path}`);
  assert.ok(ignoreMatcher(['old/**', 'x/*.bak'])('x/f.bak'));
  assert.not.ok(ignoreMatcher(['old/**', 'x/*.bak'])('x/f.orig'));
});

test('the glob that hung picomatch (a backtracking regular expression) is matched at once', () => {
  // picomatch: about 2 s on a 40-character name, growing with the tenth power of the length.
  const stars = compileIgnoreGlob('*a*a*a*a*a*a*a*a*a*b');
  assert.not.ok(stars(`${'a'.repeat(250)}/${'a'.repeat(250)}`));
  assert.ok(stars(`${'a'.repeat(250)}b`));
  const globstars = compileIgnoreGlob('**/a/**/a/**/a/**/a/**/b');
  assert.not.ok(globstars(Array(200).fill('a').join('/')));
});

test('syntax the matcher does not have is refused, and the message never quotes the glob', () => {
  const refused: [string, string][] = [
    ['@(s3cr3t|x)', 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis'],
    ['*(s3cr3t)', 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis'],
    ['s3cr3t|x', 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis'],
    ['!s3cr3t', 'starts with "!": negation is not supported; list only what to skip'],
    ['[[:digit:]]s3cr3t', 'has a POSIX class such as [[:digit:]], which is not supported; use a range such as [0-9]'],
    ['{1..9}s3cr3t', 'has braces without a comma: braces list alternatives, {a,b}; ranges such as {1..3} are not supported'],
    ['{s3cr3t,b', 'has a "{" without its "}"'],
    ['s3cr3t}', 'has a "}" without its "{"'],
    ['[s3cr3t', 'has a "[" without its "]"'],
    ['s3cr3t\\', 'ends with a lone backslash'],
    ['s3cr3t/', 'has an empty segment (a trailing "/" or "//"): paths are matched without a trailing slash; write "dir/**" for a folder and everything in it'],
    ['/s3cr3t', 'starts with "/": globs are relative to the linted directory'],
    ['s3cr3t/../x', 'has a "." or ".." segment, which never matches: paths are relative to the linted directory'],
    ['[s/3]cr3t', 'has a "/" inside [...], which never matches: a "/" separates segments'],
    ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}s3cr3t', 'has braces that expand to more than 64 globs'],
    [`s3cr3t${'x'.repeat(251)}`, 'is longer than 256 characters'],
  ];
  for (const [glob, message] of refused) {
    try {
      compileIgnoreGlob(glob);
      assert.unreachable(glob);
    } catch (err) {
      assert.instance(err, GlobSyntaxError, glob);
      assert.is((err as Error).message, message, glob);
    }
  }
});

test('discovery skips with the bounded matcher: the hanging glob on long names finishes', async () => {
  const long = 'a'.repeat(120);
  const dir = makeTree({ [`${long}/zoo.cfg`]: 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n', 'backup/zoo.cfg': 'dataDir=/tmp/zk\n' });
  const r = await lintDirectory(dir, { only: ['zookeeper/datadir-in-tmp'], build: { ignore: ['*a*a*a*a*a*a*a*a*a*b', 'backup/**'] } });
  assert.equal(r.cluster.files.map((f) => f.path), [`${long}/zoo.cfg`]);
  assert.is(formatCompact(r.findings), `${long}/zoo.cfg:2:9: warning: dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]\n`);
});

test.run();
