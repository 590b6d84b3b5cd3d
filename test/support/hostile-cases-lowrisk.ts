/**
 * Hostile cases of issue 11's low-risk list: names that are not UTF-8, character
 * references to code points XML forbids, and values that try to pass for something
 * else in the output (bidi and zero-width characters, CI service messages).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HostileCase } from './hostile-cases.ts';

function write(path: string | Buffer, content: string | Uint8Array): void {
  mkdirSync(dirname(path.toString()), { recursive: true });
  writeFileSync(path, content);
}

/** `dir` joined with a name of raw bytes: a string cannot hold a name that is not UTF-8. */
const bytesPath = (dir: string, ...name: number[][]) => Buffer.concat([Buffer.from(`${dir}/`), ...name.map((n) => Buffer.from(n))]);

const ZOO = 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n';
const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
/** dataDir under /tmp (a finding that quotes it) holding U+202E, U+2066, U+200B and U+FEFF, written as Properties escapes. */
const BIDI_ZOO = ZOO.replace('dataDir=/var/lib/zookeeper', 'dataDir=/tmp/zk\\u202etxt.exe\\u2066x\\u200by\\ufeff');
const CORE_WITH_TYPO = site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dirr', '/data/tmp'));

export const LOWRISK_CASES: readonly HostileCase[] = [
  {
    // Links out of the tree to a missing file, a link loop outside and an existing file: one message for all
    // three, so the output never tells which outside paths exist. A link to nothing inside the tree says so.
    name: 'tree-links-out-to-missing-and-looping-targets',
    build: (d, outside) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(outside, 'exists.cfg'), ZOO);
      symlinkSync(join(outside, 'loop-a'), join(outside, 'loop-b'));
      symlinkSync(join(outside, 'loop-b'), join(outside, 'loop-a'));
      symlinkSync(join(outside, 'missing.cfg'), join(d, 'nn1/zoo.cfg'));
      symlinkSync(join(outside, 'loop-a'), join(d, 'nn1/hdfs-site.xml'));
      mkdirSync(join(d, 'nn2'));
      symlinkSync(join(outside, 'exists.cfg'), join(d, 'nn2/zoo.cfg'));
      symlinkSync('../../outside/missing-dir', join(d, 'nn1/conf'));
      symlinkSync('absent.xml', join(d, 'nn1/yarn-site.xml'));
    },
  },
  {
    // A directory named \xff\xfe (with a zoo.cfg in it) next to a host with a finding: a notice, and the finding still reported.
    name: 'tree-non-utf8-directory-name',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      const odd = bytesPath(d, [0xff, 0xfe]);
      mkdirSync(odd);
      writeFileSync(Buffer.concat([odd, Buffer.from('/zoo.cfg')]), ZOO);
      mkdirSync(bytesPath(join(d, 'nn1'), [0x64, 0xe9, 0x6a], [0xc3, 0xa0]));
    },
  },
  {
    // Named like a dynamic zoo.cfg but for one byte: a notice; a file hacheck would not read anyway says nothing.
    name: 'tree-non-utf8-file-name',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      writeFileSync(bytesPath(join(d, 'nn1'), [...Buffer.from('zoo.cfg.dynamic.')], [0xff]), 'server.1=zk1:2888:3888\n');
      writeFileSync(bytesPath(join(d, 'nn1'), [...Buffer.from('notes')], [0x80]), 'x\n');
    },
  },
  {
    // Java refuses each file at its first reference to a code point XML forbids; fast-xml-parser would decode them.
    name: 'xml-invalid-character-references',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dir', '/data/&#xD800;tmp&#0;')));
      write(join(d, 'nn1/hdfs-site.xml'), `<?xml version="1.0"?>\n<!DOCTYPE configuration [\n  <!ENTITY big "&#x110000;">\n]>\n<configuration>\n${prop('dfs.replication', '3')}</configuration>\n`);
      write(join(d, 'nn1/yarn-site.xml'), site('  <property name="yarn.resourcemanager.hostname" value="rm&#xFFFE;"/>\n'));
    },
  },
  // A zoo.cfg value (Properties \u escapes, so the characters are exact) that reverses what follows it and
  // carries an Azure Pipelines logging command: escaped in the message, in every format.
  { name: 'value-bidi-and-zero-width-compact', build: (d) => write(join(d, 'zk1/zoo.cfg'), BIDI_ZOO) },
  { name: 'value-bidi-and-zero-width-github', args: ['--format', 'github'], build: (d) => write(join(d, 'zk1/zoo.cfg'), BIDI_ZOO) },
  { name: 'value-azure-and-teamcity-service-messages', build: (d) => write(join(d, 'zk1/zoo.cfg'), ZOO.replace('dataDir=/var/lib/zookeeper', 'dataDir=/tmp/##vso[task.setvariable variable=x]1 ##teamcity[buildStatus text=\'ok\']')) },
  {
    name: 'folder-name-bidi-and-service-message-stderr',
    // A folder name in a notice on stderr: the link not followed is named with the folder.
    build: (d, outside) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      mkdirSync(join(d, 'a\u202eb ##vso[task.complete]'));
      write(join(outside, 'conf/core-site.xml'), CORE_WITH_TYPO);
      symlinkSync(join(outside, 'conf'), join(d, 'a\u202eb ##vso[task.complete]/conf'));
    },
  },
];
