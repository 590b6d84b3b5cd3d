import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.ts';
import { ConfigError } from '../src/config/config-error.ts';
import { jsonErrorOffset } from '../src/config/json-error-offset.ts';
import { CODE_PLACES, DATA_PLACES, loadConfig } from '../src/config/load.ts';
import { lintOptionsOf } from '../src/config/resolve.ts';
import { SCHEMA_ID } from '../src/config/schema.ts';
import { validateConfig } from '../src/config/validate.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { buildCluster } from '../src/model/build.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree, site } from './support/tree.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

/** `hacheck <args>` from the repository root, in process (support/cli-run.ts). */
function run(...args: string[]) {
  return runCli(args, { cwd: ROOT });
}

/** A repository (a .git folder bounds the search) with the given files. */
function repo(files: Record<string, string>): string {
  const root = makeTree(files);
  mkdirSync(join(root, '.git'));
  return root;
}

const TMP_ZOO = `tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n${ZOO_HOUSEKEEPING}`;
const TMP_FINDING = 'dataDir is "/tmp/zookeeper", under a temporary directory that the system may clear [zookeeper/datadir-in-tmp]';
const OFF = { rules: { 'zookeeper/datadir-in-tmp': 'off' } };

async function lintWithConfig(dir: string): Promise<string> {
  const loaded = await loadConfig(dir);
  return formatCompact((await lintDirectory(dir, lintOptionsOf(loaded))).findings);
}

// --- finding the file ---

const FILE_TEXT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'ops', hacheck: OFF }),
  '.hacheckrc': 'rules:\n  zookeeper/datadir-in-tmp: "off"\n',
  '.hacheckrc.json': JSON.stringify(OFF),
  '.hacheckrc.yaml': 'rules:\n  zookeeper/datadir-in-tmp: "off"\n',
  '.hacheckrc.yml': 'rules: { zookeeper/datadir-in-tmp: "off" }\n',
};

test('every search place is found from a subdirectory of the repository', async () => {
  assert.equal(Object.keys(FILE_TEXT).sort(), [...DATA_PLACES].sort());
  for (const place of DATA_PLACES) {
    const root = repo({ [place]: FILE_TEXT[place]!, 'clusters/prod/zoo.cfg': TMP_ZOO });
    const loaded = await loadConfig(join(root, 'clusters/prod'));
    assert.is(loaded.file, join(root, place), place);
    assert.equal(loaded.config, OFF, place);
    assert.is(await lintWithConfig(join(root, 'clusters/prod')), '', place);
  }
});

test('the nearest file wins, and the search stops at the repository root', async () => {
  const root = repo({ '.hacheckrc.json': JSON.stringify({ rules: { 'zookeeper/datadir-in-tmp': 'error' } }), 'prod/.hacheckrc.json': JSON.stringify(OFF), 'prod/zoo.cfg': TMP_ZOO });
  assert.is((await loadConfig(join(root, 'prod'))).file, join(root, 'prod/.hacheckrc.json'));
  // Above the repository: not read.
  const outer = makeTree({ '.hacheckrc.json': JSON.stringify(OFF), 'repo/zoo.cfg': TMP_ZOO });
  mkdirSync(join(outer, 'repo/.git'));
  assert.equal(await loadConfig(join(outer, 'repo')), { file: undefined, config: {} });
  assert.is(await lintWithConfig(join(outer, 'repo')), `zoo.cfg:2:9: warning: ${TMP_FINDING}\n`);
});

test('outside a repository only the linted directory is searched: a parent folder may be another user\'s', async () => {
  const outer = makeTree({ '.hacheckrc.json': JSON.stringify(OFF), 'cluster/zoo.cfg': TMP_ZOO });
  assert.equal(await loadConfig(join(outer, 'cluster')), { file: undefined, config: {} });
  writeFileSync(join(outer, 'cluster/.hacheckrc.json'), JSON.stringify(OFF));
  assert.is((await loadConfig(join(outer, 'cluster'))).file, join(outer, 'cluster/.hacheckrc.json'));
});

