import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RULES } from '../rules/index.ts';
import { ConfigError } from '../src/config/config-error.ts';
import { loadConfig, SEARCH_PLACES } from '../src/config/load.ts';
import { lintOptionsOf } from '../src/config/resolve.ts';
import { SCHEMA_ID } from '../src/config/schema.ts';
import { validateConfig } from '../src/config/validate.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { buildCluster } from '../src/model/build.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree, site } from './support/tree.ts';

const BIN = join(ROOT, 'dist/hacheck.mjs');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A repository (a .git folder bounds the search) with the given files. */
function repo(files: Record<string, string>): string {
  const root = makeTree(files);
  mkdirSync(join(root, '.git'));
  return root;
}

const TMP_ZOO = 'tickTime=2000\ndataDir=/tmp/zookeeper\nclientPort=2181\n';
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
  '.hacheckrc.js': `module.exports = ${JSON.stringify(OFF)};\n`,
  '.hacheckrc.cjs': `module.exports = ${JSON.stringify(OFF)};\n`,
  '.hacheckrc.mjs': `export default ${JSON.stringify(OFF)};\n`,
  'hacheck.config.js': `module.exports = ${JSON.stringify(OFF)};\n`,
  'hacheck.config.cjs': `module.exports = ${JSON.stringify(OFF)};\n`,
  'hacheck.config.mjs': `export default ${JSON.stringify(OFF)};\n`,
};

test('every search place is found from a subdirectory of the repository', async () => {
  assert.equal(Object.keys(FILE_TEXT).sort(), [...SEARCH_PLACES].sort());
  for (const place of SEARCH_PLACES) {
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

const ENSEMBLE = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zk1:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';

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
  const dir = makeTree({ 'zoo.cfg': 'tickTime=2000\ndataDir=/var/zk\nclientPort=2181\n', 'backup/2019/zoo.cfg': TMP_ZOO, 'old.d/zoo.cfg': `${TMP_ZOO}# another copy\n` });
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
    '.hacheckrc.json: rules["hdfs/fencing-fallback"]: "warn" is not one of "error", "warning", "info", "off"; did you mean "warning"?',
  ]);
  assert.equal(problems({ versions: { hadoop: '4.1', zookeeper: 3.4 } }), [
    '.hacheckrc.json: versions.hadoop: "4.1" is not valid (Hadoop release, e.g. "2.7.7" or "3.4")',
    '.hacheckrc.json: versions.zookeeper must be string',
  ]);
  assert.equal(problems({ hosts: { 'zk 1': 'a', zk2: '../outside', zk3: '/abs' } }), [
    '.hacheckrc.json: hosts: key "zk 1" is not valid (A host name, without spaces or slashes)',
    '.hacheckrc.json: hosts.zk2: "../outside" is not valid (A folder relative to the linted directory, with forward slashes, without "." or ".." segments)',
    '.hacheckrc.json: hosts.zk3: "/abs" is not valid (A folder relative to the linted directory, with forward slashes, without "." or ".." segments)',
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

test('loading errors are ConfigErrors that name the file', async () => {
  const yaml = repo({ '.hacheckrc.yaml': 'rules: [unclosed\n', 'zoo.cfg': TMP_ZOO });
  try {
    await loadConfig(yaml);
    assert.unreachable('should have thrown');
  } catch (err) {
    assert.instance(err, ConfigError);
    assert.match((err as Error).message, new RegExp(`^${join(yaml, '.hacheckrc.yaml')}: cannot load the configuration: unexpected end of the stream`));
  }
});

// --- the command line, through the bundle ---

test('CLI: the configuration found from the cluster directory applies; --config overrides it', () => {
  const root = repo({ '.hacheckrc.json': JSON.stringify(OFF), 'strict.yaml': 'rules:\n  zookeeper/datadir-in-tmp: error\n', 'prod/zoo.cfg': TMP_ZOO });
  const found = run('--format', 'compact', join(root, 'prod'));
  assert.equal([found.code, found.stdout, found.stderr], [0, '', '']);
  const explicit = run('--format', 'compact', '--config', join(root, 'strict.yaml'), join(root, 'prod'));
  assert.equal([explicit.code, explicit.stdout, explicit.stderr], [1, `zoo.cfg:2:9: error: ${TMP_FINDING}\n`, '']);
  const missing = run('--config', join(root, 'nope.json'), join(root, 'prod'));
  assert.equal([missing.code, missing.stdout, missing.stderr], [2, '', `hacheck: cannot read configuration file "${join(root, 'nope.json')}": no such file\n`]);
});

test('CLI: --print-config prints the resolved configuration', () => {
  const config = { rules: { 'hdfs/fencing-fallback': 'off' }, hosts: { zk1: 'box-a' }, versions: { zookeeper: '3.4.14' }, ignore: ['old/**'], overrides: [{ hosts: ['zk1'], rules: { 'zookeeper/myid-missing': 'warning' } }] };
  const root = repo({ '.hacheckrc.json': JSON.stringify(config), 'prod/zoo.cfg': TMP_ZOO });
  const r = run('--print-config', join(root, 'prod'));
  const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === 'hdfs/fencing-fallback' ? 'off' : rule.meta.severity]));
  const expected = { configFile: join(root, '.hacheckrc.json'), versions: config.versions, hosts: config.hosts, ignore: config.ignore, rules, overrides: config.overrides, maxFileSize: 10 * 1024 * 1024 };
  assert.equal([r.code, r.stderr], [0, '']);
  assert.is(r.stdout, `${JSON.stringify(expected, null, 2)}\n`);
  // Without a file: the defaults.
  const bare = run('--print-config', repo({ 'zoo.cfg': TMP_ZOO }));
  assert.is(JSON.parse(bare.stdout).configFile, null);
  assert.is(JSON.parse(bare.stdout).rules['hdfs/fencing-fallback'], 'warning');
});

