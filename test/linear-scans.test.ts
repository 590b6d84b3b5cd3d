// Issue #17: the helpers rules call once per configuration read the hosts once per
// cluster, not once per call (which costs configurations x hosts when every host's files
// differ), and a copy assigned to its host is re-homed once. Counted reads, not time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateCluster } from '../bench/generate.ts';
import { notHadoopHostList } from '../src/discovery/host-lists.ts';
import { buildCluster } from '../src/model/build.ts';
import { copyAt, withHost } from '../src/model/copies.ts';
import type { Cluster, ClusterFile, Host, Role } from '../src/model/types.ts';
import { loadedByNameNode } from '../src/rules-support/hdfs-ha-keys.ts';
import { loadedByRole } from '../src/rules-support/storage-defaults.ts';
import { loadedByResourceManager } from '../src/rules-support/yarn-recovery.ts';
import { snapshotMachines } from '../src/rules-support/snapshot-machines.ts';
import type { HostList } from '../src/parse/line-files.ts';

const HOSTS = 40;

/** A generated cluster of the project family (every role, YARN too), with every conf of its own per DataNode host. */
async function projectCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-linear-'));
  try {
    // Project layout, one defect per host kind so that several configurations exist.
    generateCluster(dir, {
      hosts: HOSTS,
      family: 'project',
      defects: Array.from({ length: HOSTS - 5 }, (_, k) => ({ host: `node${String(k + 6).padStart(5, '0')}`, kind: 'data-dir' as const })),
    });
    return await buildCluster(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cluster with every host's `roles` reads counted. */
function counting(cluster: Cluster): { cluster: Cluster; reads: () => number } {
  let reads = 0;
  const hosts = cluster.hosts.map(
    (h) =>
      new Proxy(h, {
        get(target, key, receiver) {
          if (key === 'roles') reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }) as Host,
  );
  return { cluster: { ...cluster, hosts }, reads: () => reads };
}

const runs = (h: Host, role: Role) => h.roles.some((r) => r.role === role);

test('loadedByNameNode, loadedByRole and loadedByResourceManager read each host once per cluster', async () => {
  const built = await projectCluster();
  assert.ok(built.confs.length >= HOSTS - 5, `${built.confs.length} configurations`);
  assert.ok(built.yarnConfs.length >= 1);
  // What the scans answered, computed here the slow way.
  const nn = built.confs.map((c) => c.hosts.length === 0 || built.hosts.some((h) => runs(h, 'NameNode') && h.conf === c));
  const dn = built.confs.map((c) => c.hosts.length === 0 || built.hosts.some((h) => runs(h, 'DataNode') && c.hosts.includes(h.name)));
  const rm = built.yarnConfs.map((c) => c.hosts.length === 0 || built.hosts.some((h) => runs(h, 'ResourceManager') && h.yarn === c));
  assert.ok(nn.includes(true) && nn.includes(false));
  const { cluster, reads } = counting(built);
  assert.equal(cluster.confs.map((c) => loadedByNameNode(cluster, c)), nn);
  assert.equal(cluster.confs.map((c) => loadedByRole(cluster, c.hosts, 'DataNode')), dn);
  assert.equal(cluster.yarnConfs.map((c) => loadedByResourceManager(cluster, c)), rm);
  assert.is(reads(), cluster.hosts.length);
});

test('a workers list copied on every host is judged once, not once per copy', () => {
  let reads = 0;
  const hosts = Array.from({ length: 100 }, (_, i) => ({ value: `node${i}`, span: { file: 'a/workers', line: i + 1, column: 1, endLine: i + 1, endColumn: 6 } }));
  const list = { get hosts() { reads++; return hosts; } } as unknown as HostList;
  for (let i = 0; i < 100; i++) assert.is(notHadoopHostList(`node${i}/etc/hadoop/workers`, list), undefined);
  assert.is(notHadoopHostList('spark/conf/workers', list), 'in spark/, another product\'s');
  assert.is(reads, 1);
});

test('a copy assigned to its host keeps its re-homed fields and lazy value: re-homed once', () => {
  const span = (file: string, line: number) => ({ file, line, column: 1, endLine: line, endColumn: 6 });
  const original = {
    path: 'a/etc/hadoop/workers',
    host: undefined,
    hash: 'h',
    lineCount: 2,
    start: span('a/etc/hadoop/workers', 1),
    suppressions: [],
    kind: 'workers',
    list: { hosts: [{ value: 'node1', span: span('a/etc/hadoop/workers', 1) }, { value: 'node2', span: span('a/etc/hadoop/workers', 2) }] },
  } as unknown as ClusterFile;
  const copy = copyAt(original, 'b/etc/hadoop/workers');
  const own = withHost(copy, 'b');
  assert.equal(Object.keys(own), Object.keys(copy));
  assert.is(own.host, 'b');
  assert.is(own.path, 'b/etc/hadoop/workers');
  assert.ok(Object.isFrozen(own));
  assert.is(own.start, copy.start);
  const ownList = (own as unknown as { list: HostList }).list;
  assert.is(ownList, (copy as unknown as { list: HostList }).list);
  assert.equal(ownList.hosts.map((h) => h.span.file), ['b/etc/hadoop/workers', 'b/etc/hadoop/workers']);
  // A copy of the host copy still re-homes from the parsed original.
  assert.is((copyAt(own, 'c/workers') as unknown as { list: HostList }).list.hosts[0]!.span.file, 'c/workers');
});

test('the machines of a snapshot read each distinct etc/hosts content once, not every host\'s copy', () => {
  // Reading a copy's entries re-homes every span of it: with every host's etc/hosts mapping every host,
  // reading each copy made hosts x hosts spans (bench/blowups.ts etc-hosts: 17 s and 950 MB at 1,000 hosts).
  const span = (file: string) => ({ file, line: 1, column: 1, endLine: 1, endColumn: 6 });
  let reads = 0;
  const entries = Array.from({ length: 50 }, (_, i) => ({ address: { value: `10.0.0.${i}`, span: span('x') }, names: [{ value: `node${i}`, span: span('x') }] }));
  const etcHosts = { get entries() { reads++; return entries; } };
  const files = Array.from({ length: 50 }, (_, i) => ({ path: `node${i}/etc/hosts`, kind: 'hosts', hash: 'same', host: `node${i}`, etcHosts }));
  const cluster = { hosts: [], workers: undefined, files } as unknown as Cluster;
  const index = snapshotMachines(cluster);
  assert.ok(index.find('node49') && index.find('10.0.0.7'));
  assert.is(reads, 1);
});

test.run();