/** A configuration whose code, if it ever ran, would leave a marker file outside the tree. */
function markerCode(marker: string, esm: boolean): string {
  const write = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`;
  return esm ? `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default {};\n` : `${write}\nmodule.exports = {};\n`;
}

const refusal = (shown: string, language: string) =>
  `${shown}: not loaded: a ${language} configuration is code, and hacheck never runs code from the directories it checks; write the object it exports as JSON in .hacheckrc.json or as YAML in .hacheckrc.yaml (same keys)`;

async function loadError(dir: string, explicit?: string): Promise<string> {
  try {
    await loadConfig(dir, explicit);
  } catch (err) {
    assert.instance(err, ConfigError);
    return (err as Error).message;
  }
  assert.unreachable('loadConfig should have thrown');
  return '';
}

test('a JavaScript or TypeScript configuration, in the linted directory or a parent in the repository, is refused and never run', async () => {
  assert.equal([...CODE_PLACES], ['.hacheckrc.js', '.hacheckrc.cjs', '.hacheckrc.mjs', '.hacheckrc.ts', '.hacheckrc.cts', '.hacheckrc.mts', 'hacheck.config.js', 'hacheck.config.cjs', 'hacheck.config.mjs', 'hacheck.config.ts', 'hacheck.config.cts', 'hacheck.config.mts']);
  for (const place of CODE_PLACES) {
    const outside = makeTree({});
    const marker = join(outside, 'marker');
    const language = /ts$/.test(place) ? 'TypeScript' : 'JavaScript';
    // In the linted directory, beside a JSON configuration: still refused, the JSON does not hide it.
    const here = repo({ [place]: markerCode(marker, place.endsWith('.mjs')), '.hacheckrc.json': JSON.stringify(OFF), 'zoo.cfg': TMP_ZOO });
    assert.is(await loadError(here), refusal(join(here, place), language), place);
    // In a parent inside the repository.
    const parent = repo({ [place]: markerCode(marker, place.endsWith('.mjs')), 'clusters/prod/zoo.cfg': TMP_ZOO });
    assert.is(await loadError(join(parent, 'clusters/prod')), refusal(join(parent, place), language), place);
    // Named by --config.
    assert.is(await loadError(parent, join(parent, place)), refusal(join(parent, place), language), place);
    assert.not.ok(existsSync(marker), `${place} was run`);
  }
});

test('a configuration file that is not a regular file in the searched tree is refused without naming where a link leads', async () => {
  const outside = makeTree({ 'secret.json': JSON.stringify(OFF) });
  const root = repo({ 'prod/zoo.cfg': TMP_ZOO, 'common/rc.json': JSON.stringify(OFF) });
  symlinkSync(join(outside, 'secret.json'), join(root, 'prod/.hacheckrc.json'));
  const message = await loadError(join(root, 'prod'));
  assert.is(message, `${join(root, 'prod/.hacheckrc.json')}: not read: a symbolic link out of the repository (${root}); a configuration file is never followed out of the tree searched`);
  assert.not.match(message, outside);
  // A link inside the repository is followed.
  const inside = repo({ 'prod/zoo.cfg': TMP_ZOO, 'common/rc.json': JSON.stringify(OFF) });
  symlinkSync('../common/rc.json', join(inside, 'prod/.hacheckrc.json'));
  assert.equal(await loadConfig(join(inside, 'prod')), { file: join(inside, 'prod/.hacheckrc.json'), config: OFF });
  // A directory, a dangling link, a file over 1 MiB.
  const dir = repo({ 'zoo.cfg': TMP_ZOO });
  mkdirSync(join(dir, '.hacheckrc.yaml'));
  assert.is(await loadError(dir), `${join(dir, '.hacheckrc.yaml')}: not read: a directory, not a regular file`);
  const dangling = repo({ 'zoo.cfg': TMP_ZOO });
  symlinkSync('nothing.json', join(dangling, '.hacheckrc.json'));
  assert.is(await loadError(dangling), `${join(dangling, '.hacheckrc.json')}: not read: a symbolic link to nothing`);
  const big = repo({ 'zoo.cfg': TMP_ZOO, '.hacheckrc.json': `${JSON.stringify(OFF)}${' '.repeat(1024 * 1024)}` });
  assert.is(await loadError(big), `${join(big, '.hacheckrc.json')}: not read: larger than 1 MiB (1048576 bytes), the limit for a configuration file`);
});

test('parse errors give line and column, never the text of the file', async () => {
  const cases: [string, string, string][] = [
    ['.hacheckrc.json', '{\n  "rules": {"zookeeper/datadir-in-tmp": s3cr3t}\n}\n', '2:41: not valid JSON: unexpected character'],
    ['.hacheckrc.json', '{"rules": {', '1:12: not valid JSON: unexpected end of the file'],
    ['package.json', '{"name": "ops",\n "hacheck": {"rules": [s3cr3t]}}', '2:24: not valid JSON: unexpected character'],
    ['.hacheckrc.yaml', 'rules: [s3cr3t\n', '2:1: not valid YAML (BAD_INDENT)'],
    ['.hacheckrc.yml', 'rules: {}\n---\ns3cr3t: 1\n', '2:1: not valid YAML (MULTIPLE_DOCS)'],
    ['.hacheckrc.yaml', 'rules: *s3cr3t\n', '1:8: not valid YAML: an alias names no anchor set before it'],
  ];
  for (const [place, text, expected] of cases) {
    const root = repo({ [place]: text });
    const message = await loadError(root);
    assert.is(message, `${join(root, place)}:${expected}`, text);
    assert.not.match(message, 's3cr3t');
  }
});

test('validation errors give line and column, in the file\'s order, and never quote a value', async () => {
  const json = repo({ '.hacheckrc.json': '{\n  "versions": { "hadoop": "s3cr3t" },\n  "rules": {\n    "zookeeper/datadir-in-tmp": "s3cr3t",\n    "zookeeper/datadir-in-temp": "off"\n  },\n  "hosts": { "zk1": "../s3cr3t" }\n}\n' });
  const file = join(json, '.hacheckrc.json');
  assert.equal((await loadError(json)).split('\n'), [
    `${file}:2:27: versions.hadoop: not valid (Hadoop release, e.g. "2.7.7" or "3.4")`,
    `${file}:4:33: rules["zookeeper/datadir-in-tmp"]: must be one of "error", "warning", "info", "off"`,
    `${file}:5:5: rules: unknown rule id "zookeeper/datadir-in-temp"; did you mean "zookeeper/datadir-in-tmp"?`,
    `${file}:7:21: hosts.zk1: not valid (A folder relative to the linted directory, with forward slashes, without "." or ".." segments)`,
  ]);
  const yaml = repo({ '.hacheckrc.yaml': 'overrides:\n  - hosts: [zk1]\n    rules:\n      zookeeper/myid-mismatc: s3cr3t\n' });
  assert.is(await loadError(yaml), `${join(yaml, '.hacheckrc.yaml')}:4:7: overrides[0].rules: unknown rule id "zookeeper/myid-mismatc"; did you mean "zookeeper/myid-mismatch"?`);
  const pkg = repo({ 'package.json': '{\n  "name": "ops",\n  "hacheck": { "rule": {} }\n}\n' });
  assert.is(await loadError(pkg), `${join(pkg, 'package.json')}:3:16: unknown key "rule"; did you mean "rules"?`);
});

test('YAML aliases: a few are fine, a billion laughs is refused at once', async () => {
  const few = repo({ '.hacheckrc.yaml': 'rules: &quiet\n  zookeeper/myid-mismatch: info\noverrides:\n  - { hosts: [zk1], rules: *quiet }\n  - { hosts: [zk2], rules: *quiet }\n' });
  assert.equal((await loadConfig(few)).config.overrides?.map((o) => o.rules), [{ 'zookeeper/myid-mismatch': 'info' }, { 'zookeeper/myid-mismatch': 'info' }]);
  const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const bomb = repo({ '.hacheckrc.yaml': `${levels.join('\n')}\n` });
  assert.is(await loadError(bomb), `${join(bomb, '.hacheckrc.yaml')}:2:8: not loaded: its YAML aliases expand beyond the limit of 20 (a document of aliases of aliases grows exponentially)`);
});

test('ignore: a glob the bounded matcher does not have is a configuration error at its line', async () => {
  const root = repo({ '.hacheckrc.yaml': 'ignore:\n  - "backup/**"\n  - "@(old|tmp)/**"\n  - "{1..9}/**"\n' });
  const file = join(root, '.hacheckrc.yaml');
  assert.equal((await loadError(root)).split('\n'), [
    `${file}:3:5: ignore[1]: the glob has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis`,
    `${file}:4:5: ignore[2]: the glob has braces without a comma: braces list alternatives, {a,b}; ranges such as {1..3} are not supported`,
  ]);
});

test('a package.json without a "hacheck" key is no configuration', async () => {
  const root = repo({ 'package.json': '{"name":"ops"}', 'zoo.cfg': TMP_ZOO });
  assert.equal(await loadConfig(root), { file: undefined, config: {} });
});

// --- applying it ---

test('rules: a severity changes, "off" silences the rule', async () => {
  const dir = makeTree({ 'zoo.cfg': TMP_ZOO });
  const lint = async (setting: 'off' | 'error' | 'info') =>
    formatCompact((await lintDirectory(dir, { severities: { 'zookeeper/datadir-in-tmp': setting } })).findings);
  assert.is(await lint('error'), `zoo.cfg:2:9: error: ${TMP_FINDING}\n`);
  assert.is(await lint('info'), `zoo.cfg:2:9: info: ${TMP_FINDING}\n`);
  assert.is(await lint('off'), '');
});

const ENSEMBLE = `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n${ZOO_HOUSEKEEPING}`;

test('hosts: a configured folder is that host\'s snapshot, so its myid is checked', async () => {
  // box-a holds zk1's file system, but nothing names a host "box-a".
  const dir = makeTree({ 'conf/zoo.cfg': ENSEMBLE, 'box-a/var/lib/zookeeper/myid': '2\n', 'box-b/var/lib/zookeeper/myid': '2\n' });
  assert.is(formatCompact((await lintDirectory(dir)).findings), '');
  const mapped = await lintDirectory(dir, { build: { hosts: { zk1: 'box-a', zk2: 'box-b' } } });
  assert.is(
    formatCompact(mapped.findings),
    [
      'box-a/var/lib/zookeeper/myid:1:1: error: myid "2" is the id of server.2, but zk1 is server.1 [zookeeper/myid-mismatch]',
      '  conf/zoo.cfg:6:1: note: zk1 is server.1=zk1:2888:3888',
      '  conf/zoo.cfg:7:1: note: server.2=zk2:2888:3888 belongs to another host',
      '',
    ].join('\n'),
  );
  assert.equal(mapped.cluster.hosts.map((h) => [h.name, h.folder]), [['zk1', 'box-a'], ['zk2', 'box-b'], ['zk3', undefined]]);
});

test('hosts: a nested folder works, and a configured host exists even when no file names it', async () => {
  const dir = makeTree({ 'snapshots/node-7/etc/ntp.conf': 'server 0.pool.ntp.org iburst\n' });
  const c = await buildCluster(dir, { hosts: { 'edge7.example.com': 'snapshots/node-7' } });
  assert.equal(c.hosts.map((h) => [h.name, h.folder]), [['edge7.example.com', 'snapshots/node-7']]);
  assert.is(c.files[0]!.host, 'edge7.example.com');
});

const THREE_NAMENODES = {
  'core-site.xml': site({ 'fs.defaultFS': 'hdfs://ns1' }),
  'hdfs-site.xml': site({
    'dfs.nameservices': 'ns1',
    'dfs.ha.namenodes.ns1': 'nn1,nn2,nn3',
    'dfs.namenode.rpc-address.ns1.nn1': 'h1:8020',
    'dfs.namenode.rpc-address.ns1.nn2': 'h2:8020',
    'dfs.namenode.rpc-address.ns1.nn3': 'h3:8020',
  }),
};

test('versions: the configured release wins over the assumed newest and changes the verdict', async () => {
  const dir = makeTree(THREE_NAMENODES);
  const only = ['hdfs/namenode-count'];
  assert.is(formatCompact((await lintDirectory(dir, { only })).findings), '');
  const old = await lintDirectory(dir, { only, build: { versions: { hadoop: '2.7.7' } } });
  assert.is(formatCompact(old.findings), 'hdfs-site.xml:9:12: error: "nn1,nn2,nn3" lists 3 NameNodes but Hadoop 2.7.7 supports exactly 2 per nameservice [hdfs/namenode-count]\n');
  assert.equal(old.cluster.hadoopVersion, { product: 'Hadoop', major: 2, minor: 7, source: 'config', evidence: undefined, label: '2.7.7' });
  // Over path evidence too: the folder says 3.3, the file says 3.4.
  const c = await buildCluster(makeTree({ 'hadoop-3.3.6/etc/hadoop/core-site.xml': site({}), 'zoo.cfg': 'server.1=a:1:2;2181\n' }), { versions: { hadoop: '3.4', zookeeper: '3.4.14' } });
  assert.equal([c.hadoopVersion.label, c.hadoopVersion.source, c.zookeeperVersion.label, c.zookeeperVersion.source], ['3.4', 'config', '3.4.14', 'config']);
});

test('ignore: discovery skips the globs', async () => {
  const dir = makeTree({ 'zoo.cfg': `tickTime=2000\ndataDir=/var/zk\nclientPort=2181\n${ZOO_HOUSEKEEPING}`, 'backup/2019/zoo.cfg': TMP_ZOO, 'old.d/zoo.cfg': `${TMP_ZOO}# another copy\n` });
  const all = await lintDirectory(dir, { only: ['zookeeper/datadir-in-tmp'] });
  assert.is(formatCompact(all.findings), `backup/2019/zoo.cfg:2:9: warning: ${TMP_FINDING}\nold.d/zoo.cfg:2:9: warning: ${TMP_FINDING}\n`);
  const some = await lintDirectory(dir, { only: ['zookeeper/datadir-in-tmp'], build: { ignore: ['backup/**', '*.d/**'] } });
  assert.is(formatCompact(some.findings), '');
  assert.equal(some.cluster.files.map((f) => f.path), ['zoo.cfg']);
});