test('CLI: an unknown key or rule id exits 2 with a did-you-mean naming the file', () => {
  const root = repo({ '.hacheckrc.yml': 'rule:\n  zookeeper/datadir-in-tmp: "off"\n', 'prod/zoo.cfg': TMP_ZOO });
  const key = run(join(root, 'prod'));
  assert.equal([key.code, key.stdout, key.stderr], [2, '', `hacheck: ${join(root, '.hacheckrc.yml')}: unknown key "rule"; did you mean "rules"?\n`]);
  const ids = repo({ 'package.json': JSON.stringify({ hacheck: { rules: { 'zookeeper/datadir-in-temp': 'off' } } }), 'zoo.cfg': TMP_ZOO });
  const id = run('--print-config', ids);
  assert.equal([id.code, id.stdout, id.stderr], [2, '', `hacheck: ${join(ids, 'package.json')}: rules: unknown rule id "zookeeper/datadir-in-temp"; did you mean "zookeeper/datadir-in-tmp"?\n`]);
});

test('CLI: a TypeScript configuration is refused with a reason', () => {
  const root = repo({ 'hacheck.config.ts': 'export default {};\n', 'zoo.cfg': TMP_ZOO });
  const r = run('--config', join(root, 'hacheck.config.ts'), root);
  assert.is(r.code, 2);
  assert.is(r.stderr, `hacheck: ${join(root, 'hacheck.config.ts')}: TypeScript configuration files are not supported (loading a TypeScript compiler costs hundreds of milliseconds); use .json, .yaml, .js, .cjs or .mjs\n`);
});

test('the README shows the example configuration file and its real output', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = 'examples/renamed-snapshots';
  const file = readFileSync(join(ROOT, example, '.hacheckrc.yaml'), 'utf8');
  assert.ok(readme.includes(`\`${example}/.hacheckrc.yaml\`:\n\n\`\`\`yaml\n${file}\`\`\``), 'README shows the example file verbatim');
  const lint = run('--format', 'compact', example);
  assert.is(lint.code, 0);
  assert.ok(readme.includes(`$ node dist/hacheck.mjs --format compact ${example}\n${lint.stdout}\`\`\``), 'README shows the real lint output');
  const printed = run('--print-config', example);
  assert.is(printed.code, 0);
  assert.ok(readme.includes(`\`\`\`json\n${printed.stdout}\`\`\``), `README shows the real --print-config output: paste the output of \`node dist/hacheck.mjs --print-config ${example}\``);
});

test.run();
