import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { partitionClusters } from '../src/discovery/clusters.ts';
import { buildClusters } from '../src/model/build.ts';
import { CLUSTERS, layoutRoot, placeCluster, placeFiles } from './support/layouts.ts';
import { findingCount, lintCompact, mapFindingPaths, replacePrefixes, runCli } from './support/twin.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

// Several clusters in one directory (src/discovery/clusters.ts): each is found and linted on its
// own, and gives the findings it gives alone, under its folder. The CLI runs in process (support/cli-run.ts).
const PLAIN_DEFECTS = await lintCompact(join(CLUSTERS, 'hadoop2-per-host-defects'));

/** The plain twin's three findings, with every path under `prefix`. */
function defectsUnder(prefix: string): string {
  return mapFindingPaths(PLAIN_DEFECTS.stdout, (p) => `${prefix}${p}`);
}

test('the plain twin: three findings, exit 1', () => {
  assert.is(PLAIN_DEFECTS.code, 1);
  assert.is(findingCount(PLAIN_DEFECTS.stdout), 3);
});

test('clusters/prod and clusters/staging with the same host names: staging\'s defects are found, under staging', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host', 'clusters/prod');
  placeCluster(root, 'hadoop2-per-host-defects', 'clusters/staging');
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr], [1, '']);
  assert.is(r.stdout, defectsUnder('clusters/staging/'));
  const clean = layoutRoot();
  placeCluster(clean, 'hadoop2-per-host', 'clusters/prod');
  placeCluster(clean, 'hadoop2-per-host', 'clusters/staging');
  assert.equal(await lintCompact(clean), { code: 0, stdout: '', stderr: '' });
});

test('both clusters with defects: each cluster\'s findings are its own, and the formats name the cluster', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host-defects', 'clusters/prod');
  placeCluster(root, 'hadoop2-per-host-defects', 'clusters/staging');
  const r = await lintCompact(root);
  assert.is(r.code, 1);
  assert.is(r.stdout, defectsUnder('clusters/prod/') + defectsUnder('clusters/staging/'));
  const json = JSON.parse((await runCli(['--format', 'json', root])).stdout) as { findings: { file: string; cluster?: string }[] };
  assert.equal(
    json.findings.map((f) => [f.cluster, f.file.split('/').slice(0, 3).join('/')]),
    [
      ['clusters/prod', 'clusters/prod/worker1'],
      ['clusters/prod', 'clusters/prod/worker2'],
      ['clusters/prod', 'clusters/prod/worker2'],
      ['clusters/staging', 'clusters/staging/worker1'],
      ['clusters/staging', 'clusters/staging/worker2'],
      ['clusters/staging', 'clusters/staging/worker2'],
    ],
  );
  const sarif = JSON.parse((await runCli(['--format', 'sarif', root])).stdout) as { runs: { results: { properties?: { cluster: string } }[] }[] };
  assert.equal(sarif.runs[0]!.results.map((x) => x.properties?.cluster), ['clusters/prod', 'clusters/prod', 'clusters/prod', 'clusters/staging', 'clusters/staging', 'clusters/staging']);
  const stylish = (await runCli(['--format', 'stylish', root])).stdout.split('\n');
  assert.equal(
    stylish.filter((l) => l.startsWith('Cluster ')),
    ['Cluster clusters/prod', 'Cluster clusters/staging'],
  );
});

test('a host folder mapped by "hosts" in the configuration belongs to the cluster that holds it', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host', 'clusters/prod');
  placeCluster(root, 'hadoop2-per-host-defects', 'clusters/staging');
  renameSync(join(root, 'clusters/staging/worker1'), join(root, 'clusters/staging/node-c'));
  writeFileSync(join(root, '.hacheckrc.json'), JSON.stringify({ hosts: { 'worker1.example.com': 'clusters/staging/node-c' } }));
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr], [1, '']);
  assert.is(r.stdout, mapFindingPaths(defectsUnder('clusters/staging/'), (p) => p.replace('clusters/staging/worker1/', 'clusters/staging/node-c/')));
});

