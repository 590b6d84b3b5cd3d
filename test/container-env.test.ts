import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';

// fixtures/layouts/env-*: fixtures/clusters/hadoop3-shared with its four site files written as the
// variables of an image's env file. The plain twin is made here from the apache/hadoop form,
// `<FILE>_<key>=<value>`, with a plain regular expression (not hacheck's code).
const LAYOUTS = join(ROOT, 'fixtures/layouts');
const CONF = 'hadoop-3.3.6/etc/hadoop';

/** The env layout with its `config` turned into site files: the plain twin. */
function plainTwin(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-env-'));
  cpSync(join(LAYOUTS, name), dir, { recursive: true });
  const sites = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'config'), 'utf8').split('\n')) {
    const m = /^([A-Z]+-SITE\.XML)_([^=]+)=(.*)$/.exec(line);
    if (!m) continue;
    const file = m[1]!.toLowerCase();
    sites.set(file, [...(sites.get(file) ?? []), `  <property>\n    <name>${m[2]}</name>\n    <value>${m[3]}</value>\n  </property>\n`]);
  }
  for (const [file, props] of sites) writeFileSync(join(dir, CONF, file), `<?xml version="1.0"?>\n<configuration>\n${props.join('')}</configuration>\n`);
  rmSync(join(dir, 'config'));
  return dir;
}

/** Findings without their places: `path:line:col: ` at the start of a finding or a note. */
function withoutPlaces(compact: string): string {
  return compact.replace(/^( *)[^\s:][^:\n]*:\d+:\d+: /gm, '$1');
}

const DEFECTS = [
  'warning: ha.zookeeper.quorum is set but automatic failover is off for "dc1": no ZKFC runs, so no NameNode becomes active without hdfs haadmin [hdfs/quorum-without-automatic-failover]',
  '  note: dfs.ha.automatic-failover.enabled is not set (default "false")',
  'error: ha.zookeeper.quorum connects to "zk3.dc1.example.net" on port "2182", but the ensemble\'s client port is 2181 [cluster/zookeeper-quorum-mismatch]',
  '  note: clientPort is "2181"',
  'error: NameNode "nn2" has no dfs.namenode.rpc-address.dc1.nn2, so it is skipped [hdfs/namenode-address-missing]',
  'error: dfs.namenode.shared.edits.dir is "qjournal://master1.dc1.example.net:8485;master2.dc1.example.net:8485;dn1.dc1.example.net:8485/dc1" but HA is not enabled (no nameservice has two NameNodes in dfs.ha.namenodes.<ns> with a dfs.namenode.rpc-address): the NameNode refuses to format or start [hdfs/shared-edits-without-ha]',
  '  note: dfs.ha.namenodes.dc1 lists 2 NameNodes but only one has a dfs.namenode.rpc-address.dc1.<nn>',
  'error: "dfs.ha.automatic.failover.enabled" is not a Hadoop property; "dfs.ha.automatic-failover.enabled" is meant and is not set, so Hadoop uses its default "false" [hadoop/misspelled-critical-property]',
  '',
].join('\n');

test('env-apache-hadoop-defects and env-bde-defects give the findings of their plain twin, each at its env line, and exit 1', async () => {
  const plainDir = plainTwin('env-apache-hadoop-defects');
  try {
    const plain = await lintCompact(plainDir);
    assert.equal([plain.code, plain.stderr, withoutPlaces(plain.stdout)], [1, '', DEFECTS]);
    const apache = await lintCompact(join(LAYOUTS, 'env-apache-hadoop-defects'));
    assert.equal([apache.code, apache.stderr, withoutPlaces(apache.stdout)], [1, '', DEFECTS]);
    const bde = await lintCompact(join(LAYOUTS, 'env-bde-defects'));
    assert.equal([bde.code, bde.stderr, withoutPlaces(bde.stdout)], [1, '', DEFECTS]);
    // Each finding at the key or the value of its env line.
    assert.equal(
      apache.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.slice(0, l.indexOf(': '))),
      ['config:4:35', 'config:4:105', 'config:10:40', 'config:14:45', 'config:17:15'],
    );
    assert.equal(
      bde.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.slice(0, l.indexOf(': '))),
      ['hadoop.env:4:31', 'hadoop.env:4:101', 'hadoop.env:10:36', 'hadoop.env:14:41', 'hadoop.env:17:11'],
    );
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
});

test('env-apache-hadoop and env-bde, the clean twins: exit 0 and no output, as their plain twin', async () => {
  const plainDir = plainTwin('env-apache-hadoop');
  try {
    for (const dir of [join(LAYOUTS, 'env-apache-hadoop'), join(LAYOUTS, 'env-bde'), plainDir]) assert.equal(await lintCompact(dir), { code: 0, stdout: '', stderr: '' }, dir);
  } finally {
    rmSync(plainDir, { recursive: true, force: true });
  }
});

test('hacheck files lists an env file with the image and the site files it becomes; other config and .env files are set aside', async () => {
  const dir = makeTree({
    'config': 'CORE-SITE.XML_fs.defaultFS=hdfs://ns\nHDFS-SITE.XML_dfs.replication=2\n',
    'compose/hadoop.env': '# bde\nCORE_CONF_fs_defaultFS=hdfs://namenode:9000\nYARN_CONF_yarn_log___aggregation___enable=true\n',
    'app/.env': 'POSTGRES_PASSWORD=x\n',
    'ssh/config': 'Host *\n  User hdfs\n',
  });
  const text = await runCli(['files', dir]);
  assert.equal([text.code, text.stderr], [0, '']);
  assert.is(
    text.stdout,
    [
      'app/.env            not used: not a Hadoop image environment file',
      'compose/hadoop.env  used: env file (big-data-europe image): core-site.xml, yarn-site.xml',
      'config              used: env file (apache/hadoop image): core-site.xml, hdfs-site.xml',
      'ssh/config          not used: not a Hadoop image environment file',
      '',
    ].join('\n'),
  );
  const json = JSON.parse((await runCli(['files', '--format', 'json', dir])).stdout) as { files: unknown[] };
  assert.equal(json.files[2], { path: 'config', used: true, kind: 'core-site.xml', host: null, envFile: { formats: ['apache/hadoop image'], kinds: ['core-site.xml', 'hdfs-site.xml'] } });
});

test('the names an entrypoint makes: big-data-europe ___ is -, __ is _ (. in HBase), apache/hadoop keeps the key and strips quotes', async () => {
  const dir = makeTree({
    'hadoop.env': [
      'YARN_CONF_yarn_resourcemanager_resource__tracker_address=rm:8031',
      'HBASE_CONF_hbase_zookeeper_property_client__Port=2181',
      'HDFS_CONF_dfs_replication=  7  ',
      '',
    ].join('\n'),
    'config': 'CORE-SITE.XML_fs.defaultFS="hdfs://ns"\n',
  });
  const r = await lintCompact(dir);
  const lines = r.stdout.split('\n').filter((l) => /^\S/.test(l));
  assert.ok(lines.some((l) => l.startsWith('hadoop.env:1:11: ') && l.includes('"yarn.resourcemanager.resource_tracker.address"')), r.stdout);
  assert.not.ok(r.stdout.includes('value-whitespace'), r.stdout);
  assert.not.ok(r.stdout.includes('"hdfs://ns"'), r.stdout);
});

test.run();
