import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseAlternatives } from '../src/discovery/alternatives.ts';
import { indexLinks, MAX_LINK_HOPS, resolveLink, snapshotRoot, type LinkText } from '../src/discovery/resolve-link.ts';
import { compareVersions } from '../src/discovery/version-order.ts';
import { expectFile } from './support/expect.ts';
import { ROOT } from './support/fixtures.ts';
import { lintCompact, mapFindingPaths, runCli } from './support/twin.ts';

// One host holding several configuration sets for one component (issue 12): the set the
// host uses is linted, the others are listed as not used with the reason.
const LAYOUTS = join(ROOT, 'fixtures/layouts');
const CLUSTERS = join(ROOT, 'fixtures/clusters');
const HOSTS = ['master1', 'master2', 'worker1', 'worker2', 'worker3'];

/** A layout path in its plain twin's place: the active set's files sit where hadoop2-per-host keeps them. */
function toTwin(activeHadoop: string, activeZookeeper: string): (path: string) => string {
  return (path) => path.replace(`/${activeHadoop}/`, '/opt/hadoop-2.7.7/etc/hadoop/').replace(`/${activeZookeeper}/`, '/opt/zookeeper-3.4.14/conf/');
}

const LAYOUT_TWINS = [
  { layout: 'bigtop-alternatives', map: toTwin('etc/hadoop/conf.prod', 'etc/zookeeper/conf.prod') },
  { layout: 'ambari-versions', map: toTwin('etc/hadoop/2.6.5.0-292/0', 'etc/zookeeper/2.6.5.0-292/0') },
];

for (const { layout, map } of LAYOUT_TWINS) {
  test(`${layout}-defects gives the findings of hadoop2-per-host-defects, paths aside, and exit 1`, async () => {
    const twin = await lintCompact(join(CLUSTERS, 'hadoop2-per-host-defects'));
    const r = await lintCompact(join(LAYOUTS, `${layout}-defects`));
    assert.is(twin.code, 1);
    assert.is(r.code, 1);
    assert.is(r.stderr, '');
    assert.is(mapFindingPaths(r.stdout, map), twin.stdout);
  });

  test(`${layout} (correct) gives exit 0 and no output`, async () => {
    assert.equal(await lintCompact(join(LAYOUTS, layout)), { code: 0, stdout: '', stderr: '' });
  });

  test(`hacheck files ${layout}: the active set used, the others not used with the reason`, async () => {
    const r = await runCli(['files', join(LAYOUTS, layout)]);
    assert.is(r.code, 0);
    assert.is(r.stderr, '');
    expectFile(join(ROOT, 'test/alternatives-expected', `${layout}.txt`), r.stdout);
  });
}

test('summary of bigtop-alternatives shows the nameservice of conf.prod, not the stock conf.empty\'s "none"', async () => {
  const r = await runCli(['summary', join(LAYOUTS, 'bigtop-alternatives')]);
  assert.is(r.code, 0);
  assert.ok(r.stdout.includes('Nameservices\n  From master1/etc/hadoop/conf.prod/hdfs-site.xml (used by 5 of 5 hosts)\n  hacluster\n'), r.stdout);
});