test('summary gives one topology per cluster, each under its name', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop3-shared', 'team-a');
  placeCluster(root, 'hadoop2-shared', 'team-b');
  const text = await runCli(['summary', root]);
  assert.equal([text.code, text.stderr], [0, '']);
  // Each section is the summary of the cluster alone, its paths under its folder.
  const alone = async (name: string, folder: string) => (await runCli(['summary', join(CLUSTERS, name)])).stdout.replace(/(^ {2}From |from the path )/gm, `$1${folder}/`);
  assert.is(text.stdout, `Cluster team-a\n\n${await alone('hadoop3-shared', 'team-a')}\nCluster team-b\n\n${await alone('hadoop2-shared', 'team-b')}`);
  const markdown = await runCli(['summary', '--format', 'markdown', root]);
  assert.equal(markdown.stdout.split('\n').filter((l) => l.startsWith('## ')), ['## Cluster topology of `team-a`', '## Cluster topology of `team-b`']);
});

test('one cluster: findings carry no cluster, as before', async () => {
  const json = JSON.parse((await runCli(['--format', 'json', join(CLUSTERS, 'hadoop2-per-host-defects')])).stdout) as { findings: object[] };
  assert.equal(json.findings.map((f) => 'cluster' in f), [false, false, false]);
});

test('two unrelated clusters of other hosts side by side: both correct, so silent, and listed cluster by cluster', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop3-shared', 'team-a');
  placeCluster(root, 'hadoop2-shared', 'team-b');
  assert.equal(await lintCompact(root), { code: 0, stdout: '', stderr: '' });
  const files = await runCli(['files', root]);
  assert.equal([files.code, files.stderr], [0, '']);
  assert.is(
    files.stdout,
    [
      'team-a/apache-zookeeper-3.8.4-bin/conf/zoo.cfg  used: zoo.cfg, cluster team-a',
      'team-a/etc/ntp.conf                             used: ntp.conf, cluster team-a',
      'team-a/hadoop-3.3.6/etc/hadoop/core-site.xml    used: core-site.xml, cluster team-a',
      'team-a/hadoop-3.3.6/etc/hadoop/hdfs-site.xml    used: hdfs-site.xml, cluster team-a',
      'team-a/hadoop-3.3.6/etc/hadoop/mapred-site.xml  used: mapred-site.xml, cluster team-a',
      'team-a/hadoop-3.3.6/etc/hadoop/workers          used: workers, cluster team-a',
      'team-a/hadoop-3.3.6/etc/hadoop/yarn-site.xml    used: yarn-site.xml, cluster team-a',
      'team-a/zk1/                                     host folder of zk1.dc1.example.net, named after it, cluster team-a',
      'team-a/zk1/srv/zookeeper/data/myid              used: myid, host zk1.dc1.example.net, cluster team-a',
      'team-a/zk2/                                     host folder of zk2.dc1.example.net, named after it, cluster team-a',
      'team-a/zk2/srv/zookeeper/data/myid              used: myid, host zk2.dc1.example.net, cluster team-a',
      'team-a/zk3/                                     host folder of zk3.dc1.example.net, named after it, cluster team-a',
      'team-a/zk3/srv/zookeeper/data/myid              used: myid, host zk3.dc1.example.net, cluster team-a',
      'team-b/etc/ntp.conf                             used: ntp.conf, cluster team-b',
      'team-b/hadoop-2.7.7/etc/hadoop/core-site.xml    used: core-site.xml, cluster team-b',
      'team-b/hadoop-2.7.7/etc/hadoop/hdfs-site.xml    used: hdfs-site.xml, cluster team-b',
      'team-b/hadoop-2.7.7/etc/hadoop/mapred-site.xml  used: mapred-site.xml, cluster team-b',
      'team-b/hadoop-2.7.7/etc/hadoop/slaves           used: slaves, cluster team-b',
      'team-b/hadoop-2.7.7/etc/hadoop/yarn-site.xml    used: yarn-site.xml, cluster team-b',
      'team-b/zookeeper-1/                             host folder of zookeeper-1, named after it, cluster team-b',
      'team-b/zookeeper-1/data/zookeeper/myid          used: myid, host zookeeper-1, cluster team-b',
      'team-b/zookeeper-2/                             host folder of zookeeper-2, named after it, cluster team-b',
      'team-b/zookeeper-2/data/zookeeper/myid          used: myid, host zookeeper-2, cluster team-b',
      'team-b/zookeeper-3.4.14/conf/zoo.cfg            used: zoo.cfg, cluster team-b',
      'team-b/zookeeper-3/                             host folder of zookeeper-3, named after it, cluster team-b',
      'team-b/zookeeper-3/data/zookeeper/myid          used: myid, host zookeeper-3, cluster team-b',
      '',
    ].join('\n'),
  );
});