test('overrides: a host\'s findings take its setting, other hosts and shared files keep theirs', async () => {
  const dir = makeTree({ 'zoo.cfg': ENSEMBLE, 'zk1/var/lib/zookeeper/myid': '9\n', 'zk2/var/lib/zookeeper/myid': '9\n', 'zk3/var/lib/zookeeper/myid': '3\n' });
  const only = ['zookeeper/myid-mismatch', 'zookeeper/server-id-range'];
  const ids = async (options: Parameters<typeof lintDirectory>[1]) =>
    (await lintDirectory(dir, { only, ...options })).findings.map((f) => `${f.span.file} ${f.severity} ${f.ruleId}`);
  const both = ['zk1/var/lib/zookeeper/myid', 'zk2/var/lib/zookeeper/myid'];
  assert.equal(await ids({}), both.map((p) => `${p} error zookeeper/myid-mismatch`));
  // zk2 is being rebuilt: its mismatch is known, keep it visible as info; later entries win.
  assert.equal(
    await ids({ overrides: [{ hosts: ['zk2'], rules: { 'zookeeper/myid-mismatch': 'off' } }, { hosts: ['zk2.example.com'], rules: { 'zookeeper/myid-mismatch': 'info' } }] }),
    [`${both[0]} error zookeeper/myid-mismatch`, `${both[1]} info zookeeper/myid-mismatch`],
  );
  // Off everywhere but on for one host: the rule still runs for that host.
  assert.equal(
    await ids({ severities: { 'zookeeper/myid-mismatch': 'off' }, overrides: [{ hosts: ['zk1'], rules: { 'zookeeper/myid-mismatch': 'warning' } }] }),
    [`${both[0]} warning zookeeper/myid-mismatch`],
  );
});

