import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCluster } from '../src/model/build.ts';
import { runCli } from './support/cli-run.ts';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';
import { ZOO_HOUSEKEEPING } from './support/zoo-housekeeping.ts';

// The CLI in process (support/cli-run.ts): its compact findings and exit code are the subject.
const PER_HOST = join(ROOT, 'fixtures/clusters/hadoop2-per-host');

function run(dir: string) {
  return runCli(['--format', 'compact', dir]);
}

/** The correct per-host cluster with worker3's folder renamed to `name`, which no host matches. */
function withUnmatchedFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-hosts-'));
  cpSync(PER_HOST, dir, { recursive: true });
  rmSync(join(dir, 'expected.txt'));
  renameSync(join(dir, 'worker3'), join(dir, name));
  return dir;
}

test('a snapshot folder that matches no host: a notice naming it and the hosts: mapping, exit code unchanged', async () => {
  const dir = withUnmatchedFolder('10.9.9.9');
  try {
    const r = await run(dir);
    assert.is(r.code, 0);
    assert.is(r.stdout, '');
    assert.is(
      r.stderr,
      'hacheck: 10.9.9.9/ looks like a host\'s snapshot but matches no host, so its files are read as shared: name the folder after the host, or map it with "hosts": {"<host>": "10.9.9.9"} in .hacheckrc.json\n',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('correct clusters of the three layouts give no notice', async () => {
  for (const name of ['hadoop2-per-host', 'hadoop2-per-host-by-ip', 'hadoop3-per-host', 'hadoop2-shared', 'hadoop3-shared', 'hadoop3-one-folder', 'hadoop2-one-folder']) {
    const r = await run(join(ROOT, 'fixtures/clusters', name));
    assert.equal([r.code, r.stderr], [0, ''], name);
  }
});

test('a folder named by IP address is the host its own etc/hosts maps that address to', async () => {
  const c = await buildCluster(join(ROOT, 'fixtures/clusters/hadoop2-per-host-by-ip'));
  assert.equal(
    c.hosts.map((h) => [h.name, h.folder]),
    [
      ['master1.example.com', '192.168.10.11'],
      ['master2.example.com', '192.168.10.12'],
      ['worker1.example.com', '192.168.10.21'],
      ['worker2.example.com', '192.168.10.22'],
      ['worker3.example.com', '192.168.10.23'],
    ],
  );
  assert.equal(c.unmatchedFolders, []);
});

test('per-host snapshots named by address give the findings of the same snapshots named by host, paths aside', async () => {
  const byName = await run(join(ROOT, 'fixtures/clusters/hadoop2-per-host-defects'));
  const byAddress = await run(join(ROOT, 'fixtures/clusters/hadoop2-per-host-by-ip-defects'));
  const folderOf: Record<string, string> = { '192.168.10.11': 'master1', '192.168.10.12': 'master2', '192.168.10.21': 'worker1', '192.168.10.22': 'worker2', '192.168.10.23': 'worker3' };
  assert.is(byAddress.code, 1);
  assert.is(byName.code, 1);
  assert.is(byAddress.stdout.replace(/^( *)(192\.168\.10\.\d+)\//gm, (_, indent: string, ip: string) => `${indent}${folderOf[ip]}/`), byName.stdout);
  assert.is(byName.stdout.split('\n').filter((l) => / \[[a-z-]+\/[a-z-]+\]$/.test(l)).length, 3);
});

test('host folders below the top: snapshots/<date>/<host>/ give the findings of <host>/, under that prefix', async () => {
  for (const name of ['hadoop2-per-host-defects', 'hadoop2-per-host-by-ip-defects']) {
    const dir = mkdtempSync(join(tmpdir(), 'hacheck-hosts-'));
    try {
      const source = join(ROOT, 'fixtures/clusters', name);
      cpSync(source, join(dir, 'snapshots/2024-05-01'), { recursive: true });
      rmSync(join(dir, 'snapshots/2024-05-01/expected.txt'));
      const nested = await run(dir);
      const top = await run(source);
      assert.is(nested.code, 1, name);
      assert.is(nested.stderr, '', name);
      assert.is(nested.stdout, top.stdout.replace(/^( *)(?=\S)/gm, '$1snapshots/2024-05-01/'), name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a folder named by an IP address that the configuration itself uses for a host is that host\'s folder', async () => {
  const zoo = `tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nserver.1=10.0.1.11:2888:3888\nserver.2=10.0.1.12:2888:3888\nserver.3=10.0.1.13:2888:3888\n${ZOO_HOUSEKEEPING}`;
  const files: Record<string, string> = {};
  for (const [id, ip] of [[1, '10.0.1.11'], [2, '10.0.1.12'], [3, '10.0.1.13']] as const) {
    files[`${ip}/etc/zookeeper/zoo.cfg`] = zoo;
    files[`${ip}/var/lib/zookeeper/myid`] = `${id === 3 ? 2 : id}\n`;
  }
  const dir = makeTree(files);
  try {
    const c = await buildCluster(dir);
    assert.equal(c.hosts.map((h) => [h.name, h.folder, h.myid?.path]), [
      ['10.0.1.11', '10.0.1.11', '10.0.1.11/var/lib/zookeeper/myid'],
      ['10.0.1.12', '10.0.1.12', '10.0.1.12/var/lib/zookeeper/myid'],
      ['10.0.1.13', '10.0.1.13', '10.0.1.13/var/lib/zookeeper/myid'],
    ]);
    const r = await run(dir);
    assert.is(r.code, 1);
    assert.match(r.stdout, /^10\.0\.1\.13\/var\/lib\/zookeeper\/myid:1:1: error: myid "2"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
