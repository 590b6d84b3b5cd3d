import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readProperties } from '../src/parse/java-properties.ts';
import { testUnless } from './support/skip.ts';

const HERE = new URL('./support/', import.meta.url).pathname;

function esc(s: string): string {
  return [...s].map((c) => {
    const n = c.charCodeAt(0);
    return n < 32 || n > 126 || c === '\\' || c === '=' || c === '\t' ? `\\u${n.toString(16).padStart(4, '0')}` : c;
  }).join('');
}

/** Ours in the dump's format: last value per key wins, keys sorted as Java's TreeMap sorts them. */
function ours(text: string): string {
  const entries = readProperties(text);
  if (entries.some((e) => e.malformedEscapeAt !== undefined)) return 'ERR';
  const m = new Map<string, string>();
  for (const e of entries) m.set(e.key, e.value);
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => `\t${esc(k)}=${esc(m.get(k)!)}`).join('');
}

/** Seeded random texts over the characters that matter to the grammar. */
function inputs(count: number): string[] {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = ['a', 'b', '=', ':', ' ', '\t', '\f', '\\', '\n', '\r', '#', '!', 'u', '0', '1', 'f', '\u00e9', 'x'];
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(rnd() * 30);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    return s;
  });
}

const hasJava = spawnSync('javac', ['-version']).status === 0;
const javaTest = testUnless('JDK Properties.load', hasJava ? undefined : 'javac is not installed; .ci/run installs it');

javaTest('the zoo.cfg reader agrees with JDK Properties.load on 3,000 random inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-props-'));
  try {
    execFileSync('javac', ['-d', dir, join(HERE, 'PropertiesDump.java')]);
    const texts = inputs(3000);
    const paths = texts.map((t, i) => {
      const p = join(dir, `${i}.properties`);
      writeFileSync(p, Buffer.from(t, 'latin1'));
      return p;
    });
    const java = execFileSync('java', ['-cp', dir, 'PropertiesDump', ...paths], { encoding: 'latin1', maxBuffer: 64 << 20 }).split('\n');
    const mismatches = texts.filter((t, i) => ours(t) !== java[i]).map((t) => JSON.stringify(t));
    assert.equal(mismatches.slice(0, 5), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