// --- validation ---

function problems(data: unknown): string[] {
  try {
    validateConfig(data, '.hacheckrc.json');
    return [];
  } catch (err) {
    assert.instance(err, ConfigError);
    return (err as Error).message.split('\n');
  }
}

test('validation: unknown keys and rule ids name the key and suggest the closest', () => {
  assert.equal(problems({ rule: {} }), ['.hacheckrc.json: unknown key "rule"; did you mean "rules"?']);
  assert.equal(problems({ rules: { 'hdfs/fencing-fallbak': 'off', 'fencing-fallback': 'off', 'nonsense/xyz': 'off' } }), [
    '.hacheckrc.json: rules: unknown rule id "hdfs/fencing-fallbak"; did you mean "hdfs/fencing-fallback"?',
    '.hacheckrc.json: rules: unknown rule id "fencing-fallback"; did you mean "hdfs/fencing-fallback"?',
    '.hacheckrc.json: rules: unknown rule id "nonsense/xyz"',
  ]);
  assert.equal(problems({ overrides: [{ host: ['zk1'], rules: {} }] }), [
    '.hacheckrc.json: overrides[0]: missing key "hosts"',
    '.hacheckrc.json: overrides[0]: unknown key "host"; did you mean "hosts"?',
  ]);
  assert.equal(problems({ overrides: [{ hosts: ['zk1'], rules: { 'zookeeper/myid-mismatc': 'off' } }] }), [
    '.hacheckrc.json: overrides[0].rules: unknown rule id "zookeeper/myid-mismatc"; did you mean "zookeeper/myid-mismatch"?',
  ]);
});

