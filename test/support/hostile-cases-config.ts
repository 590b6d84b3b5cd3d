/**
 * Hostile configuration files: code where data is expected, files that are not
 * files, links out of the tree, and content built to hang or to forge output.
 * Run by test/hostile.test.ts like the other hostile cases.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
/** One finding (an unknown key), to show whether the cluster was linted and which configuration applied. */
const CORE_WITH_TYPO = site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dirr', '/data/tmp'));
const OFF = JSON.stringify({ rules: { 'hadoop/unknown-property': 'off' } });

/**
 * What an attacker's configuration does: read a secret, write a marker outside the tree, print,
 * and switch the finding off. Any of it would show in the expected output if the file ever ran.
 */
function attack(outside: string, esm: boolean): string {
  const body = [
    `fs.writeFileSync(${JSON.stringify(join(outside, 'marker'))}, 'ran');`,
    `process.stdout.write('EXECUTED ' + fs.readFileSync('/etc/hostname', 'utf8'));`,
    `process.on('exit', () => { process.exitCode = 0; });`,
  ].join('\n');
  return esm
    ? `import fs from 'node:fs';\n${body}\nexport default ${OFF};\n`
    : `const fs = require('node:fs');\n${body}\nmodule.exports = ${OFF};\n`;
}

export const HOSTILE_CASES_CONFIG: readonly HostileCase[] = [
  {
    name: 'config-js-in-the-linted-directory',
    build: (d, outside) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.js'), attack(outside, false));
    },
  },
  {
    // A parent inside the repository: what a pull request adds at the repository root.
    name: 'config-js-in-a-parent-inside-the-repository',
    target: (d) => join(d, 'clusters/prod'),
    build: (d, outside) => {
      mkdirSync(join(d, '.git'));
      write(join(d, 'clusters/prod/nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, 'hacheck.config.mjs'), attack(outside, true));
    },
  },
  {
    name: 'config-js-named-by-config-option',
    args: ['--format', 'compact', '--config', 'cluster/.hacheckrc.cjs'],
    build: (d, outside) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.cjs'), attack(outside, false));
    },
  },
  {
    // No repository: the folder above the linted one (here the scratch folder, in real life /tmp) is not searched.
    name: 'config-above-the-linted-directory-without-git-not-read',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(dirname(d), '.hacheckrc.json'), OFF);
      write(join(dirname(d), '.hacheckrc.js'), 'throw new Error("never loaded");\n');
    },
  },
  {
    name: 'config-fifo',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      execFileSync('mkfifo', [join(d, '.hacheckrc.yaml')]);
    },
  },
  {
    name: 'config-package-json-link-to-dev-zero',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      symlinkSync('/dev/zero', join(d, 'package.json'));
    },
  },
  {
    // The message says it leads out, never where: the target's name could be anything on the machine.
    name: 'config-link-out-of-the-tree',
    build: (d, outside) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(outside, 'secret-target-name.json'), OFF);
      symlinkSync(join(outside, 'secret-target-name.json'), join(d, '.hacheckrc.json'));
    },
  },
  {
    name: 'config-yaml-alias-bomb',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      const lines = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i <= 9; i++) lines.push(`lol${i}: &lol${i} [${Array(10).fill(`*lol${i - 1}`).join(', ')}]`);
      write(join(d, '.hacheckrc.yaml'), `${lines.join('\n')}\nrules: *lol9\n`);
    },
  },
  {
    // picomatch turned this 20-byte glob into a backtracking regular expression: hours on a 60-character folder name.
    name: 'config-ignore-glob-that-hung-picomatch',
    build: (d) => {
      write(join(d, `${'a'.repeat(60)}/core-site.xml`), CORE_WITH_TYPO);
      write(join(d, 'backup/nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.yaml'), 'ignore:\n  - "*a*a*a*a*a*a*a*a*a*b"\n  - "backup/**"\n');
    },
  },
  {
    name: 'config-ignore-extglob-refused',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.yaml'), 'ignore:\n  - "+(a|aa)+(a|aa)+(a|aa)b"\n');
    },
  },
  {
    // Values built to forge a workflow command or paint the terminal are never echoed; a key is, escaped.
    name: 'config-validation-error-with-crafted-values',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.json'), `${JSON.stringify({
        rules: { 'hadoop/unknown-property': 'off\n::error file=x::forged', 'x\u001b[2J\n::warning::y': 'off' },
        hosts: { zk1: '../\u001b]0;title\u0007' },
        versions: { hadoop: '##[error]forged' },
      }, null, 2)}\n`);
    },
  },
  {
    name: 'config-json-syntax-error-not-echoed',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, '.hacheckrc.json'), '{\n  "rules": { "hadoop/unknown-property": ::error::forged }\n}\n');
    },
  },
];
