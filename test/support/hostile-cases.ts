/**
 * The hostile-input suite's cases: each builds a cluster directory (and, for the
 * cases that prove hacheck never reads outside it, files next to it) that a
 * careless or crafted copy could produce. test/hostile.test.ts runs the CLI on
 * each and compares exit code, stdout and stderr with test/hostile-expected/<name>.txt.
 */
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { HOSTILE_CASES_XINCLUDE } from './hostile-cases-xinclude.ts';
import { PROTO_HOSTILE_CASES } from './hostile-cases-proto.ts';
import { HOSTILE_CASES_CONFIG } from './hostile-cases-config.ts';
import { LOWRISK_CASES } from './hostile-cases-lowrisk.ts';
import { PERF_HOSTILE_CASES } from './hostile-cases-perf.ts';
import { HOSTILE_CASES_DISC } from './hostile-cases-disc.ts';
import { HOSTILE_CASES_ALT } from './hostile-cases-alt.ts';
import { HOSTILE_CASES_SESSIONS } from './hostile-cases-sessions.ts';
import { HOSTILE_CASES_CONNECT } from './hostile-cases-connect.ts';
import { HOSTILE_CASES_HBASE_PROPS } from './hostile-cases-hbase-props.ts';
import { HOSTILE_CASES_KRAFT } from './hostile-cases-kraft.ts';
import { HOSTILE_CASES_ABSENT } from './hostile-cases-absent.ts';
import { HOSTILE_CASES_ADDR } from './hostile-cases-addr.ts';
import { HOSTILE_CASES_ENVFILES } from './hostile-cases-envfiles.ts';
import { HOSTILE_CASES_CONTAINERS } from './hostile-cases-containers.ts';
import { HOSTILE_CASES_BITNAMI } from './hostile-cases-bitnami.ts';

export interface HostileCase {
  readonly name: string;
  /** `dir`: the cluster directory to lint (exists, empty); `outside`: a sibling folder hacheck must never read. */
  readonly build: (dir: string, outside: string) => void;
  /** Arguments before the directory; `--format compact` when absent. */
  readonly args?: readonly string[];
  /** What to pass instead of the directory (a missing path, a file). */
  readonly target?: (dir: string) => string;
  /** Run as an unprivileged user: as root every file is readable. */
  readonly unprivileged?: boolean;
  /** The part of stdout the case is about, when the whole would repeat every rule's metadata. */
  readonly select?: (stdout: string) => string;
}

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function mkfifo(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('mkfifo', [path]);
}

const ZOO = 'tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\ninitLimit=10\nsyncLimit=5\n';
const site = (body: string) => `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`;
const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
/** A core-site.xml with one finding (an unknown key with a did-you-mean), to show a file was read. */
const CORE_WITH_TYPO = site(prop('fs.defaultFS', 'hdfs://nn1:8020') + prop('hadoop.tmp.dirr', '/data/tmp'));