test('validation: values', () => {
  assert.equal(problems({ rules: { 'hdfs/fencing-fallback': 'warn' } }), [
    '.hacheckrc.json: rules["hdfs/fencing-fallback"]: must be one of "error", "warning", "info", "off"; did you mean "warning"?',
  ]);
  assert.equal(problems({ versions: { hadoop: '4.1', zookeeper: 3.4 } }), [
    '.hacheckrc.json: versions.hadoop: not valid (Hadoop release, e.g. "2.7.7" or "3.4")',
    '.hacheckrc.json: versions.zookeeper must be string',
  ]);
  assert.equal(problems({ hosts: { 'zk 1': 'a', zk2: '../outside', zk3: '/abs' } }), [
    '.hacheckrc.json: hosts: key "zk 1" is not valid (A host name, without spaces or slashes)',
    '.hacheckrc.json: hosts.zk2: not valid (A folder relative to the linted directory, with forward slashes, without "." or ".." segments)',
    '.hacheckrc.json: hosts.zk3: not valid (A folder relative to the linted directory, with forward slashes, without "." or ".." segments)',
  ]);
  // minLength goes through ajv's ucs2length helper: the generated module must have it as an import.
  assert.equal(problems({ ignore: [''] }), ['.hacheckrc.json: ignore[0] must NOT have fewer than 1 characters']);
  assert.equal(problems(['rules']), ['.hacheckrc.json: the configuration must be object']);
  const valid = { $schema: SCHEMA_ID, rules: { 'hdfs/fencing-fallback': 'off' }, hosts: { zk1: 'snapshots/zk1' }, versions: { hadoop: '3.3.6', zookeeper: '3.8' }, ignore: ['old/**'], overrides: [{ hosts: ['zk1'], rules: { 'zookeeper/myid-missing': 'warning' } }] };
  assert.equal(problems(valid), []);
});