test('clusters of other hosts, one with defects: the defects twin\'s findings under its folder', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop3-shared', 'clusters/prod');
  placeCluster(root, 'hadoop2-per-host-defects', 'clusters/staging');
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr, r.stdout], [1, '', defectsUnder('clusters/staging/')]);
});

/** The lines of `hacheck files` that `keep` selects, with the column padding reduced to two spaces. */
async function listed(dir: string, keep: (line: string) => boolean): Promise<string[]> {
  return (await runCli(['files', dir])).stdout.split('\n').filter(keep).map((l) => l.replace(/ {2,}/, '  '));
}

const STANDALONE = `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper-dev\nclientPort=2181\n${ZOO_HOUSEKEEPING}`;
const EXAMPLE_ENSEMBLE =
  `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=zoo1:2888:3888\nserver.2=zoo2:2888:3888\nserver.3=zoo3:2888:3888\n${ZOO_HOUSEKEEPING}`;

test('a standalone ZooKeeper next to the ensemble is a cluster of its own: the ensemble gives its twin\'s findings', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host-defects', 'ensemble');
  placeFiles(root, { 'standalone/conf/zoo.cfg': STANDALONE });
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr, r.stdout], [1, '', defectsUnder('ensemble/')]);
  const clean = layoutRoot();
  placeCluster(clean, 'hadoop2-per-host', 'ensemble');
  placeFiles(clean, { 'standalone/conf/zoo.cfg': STANDALONE });
  assert.equal(await lintCompact(clean), { code: 0, stdout: '', stderr: '' });
  assert.equal(await listed(clean, (l) => l.startsWith('standalone/')), ['standalone/conf/zoo.cfg  used: zoo.cfg, cluster standalone']);
});

test('an example ensemble in docs/ beside per-host snapshots is not compared with them', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host-defects', '');
  placeFiles(root, { 'docs/zoo.cfg': EXAMPLE_ENSEMBLE });
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr, r.stdout], [1, '', PLAIN_DEFECTS.stdout]);
  const clean = layoutRoot();
  placeCluster(clean, 'hadoop2-per-host', '');
  placeFiles(clean, { 'docs/zoo.cfg': EXAMPLE_ENSEMBLE });
  assert.equal(await lintCompact(clean), { code: 0, stdout: '', stderr: '' });
  assert.equal(await listed(clean, (l) => l.startsWith('docs/') || l.startsWith('master1/ ')), [
    'docs/zoo.cfg  used: zoo.cfg, cluster docs',
    'master1/  host folder of master1.example.com, named after it, cluster .',
  ]);
});

test('a cluster nested in a repository gives its twin\'s findings under its folder, as one cluster', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host-defects', 'deploy/ansible/files/cluster');
  placeFiles(root, { 'README.md': '# infrastructure\n' });
  const r = await lintCompact(root);
  assert.equal([r.code, r.stderr, r.stdout], [1, '', defectsUnder('deploy/ansible/files/cluster/')]);
  assert.not.match((await runCli(['files', root])).stdout, /cluster /);
});

test('the copies of one cluster are not split: per-host snapshots that disagree stay one cluster', async () => {
  const clusters = await buildClusters(join(CLUSTERS, 'hadoop2-per-host-defects'));
  assert.equal(clusters.map((c) => [c.name, c.hosts.length]), [['.', 5]]);
  for (const name of ['hadoop2-shared', 'hadoop3-shared', 'hadoop2-one-folder', 'hadoop3-one-folder', 'hadoop3-per-host', 'seed-blog', 'hadoop3-xinclude']) {
    assert.equal((await buildClusters(join(CLUSTERS, name))).map((c) => c.name), ['.'], name);
  }
});

test('partition: two folders that each hold a snapshot of the same host are two set-ups, whatever their content', async () => {
  const root = layoutRoot();
  placeCluster(root, 'hadoop2-per-host', 'a');
  placeCluster(root, 'hadoop2-per-host', 'b');
  assert.equal((await buildClusters(root)).map((c) => c.name), ['a', 'b']);
  assert.equal(partitionClusters([]).parts.map((p) => p.name), ['.']);
});

test.run();