export const HOSTILE_CASES: readonly HostileCase[] = [
  // XML
  { name: 'xml-unclosed-tag', build: (d) => write(join(d, 'nn1/core-site.xml'), site('  <property>\n    <name>fs.defaultFS</name>\n    <value>hdfs://nn1:8020\n  </property>\n')) },
  { name: 'xml-mismatched-tags', build: (d) => write(join(d, 'nn1/core-site.xml'), site('  <property>\n    <name>fs.defaultFS</value>\n  </property>\n')) },
  { name: 'xml-two-roots', build: (d) => write(join(d, 'nn1/core-site.xml'), site(prop('fs.defaultFS', 'hdfs://nn1:8020')) + '<configuration/>\n') },
  { name: 'xml-no-root', build: (d) => write(join(d, 'nn1/core-site.xml'), '<?xml version="1.0"?>\n<!-- nothing here -->\n') },
  { name: 'xml-text-outside-root', build: (d) => write(join(d, 'nn1/core-site.xml'), site(prop('fs.defaultFS', 'hdfs://nn1:8020')) + 'fs.defaultFS=hdfs://nn2\n') },
  { name: 'xml-truncated', build: (d) => write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO.slice(0, CORE_WITH_TYPO.indexOf('/data/tmp') + 4)) },
  {
    name: 'xml-cdata-and-comments-in-names-and-values',
    build: (d) => write(join(d, 'nn1/hdfs-site.xml'), site(
      '  <property>\n    <name>dfs.<!-- the factor -->replication</name>\n    <value><![CDATA[3]]></value>\n  </property>\n' +
      '  <property>\n    <name><![CDATA[dfs.blocksize]]></name>\n    <value>128<!-- MB -->m</value>\n  </property>\n' +
      '  <property>\n    <name>dfs.permissions.enabled</name>\n    <value><![CDATA[<true>]]></value>\n  </property>\n')),
  },
  {
    name: 'xml-numeric-character-references',
    build: (d) => write(join(d, 'nn1/hdfs-site.xml'), site(prop('&#100;fs.replication', '&#x33;') + prop('dfs.permissions.enabled', '&#116;rue&#32;'))),
  },
  {
    name: 'xml-billion-laughs',
    build: (d) => {
      const entities = ['  <!ENTITY lol "lol">'];
      for (let i = 1; i <= 9; i++) entities.push(`  <!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
      write(join(d, 'nn1/core-site.xml'), `<?xml version="1.0"?>\n<!DOCTYPE configuration [\n${entities.join('\n')}\n]>\n<configuration>\n${prop('fs.defaultFS', '&lol9;')}</configuration>\n`);
    },
  },
  {
    // The entity names a FIFO outside the cluster directory: opening it would block, and the test would time out.
    name: 'xml-external-entity-never-read',
    build: (d, outside) => {
      mkfifo(join(outside, 'secret'));
      write(join(d, 'nn1/core-site.xml'), `<?xml version="1.0"?>\n<!DOCTYPE configuration [\n  <!ENTITY x SYSTEM "file://${join(outside, 'secret')}">\n]>\n<configuration>\n${prop('fs.defaultFS', '&x;')}${prop('hadoop.tmp.dirr', '/data/tmp')}</configuration>\n`);
    },
  },
  { name: 'xml-10000-levels-of-nesting', build: (d) => write(join(d, 'nn1/core-site.xml'), site(`${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}\n${prop('hadoop.tmp.dirr', '/data/tmp')}`)) },
  { name: 'xml-one-line-of-50-mb', build: (d) => write(join(d, 'nn1/core-site.xml'), `<configuration><property><name>x</name><value>${'a'.repeat(50_000_000)}</value></property></configuration>`) },
  {
    // Under the 10 MiB limit: read and parsed, the finding at the right column of the one line.
    name: 'xml-one-line-of-9-mb',
    build: (d) => write(join(d, 'nn1/core-site.xml'), `<configuration><property><name>x.value</name><value>${'a'.repeat(9_000_000)}</value></property><property><name>hadoop.tmp.dirr</name><value>/t</value></property></configuration>`),
  },
  {
    // Sparse: 100 MB on paper, no disk used; hacheck decides from the size and never reads it.
    name: 'xml-100-mb-file',
    build: (d) => {
      write(join(d, 'nn1/hdfs-site.xml'), '');
      truncateSync(join(d, 'nn1/hdfs-site.xml'), 100 * 1024 * 1024);
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
    },
  },
  { name: 'xml-utf16-with-bom', build: (d) => write(join(d, 'nn1/core-site.xml'), Buffer.from(`\ufeff${CORE_WITH_TYPO.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')}`, 'utf16le')) },
  { name: 'xml-utf16-big-endian-with-bom', build: (d) => write(join(d, 'nn1/core-site.xml'), Buffer.from(`\ufeff${CORE_WITH_TYPO}`, 'utf16le').swap16()) },
  { name: 'xml-invalid-utf8', build: (d) => write(join(d, 'nn1/core-site.xml'), Buffer.concat([Buffer.from(site(prop('fs.defaultFS', 'hdfs://nn1:8020')).slice(0, 60)), Buffer.from([0xc3, 0x28]), Buffer.from(site('').slice(60))])) },
  { name: 'xml-declared-latin1', build: (d) => write(join(d, 'nn1/core-site.xml'), Buffer.from(CORE_WITH_TYPO.replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"').replace('/data/tmp', '/données/tmp'), 'latin1')) },
  { name: 'xml-empty-file', build: (d) => write(join(d, 'nn1/core-site.xml'), '') },

  // zoo.cfg and other text files
  // ISO-8859-1, as Properties.load(InputStream) reads it: "é" is one byte, 0xE9, and shows as "é" in the message.
  { name: 'zoo-cfg-latin1-bytes', build: (d) => write(join(d, 'zk1/zoo.cfg'), Buffer.from(`${ZOO.replace('syncLimit=5', 'syncLimit=5é')}# donnée\n`, 'latin1')) },
  { name: 'zoo-cfg-nul-bytes', build: (d) => write(join(d, 'zk1/zoo.cfg'), `${ZOO}# copied\u0000\u0000\u0000\n`) },
  { name: 'zoo-cfg-binary', build: (d) => write(join(d, 'zk1/zoo.cfg'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))) },
  { name: 'zoo-cfg-continuation-at-end-of-file', build: (d) => write(join(d, 'zk1/zoo.cfg'), `${ZOO}dataLogDir=/var/log/\\`) },
  { name: 'zoo-cfg-empty', build: (d) => write(join(d, 'zk1/zoo.cfg'), '') },
  {
    name: 'myid-zero-bytes',
    build: (d) => {
      const zoo = `${ZOO.replace('/var/lib/zookeeper', '/data')}server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n`;
      for (const [h, id] of [['zk1', ''], ['zk2', '2\n'], ['zk3', '3\n']] as const) {
        write(join(d, h, 'zoo.cfg'), zoo);
        write(join(d, h, 'data/myid'), id);
      }
    },
  },
  {
    // A file that is not parsed still belongs to its host: the JSON names it, and the host's overrides apply.
    name: 'myid-binary-in-a-host-folder-json',
    args: ['--format', 'json'],
    select: (stdout) => `${JSON.stringify(JSON.parse(stdout).findings.map((f: Record<string, unknown>) => [f['ruleId'], f['severity'], f['file'], f['line'], f['column'], f['host']]))}\n`,
    build: (d) => {
      const zoo = `${ZOO.replace('/var/lib/zookeeper', '/data')}server.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n`;
      for (const h of ['zk1', 'zk2', 'zk3']) write(join(d, h, 'zoo.cfg'), zoo);
      write(join(d, 'zk1/data/myid'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
      write(join(d, 'zk2/data/myid'), '2\n');
      write(join(d, 'zk3/data/myid'), '3\u0000\n');
      write(join(d, '.hacheckrc.json'), JSON.stringify({ overrides: [{ hosts: ['zk3'], rules: { 'syntax/binary-file': 'warning' } }] }));
    },
  },
  { name: 'workers-nul-bytes', build: (d) => write(join(d, 'hadoop/workers'), 'dn1\ndn2\n\u0000\u0000\u0000\u0000') },

  // The tree
  {
    name: 'tree-directory-named-hdfs-site-xml',
    build: (d) => {
      mkdirSync(join(d, 'nn1/hdfs-site.xml'), { recursive: true });
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
    },
  },
  { name: 'tree-fifo-named-zoo-cfg', build: (d) => { mkfifo(join(d, 'zk1/zoo.cfg')); write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO); } },
  {
    // The machine-readable formats record it too: a SARIF consumer must not take the run for complete.
    name: 'tree-fifo-named-zoo-cfg-sarif',
    args: ['--format', 'sarif'],
    select: (stdout) => `${JSON.stringify(JSON.parse(stdout).runs[0].invocations, null, 2)}\n`,
    build: (d) => { mkfifo(join(d, 'zk1/zoo.cfg')); write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO); },
  },
  {
    name: 'tree-symlink-loop',
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      symlinkSync('zoo.cfg.b', join(d, 'nn1/zoo.cfg'));
      symlinkSync('zoo.cfg', join(d, 'nn1/zoo.cfg.b'));
      symlinkSync('..', join(d, 'nn1/up'));
      symlinkSync('self', join(d, 'nn1/self'));
    },
  },
  {
    // Both targets are FIFOs: following a link out of the tree and opening the file would block.
    name: 'tree-symlinks-out-of-the-directory',
    build: (d, outside) => {
      mkfifo(join(outside, 'zoo.cfg'));
      mkfifo(join(outside, 'conf/hdfs-site.xml'));
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      symlinkSync(join(outside, 'zoo.cfg'), join(d, 'nn1/zoo.cfg'));
      symlinkSync('../../outside/conf', join(d, 'nn1/conf'));
    },
  },
  {
    name: 'tree-symlinks-inside-the-directory',
    build: (d) => {
      write(join(d, 'server1/etc/hadoop/core-site.xml'), CORE_WITH_TYPO);
      mkdirSync(join(d, 'server2/etc'), { recursive: true });
      symlinkSync('../../server1/etc/hadoop', join(d, 'server2/etc/hadoop'));
      write(join(d, 'server3/etc/hadoop/hdfs-site.xml'), site(prop('dfs.replication', '3')));
      symlinkSync('../../../server1/etc/hadoop/core-site.xml', join(d, 'server3/etc/hadoop/core-site.xml'));
    },
  },
  { name: 'tree-dangling-symlink', build: (d) => { write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO); symlinkSync('/nonexistent/zoo.cfg', join(d, 'nn1/zoo.cfg')); } },
  {
    name: 'tree-unreadable-file-and-directory',
    unprivileged: true,
    build: (d) => {
      write(join(d, 'nn1/core-site.xml'), CORE_WITH_TYPO);
      write(join(d, 'zk1/zoo.cfg'), ZOO);
      chmodSync(join(d, 'zk1/zoo.cfg'), 0o000);
      write(join(d, 'zk2/conf/zoo.cfg'), ZOO);
      chmodSync(join(d, 'zk2/conf'), 0o000);
    },
  },
  { name: 'tree-spaces-and-non-ascii-names', build: (d) => write(join(d, 'nœud 1/etc/hadoop conf/core-site.xml'), CORE_WITH_TYPO) },
  {
    name: 'tree-spaces-and-non-ascii-names-sarif',
    args: ['--format', 'sarif'],
    select: (stdout) => {
      const run = JSON.parse(stdout).runs[0];
      return `${JSON.stringify({ originalUriBaseIds: run.originalUriBaseIds, locations: run.results.map((r: { locations: unknown }) => r.locations) }, null, 2)}\n`;
    },
    build: (d) => write(join(d, 'nœud 1/etc/hadoop conf/core-site.xml'), CORE_WITH_TYPO) },
  { name: 'tree-missing-directory', build: () => {}, target: (d) => join(d, 'does-not-exist') },
  { name: 'tree-empty-directory', build: () => {} },
  { name: 'tree-file-instead-of-directory', build: (d) => write(join(d, 'zoo.cfg'), ZOO), target: (d) => join(d, 'zoo.cfg') },
  ...HOSTILE_CASES_XINCLUDE,
  ...PROTO_HOSTILE_CASES,
  ...HOSTILE_CASES_CONFIG,
  ...LOWRISK_CASES,
  ...PERF_HOSTILE_CASES,
  ...HOSTILE_CASES_DISC,
  ...HOSTILE_CASES_ALT,
  ...HOSTILE_CASES_SESSIONS,
  ...HOSTILE_CASES_CONNECT,
  ...HOSTILE_CASES_HBASE_PROPS,
  ...HOSTILE_CASES_KRAFT,
  ...HOSTILE_CASES_ABSENT,
  ...HOSTILE_CASES_ADDR,
  ...HOSTILE_CASES_ENVFILES,
  ...HOSTILE_CASES_CONTAINERS,
  ...HOSTILE_CASES_BITNAMI,
];