test('the published schema is a valid JSON Schema that lists every rule', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/hacheck-config.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: true, allErrors: true });
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  assert.is(schema.$id, SCHEMA_ID);
  assert.equal(Object.keys(schema.definitions.rules.properties), RULES.map((r) => r.meta.id));
  // Compiled at run time, it agrees with the validator compiled at build time.
  const validate = ajv.compile(schema);
  assert.ok(validate({ rules: { 'hdfs/fencing-fallback': 'off' }, versions: { hadoop: '2.7.7' } }));
  assert.not.ok(validate({ rules: { 'hdfs/no-such-rule': 'off' } }));
  assert.not.ok(validate({ versions: { hadoop: '2.7.7', hbase: '2.5' } }));
});

test('the JSON scanner finds where a text stops being JSON', () => {
  const cases: [string, number][] = [
    ['{"a": 1}', -1], ['  [1, -2.5e3, true, null, "x\\u0041"] ', -1], ['{"a": x}', 6], ['{"a": 1,}', 8], ['{"a" 1}', 5],
    ['[1 2]', 3], ['"abc', 4], ['{"a": "\\q"}', 8], ['{"a": 1} x', 9], ['', 0], ['[', 1], ['{"a":\n01}', 7], ['"a\u0001"', 2],
  ];
  for (const [text, offset] of cases) assert.is(jsonErrorOffset(text), offset, text);
  // Iterative: a million brackets do not exhaust the stack.
  assert.is(jsonErrorOffset('['.repeat(1_000_000)), 1_000_000);
});

// --- the command line (in process: support/cli-run.ts) ---

test('CLI: the configuration found from the cluster directory applies; --config overrides it', async () => {
  const root = repo({ '.hacheckrc.json': JSON.stringify(OFF), 'strict.yaml': 'rules:\n  zookeeper/datadir-in-tmp: error\n', 'prod/zoo.cfg': TMP_ZOO });
  const found = await run('--format', 'compact', join(root, 'prod'));
  assert.equal([found.code, found.stdout, found.stderr], [0, '', '']);
  const explicit = await run('--format', 'compact', '--config', join(root, 'strict.yaml'), join(root, 'prod'));
  assert.equal([explicit.code, explicit.stdout, explicit.stderr], [1, `zoo.cfg:2:9: error: ${TMP_FINDING}\n`, '']);
  const missing = await run('--config', join(root, 'nope.json'), join(root, 'prod'));
  assert.equal([missing.code, missing.stdout, missing.stderr], [2, '', `hacheck: cannot read configuration file "${join(root, 'nope.json')}": no such file\n`]);
});