/** A copy of a layout in a scratch folder, where links can be made that the repository must not hold. */
function scratchCopy(layout: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-alt-'));
  cpSync(join(LAYOUTS, layout), dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

function link(dir: string, path: string, text: string): void {
  const at = join(dir, path);
  mkdirSync(dirname(at), { recursive: true });
  rmSync(at, { force: true });
  symlinkSync(text, at);
}

test('a snapshot whose conf links are absolute (conf -> /etc/alternatives/hadoop-conf -> /etc/hadoop/conf.prod) is read as the host reads it', async () => {
  const dir = scratchCopy('bigtop-alternatives-defects');
  try {
    for (const h of HOSTS) {
      link(dir, `${h}/etc/hadoop/conf`, '/etc/alternatives/hadoop-conf');
      link(dir, `${h}/etc/alternatives/hadoop-conf`, '/etc/hadoop/conf.prod');
      if (readdirSync(join(dir, h, 'etc')).includes('zookeeper')) {
        link(dir, `${h}/etc/zookeeper/conf`, '/etc/alternatives/zookeeper-conf');
        link(dir, `${h}/etc/alternatives/zookeeper-conf`, '/etc/zookeeper/conf.prod');
      }
    }
    const twin = await lintCompact(join(CLUSTERS, 'hadoop2-per-host-defects'));
    const r = await lintCompact(dir);
    assert.is(r.code, 1);
    assert.is(r.stderr, '');
    assert.is(mapFindingPaths(r.stdout, LAYOUT_TWINS[0]!.map), twin.stdout);
    const files = await runCli(['files', dir]);
    assert.is(files.code, 0);
    // Nothing is read through the absolute links: each file once, at the set's own path.
    assert.is(
      files.stdout.split('\n').filter((l) => l.startsWith('worker1/')).join('\n'),
      [
        'worker1/                                       host folder of worker1.example.com, named after it',
        'worker1/etc/hadoop/conf.empty/core-site.xml    not used: not the active alternative: worker1/etc/hadoop/conf links to conf.prod',
        'worker1/etc/hadoop/conf.empty/hdfs-site.xml    not used: not the active alternative: worker1/etc/hadoop/conf links to conf.prod',
        'worker1/etc/hadoop/conf.empty/mapred-site.xml  not used: not the active alternative: worker1/etc/hadoop/conf links to conf.prod',
        'worker1/etc/hadoop/conf.empty/yarn-site.xml    not used: not the active alternative: worker1/etc/hadoop/conf links to conf.prod',
        'worker1/etc/hadoop/conf.prod/core-site.xml     used: core-site.xml, host worker1.example.com',
        'worker1/etc/hadoop/conf.prod/hdfs-site.xml     used: hdfs-site.xml, host worker1.example.com',
        'worker1/etc/hadoop/conf.prod/mapred-site.xml   used: mapred-site.xml, host worker1.example.com',
        'worker1/etc/hadoop/conf.prod/slaves            used: slaves, host worker1.example.com',
        'worker1/etc/hadoop/conf.prod/yarn-site.xml     used: yarn-site.xml, host worker1.example.com',
        'worker1/etc/hosts                              used: hosts, host worker1.example.com',
        'worker1/etc/ntp.conf                           used: ntp.conf, host worker1.example.com',
        'worker1/etc/zookeeper/conf.dist/zoo.cfg        not used: not the active alternative: worker1/etc/zookeeper/conf links to conf.prod',
        'worker1/etc/zookeeper/conf.prod/zoo.cfg        used: zoo.cfg, host worker1.example.com',
        'worker1/var/lib/zookeeper/myid                 used: myid, host worker1.example.com',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an HDP snapshot whose conf link leads through /usr/hdp/current to an older version uses that version (a downgrade)', async () => {
  const dir = scratchCopy('ambari-versions');
  try {
    // As hdp-select and conf-select lay them out: /etc/hadoop/conf -> /usr/hdp/current/hadoop-client/conf,
    // current/hadoop-client -> /usr/hdp/<version>/hadoop, <version>/hadoop/conf -> /etc/hadoop/<version>/0.
    link(dir, 'master1/etc/hadoop/conf', '/usr/hdp/current/hadoop-client/conf');
    link(dir, 'master1/usr/hdp/current/hadoop-client', '/usr/hdp/2.5.6.0-40/hadoop');
    link(dir, 'master1/usr/hdp/2.5.6.0-40/hadoop/conf', '/etc/hadoop/2.5.6.0-40/0');
    const files = await runCli(['files', dir]);
    assert.is(files.code, 0);
    const master1Hadoop = files.stdout.split('\n').filter((l) => l.startsWith('master1/etc/hadoop/'));
    assert.equal(master1Hadoop.slice(0, 2), [
      'master1/etc/hadoop/2.5.6.0-40/0/core-site.xml     used: core-site.xml, host master1.example.com',
      'master1/etc/hadoop/2.5.6.0-40/0/hdfs-site.xml     used: hdfs-site.xml, host master1.example.com',
    ]);
    assert.is(master1Hadoop[5], 'master1/etc/hadoop/2.6.5.0-292/0/core-site.xml    not used: not the active alternative: master1/etc/hadoop/conf links to 2.5.6.0-40/0');
    // The other hosts have no link: the newest version.
    assert.ok(files.stdout.includes('master2/etc/hadoop/2.5.6.0-40/0/core-site.xml     not used: older version (2.5.6.0-40) than 2.6.5.0-292\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The chooser on its own: paths and links as discovery gives them.
const file = (path: string, source = `/real/${path}`) => ({ path, source });
const choose = (files: ReturnType<typeof file>[], links: LinkText[] = []) => {
  const r = chooseAlternatives(files, links);
  return { kept: r.kept.map((f) => f.path), setAside: r.setAside.map((s) => `${s.path}: ${s.reason}`) };
};

test('chooser: a relative in-tree link decides, and a file read through it is the target set\'s file', () => {
  assert.equal(
    choose(
      [file('nn1/etc/hadoop/conf.empty/core-site.xml'), file('nn1/etc/hadoop/conf.prod/core-site.xml'), file('nn1/etc/hadoop/conf/core-site.xml', '/real/nn1/etc/hadoop/conf.prod/core-site.xml')],
      [{ path: 'nn1/etc/hadoop/conf', text: 'conf.prod' }],
    ),
    {
      kept: ['nn1/etc/hadoop/conf.prod/core-site.xml'],
      setAside: [
        'nn1/etc/hadoop/conf.empty/core-site.xml: not the active alternative: nn1/etc/hadoop/conf links to conf.prod',
        'nn1/etc/hadoop/conf/core-site.xml: same file as nn1/etc/hadoop/conf.prod/core-site.xml',
      ],
    },
  );
});

test('chooser: an absolute link chain resolved inside the snapshot decides, over a stock set and a second real set', () => {
  assert.equal(
    choose(
      [file('snap/nn1/etc/hadoop/conf.empty/hdfs-site.xml'), file('snap/nn1/etc/hadoop/conf.my_cluster/hdfs-site.xml'), file('snap/nn1/etc/hadoop/conf.old_cluster/hdfs-site.xml')],
      [
        { path: 'snap/nn1/etc/hadoop/conf', text: '/etc/alternatives/hadoop-conf' },
        { path: 'snap/nn1/etc/alternatives/hadoop-conf', text: '/etc/hadoop/./conf.my_cluster/' },
      ],
    ),
    {
      kept: ['snap/nn1/etc/hadoop/conf.my_cluster/hdfs-site.xml'],
      setAside: [
        'snap/nn1/etc/hadoop/conf.empty/hdfs-site.xml: not the active alternative: snap/nn1/etc/hadoop/conf links to conf.my_cluster',
        'snap/nn1/etc/hadoop/conf.old_cluster/hdfs-site.xml: not the active alternative: snap/nn1/etc/hadoop/conf links to conf.my_cluster',
      ],
    },
  );
});

test('chooser: a link leaving its snapshot decides nothing, and two real sets are both kept', () => {
  const files = [file('nn1/etc/hadoop/conf.a/core-site.xml'), file('nn1/etc/hadoop/conf.b/core-site.xml')];
  for (const text of ['../../../nn2/etc/hadoop/conf.a', '/../nn2/etc/hadoop/conf.a', '/etc/alternatives/hadoop-conf']) {
    assert.equal(choose(files, [{ path: 'nn1/etc/hadoop/conf', text }]), { kept: files.map((f) => f.path), setAside: [] }, text);
  }
  // Where no etc/, usr/ or opt/ marks the snapshot, an absolute link cannot be placed.
  assert.equal(choose([file('cluster/conf.a/zoo.cfg'), file('cluster/conf.b/zoo.cfg')], [{ path: 'cluster/conf', text: '/cluster/conf.a' }]).setAside, []);
});

test('chooser: a stock set serves when nothing else exists, and is set aside beside any other set', () => {
  assert.equal(choose([file('nn1/etc/hadoop/conf.empty/core-site.xml')]), { kept: ['nn1/etc/hadoop/conf.empty/core-site.xml'], setAside: [] });
  assert.equal(choose([file('nn1/etc/hadoop/conf.empty/core-site.xml'), file('nn1/etc/hadoop/conf.pseudo/core-site.xml')]).setAside, []);
  assert.equal(choose([file('zk1/etc/zookeeper/conf.dist/zoo.cfg'), file('zk1/etc/zookeeper/conf/zoo.cfg'), file('zk1/etc/zookeeper/conf.d/zoo.cfg')]), {
    kept: ['zk1/etc/zookeeper/conf/zoo.cfg', 'zk1/etc/zookeeper/conf.d/zoo.cfg'],
    setAside: ['zk1/etc/zookeeper/conf.dist/zoo.cfg: stock set (conf.dist), not used beside conf'],
  });
  // Debian's zookeeper package names its stock set conf_example.
  assert.equal(choose([file('zk1/etc/zookeeper/conf_example/zoo.cfg'), file('zk1/etc/zookeeper/conf.prod/zoo.cfg')]).setAside, [
    'zk1/etc/zookeeper/conf_example/zoo.cfg: stock set (conf_example), not used beside conf.prod',
  ]);
  assert.equal(choose([file('nn1/etc/hadoop/conf.backup/core-site.xml'), file('nn1/etc/hadoop/conf.empty/core-site.xml'), file('nn1/etc/hadoop/2.6.5.0-292/0/core-site.xml')]).setAside, [
    'nn1/etc/hadoop/conf.backup/core-site.xml: backup set (conf.backup), not used beside 2.6.5.0-292',
    'nn1/etc/hadoop/conf.empty/core-site.xml: stock set (conf.empty), not used beside 2.6.5.0-292',
  ]);
});

test('chooser: two real sets and no link are both kept (not a silent pick)', () => {
  const files = [file('nn1/etc/hadoop/conf.prod/core-site.xml'), file('nn1/etc/hadoop/conf.my_cluster/core-site.xml')];
  assert.equal(choose(files), { kept: files.map((f) => f.path), setAside: [] });
});

test('chooser: of Ambari versioned sets the newest, compared number by number', () => {
  assert.equal(['3.1.0.0-78', '2.6.10', '2.6.5.0-292', '2.6.9', '2.6.5.0-1175', '2.6.5.0'].sort(compareVersions), ['2.6.5.0', '2.6.5.0-292', '2.6.5.0-1175', '2.6.9', '2.6.10', '3.1.0.0-78']);
  assert.equal(choose([file('h/etc/hadoop/2.6.9/0/hdfs-site.xml'), file('h/etc/hadoop/2.6.10/0/hdfs-site.xml')]).setAside, ['h/etc/hadoop/2.6.9/0/hdfs-site.xml: older version (2.6.9) than 2.6.10']);
  assert.equal(
    choose([file('h/etc/hadoop/2.6.5.0-292/0/hdfs-site.xml'), file('h/etc/hadoop/3.1.0.0-78/0/hdfs-site.xml'), file('h/etc/zookeeper/2.6.5.0-292/0/zoo.cfg'), file('h/etc/zookeeper/3.1.0.0-78/0/zoo.cfg')]),
    {
      kept: ['h/etc/hadoop/3.1.0.0-78/0/hdfs-site.xml', 'h/etc/zookeeper/3.1.0.0-78/0/zoo.cfg'],
      setAside: ['h/etc/hadoop/2.6.5.0-292/0/hdfs-site.xml: older version (2.6.5.0-292) than 3.1.0.0-78', 'h/etc/zookeeper/2.6.5.0-292/0/zoo.cfg: older version (2.6.5.0-292) than 3.1.0.0-78'],
    },
  );
  // A version folder without conf-select's numbered folder is not a versioned set: releases side by side (kafka/2.8.1/config) stay.
  assert.equal(choose([file('repo/kafka/2.8.1/config/server.properties'), file('repo/kafka/3.6.0/config/server.properties')]).setAside, []);
  // Nor outside etc/<package>/: host folders named by address, each with a numbered folder.
  assert.equal(choose([file('10.0.1.11/0/zoo.cfg'), file('10.0.1.12/0/zoo.cfg'), file('snap/10.0.1.11/1/zoo.cfg'), file('snap/10.0.1.12/1/zoo.cfg')]).setAside, []);
});

test('link resolution: the snapshot root, `..`, links on the way, loops and chains longer than the kernel follows', () => {
  assert.is(snapshotRoot('snapshots/2024-05-01/nn1/etc/hadoop/conf'), 'snapshots/2024-05-01/nn1');
  assert.is(snapshotRoot('etc/hadoop/conf'), '');
  assert.is(snapshotRoot('nn1/opt/hadoop/etc/hadoop'), 'nn1');
  assert.is(snapshotRoot('cluster/conf'), undefined);
  const links = indexLinks([
    { path: 'nn1/etc/hadoop/conf', text: '/usr/hdp/current/hadoop-client/conf' },
    { path: 'nn1/usr/hdp/current/hadoop-client', text: '../3.1.0.0-78/hadoop' },
    { path: 'nn1/usr/hdp/3.1.0.0-78/hadoop/conf', text: '/etc/hadoop/3.1.0.0-78/0' },
    { path: 'nn1/etc/loop-a', text: 'loop-b' },
    { path: 'nn1/etc/loop-b', text: '/etc/loop-a' },
    ...Array.from({ length: 100 }, (_, i) => ({ path: `nn1/etc/chain${i}`, text: i === 99 ? '/etc/hadoop/conf.prod' : `/etc/chain${i + 1}` })),
  ]);
  assert.equal(resolveLink('nn1/etc/hadoop/conf', links), { kind: 'path', path: 'nn1/etc/hadoop/3.1.0.0-78/0' });
  assert.equal(resolveLink('nn1/etc/loop-a', links), { kind: 'too many links' });
  assert.equal(resolveLink('nn1/etc/chain0', links), { kind: 'too many links' });
  assert.equal(resolveLink(`nn1/etc/chain${100 - MAX_LINK_HOPS}`, links), { kind: 'path', path: 'nn1/etc/hadoop/conf.prod' });
  assert.equal(resolveLink(`nn1/etc/chain${99 - MAX_LINK_HOPS}`, links), { kind: 'too many links' });
});

test.run();
