// The benchmark's generated clusters (bench/generate.ts) lint to exactly the injected defects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { defaultDefects, expectedFindings, FAMILIES, generateCluster, hostName, type Defect, type Family } from '../bench/generate.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';

async function lintGenerated(
  hosts: number,
  defects: readonly Defect[],
  family?: Family,
  inspect?: (dir: string) => void,
): Promise<{ actual: string[]; expected: string[]; internal: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-bench-gen-'));
  try {
    generateCluster(dir, { hosts, defects, family });
    inspect?.(dir);
    const r = await lintDirectory(dir);
    const actual = formatCompact(r.findings).split('\n').filter((l) => l !== '');
    return { actual, expected: expectedFindings({ hosts, defects, family }), internal: r.internalErrors.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('10 hosts, no defect: no finding', async () => {
  const r = await lintGenerated(10, []);
  assert.equal(r.actual, []);
  assert.equal(r.expected, []);
  assert.is(r.internal, 0);
});

test('10 hosts, one defect of each kind: exactly those findings', async () => {
  const defects: Defect[] = [{ host: hostName(7), kind: 'data-dir' }, { host: hostName(9), kind: 'ntp-source' }];
  const r = await lintGenerated(10, defects);
  assert.is(r.expected.length, 4);
  assert.equal(r.actual, r.expected);
  assert.is(r.internal, 0);
});

test('100 hosts, four defects spread over the DataNodes: exactly those findings', async () => {
  const defects = defaultDefects(100, 4);
  assert.equal(defects.map((d) => d.kind), ['data-dir', 'ntp-source', 'data-dir', 'ntp-source']);
  const r = await lintGenerated(100, defects);
  assert.is(r.expected.length, 8);
  assert.equal(r.actual, r.expected);
  assert.is(r.internal, 0);
});

test('the expected findings name the numbers of hosts they compare', () => {
  const [first] = expectedFindings({ hosts: 1000, defects: defaultDefects(1000) });
  assert.match(first!, / on 999 of 1000 hosts \[cluster\/config-drift\]$/);
});

for (const family of FAMILIES) {
  test(`${family}: 10 hosts, no defect: no finding`, async () => {
    const r = await lintGenerated(10, [], family);
    assert.equal(r.actual, []);
    assert.equal(r.expected, []);
    assert.is(r.internal, 0);
  });

  test(`${family}: 60 hosts, four defects: exactly those findings`, async () => {
    const r = await lintGenerated(60, defaultDefects(60, 4), family);
    assert.is(r.expected.length, 8);
    assert.equal(r.actual, r.expected);
    assert.is(r.internal, 0);
  });
}

test('differ: every host\'s core-site.xml, hdfs-site.xml and ntp.conf is its own content', async () => {
  const files = ['opt/hadoop-3.3.6/etc/hadoop/core-site.xml', 'opt/hadoop-3.3.6/etc/hadoop/hdfs-site.xml', 'etc/ntp.conf'];
  await lintGenerated(12, [], 'differ', (dir) => {
    for (const f of files) {
      const texts = new Set(Array.from({ length: 12 }, (_, i) => readFileSync(join(dir, hostName(i + 1), f), 'utf8')));
      assert.is(texts.size, 12, f);
    }
    const hdfs = readFileSync(join(dir, hostName(7), files[1]!), 'utf8');
    assert.match(hdfs, `<!-- Managed by Puppet for ${hostName(7)}: local changes will be overwritten. -->`);
    assert.match(hdfs, `<name>dfs.datanode.hostname</name>\n    <value>${hostName(7)}</value>`);
  });
});

test('project: the hadoop3-per-host layout, NameNodes apart from the DataNodes', async () => {
  await lintGenerated(8, [], 'project', (dir) => {
    const conf = 'opt/hadoop-3.4.1/etc/hadoop';
    const fixture = 'fixtures/clusters/hadoop3-per-host/worker1';
    // The stock comments of the fixture's ntp.conf and zoo.cfg, byte for byte.
    assert.is(readFileSync(join(dir, hostName(3), 'etc/ntp.conf'), 'utf8'), readFileSync(join(fixture, 'etc/ntp.conf'), 'utf8'));
    const zoo = (root: string, names: string[]) =>
      names.reduce((t, n, k) => t.replaceAll(`${n}:`, `#${k}:`), readFileSync(join(root, 'opt/apache-zookeeper-3.8.4-bin/conf/zoo.cfg'), 'utf8'));
    assert.is(zoo(join(dir, hostName(3)), [hostName(3), hostName(4), hostName(5)]), zoo(fixture, ['worker1', 'worker2', 'worker3']));
    assert.is(readFileSync(join(dir, hostName(1), conf, 'workers'), 'utf8'), [3, 4, 5, 6, 7, 8].map((i) => `${hostName(i)}\n`).join(''));
    assert.is(readFileSync(join(dir, hostName(5), 'var/lib/zookeeper/myid'), 'utf8'), '3\n');
    assert.match(readFileSync(join(dir, hostName(8), conf, 'yarn-site.xml'), 'utf8'), 'yarn.resourcemanager.ha.rm-ids');
  });
});

test.run();