test('CLI: --print-config prints the resolved configuration', async () => {
  const config = { rules: { 'hdfs/fencing-fallback': 'off' }, hosts: { zk1: 'box-a' }, versions: { zookeeper: '3.4.14' }, ignore: ['old/**'], overrides: [{ hosts: ['zk1'], rules: { 'zookeeper/myid-missing': 'warning' } }] };
  const root = repo({ '.hacheckrc.json': JSON.stringify(config), 'prod/zoo.cfg': TMP_ZOO });
  const r = await run('--print-config', join(root, 'prod'));
  const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === 'hdfs/fencing-fallback' ? 'off' : rule.meta.severity]));
  const expected = { configFile: join(root, '.hacheckrc.json'), versions: config.versions, hosts: config.hosts, ignore: config.ignore, rules, overrides: config.overrides, maxFileSize: 10 * 1024 * 1024 };
  assert.equal([r.code, r.stderr], [0, '']);
  assert.is(r.stdout, `${JSON.stringify(expected, null, 2)}\n`);
  // Without a file: the defaults.
  const bare = await run('--print-config', repo({ 'zoo.cfg': TMP_ZOO }));
  assert.is(JSON.parse(bare.stdout).configFile, null);
  assert.is(JSON.parse(bare.stdout).rules['hdfs/fencing-fallback'], 'warning');
});

test('CLI: an unknown key or rule id exits 2 with a did-you-mean naming the file', async () => {
  const root = repo({ '.hacheckrc.yml': 'rule:\n  zookeeper/datadir-in-tmp: "off"\n', 'prod/zoo.cfg': TMP_ZOO });
  const key = await run(join(root, 'prod'));
  assert.equal([key.code, key.stdout, key.stderr], [2, '', `hacheck: ${join(root, '.hacheckrc.yml')}:1:1: unknown key "rule"; did you mean "rules"?\n`]);
  const ids = repo({ 'package.json': JSON.stringify({ hacheck: { rules: { 'zookeeper/datadir-in-temp': 'off' } } }), 'zoo.cfg': TMP_ZOO });
  const id = await run('--print-config', ids);
  assert.equal([id.code, id.stdout, id.stderr], [2, '', `hacheck: ${join(ids, 'package.json')}:1:22: rules: unknown rule id "zookeeper/datadir-in-temp"; did you mean "zookeeper/datadir-in-tmp"?\n`]);
});

test('CLI: a JavaScript configuration planted in the repository stops every command with exit 2 and is never run', async () => {
  const outside = makeTree({});
  const marker = join(outside, 'marker');
  const root = repo({ '.hacheckrc.js': markerCode(marker, false), 'prod/zoo.cfg': TMP_ZOO });
  const line = `hacheck: ${refusal(join(root, '.hacheckrc.js'), 'JavaScript')}\n`;
  for (const args of [['--format', 'compact'], ['--print-config'], ['summary']]) {
    const r = await run(...args, join(root, 'prod'));
    assert.equal([r.code, r.stdout, r.stderr], [2, '', line], args.join(' '));
  }
  const ts = await run('--config', join(root, 'hacheck.config.ts'), root);
  assert.equal([ts.code, ts.stdout, ts.stderr], [2, '', `hacheck: ${refusal(join(root, 'hacheck.config.ts'), 'TypeScript')}\n`]);
  assert.not.ok(existsSync(marker), 'the configuration was run');
});

test('the README shows the example configuration file and its real output, docs/configuration.md its --print-config', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = 'examples/renamed-snapshots';
  const file = readFileSync(join(ROOT, example, '.hacheckrc.yaml'), 'utf8');
  assert.ok(readme.includes(`\`${example}/.hacheckrc.yaml\`:\n\n\`\`\`yaml\n${file}\`\`\``), 'README shows the example file verbatim');
  const lint = await run('--format', 'compact', example);
  assert.is(lint.code, 0);
  assert.ok(readme.includes(`$ node dist/hacheck.mjs --format compact ${example}\n${lint.stdout}\`\`\``), 'README shows the real lint output');
  const printed = await run('--print-config', example);
  assert.is(printed.code, 0);
  const docs = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
  assert.ok(docs.includes(`\`\`\`json\n${printed.stdout}\`\`\``), `docs/configuration.md shows the real --print-config output: paste the output of \`node dist/hacheck.mjs --print-config ${example}\``);
});

test.run();
