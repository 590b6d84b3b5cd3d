// The two floors of the benchmark (bench/floor-core.ts): every XML file parsed, or each distinct content once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HADOOP_DIR, generateCluster, hdfsSite, hostName } from '../bench/generate.ts';
import { floorArguments, formatFloorSummary, runFloor } from '../bench/floor-core.ts';

function withCluster<T>(hosts: number, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-bench-floor-'));
  generateCluster(dir, { hosts, defects: [] });
  return body(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('10 identical hosts: the every-file floor parses all 20 XML files', async () => {
  const out = await withCluster(10, async (dir) => formatFloorSummary(await runFloor(dir, 'every')));
  assert.is(out, '50 files, 33685 bytes, 20 XML files parsed, 80 top-level nodes\n');
});

test('10 identical hosts: the distinct floor parses core-site.xml and hdfs-site.xml once each', async () => {
  // core-site.xml, hdfs-site.xml, workers, ntp.conf and zoo.cfg are one content each; myid holds 1 to 5.
  const out = await withCluster(10, async (dir) => formatFloorSummary(await runFloor(dir, 'distinct')));
  assert.is(out, '50 files, 10 distinct contents, 33685 bytes, 2 XML files parsed, 8 top-level nodes\n');
});

test('the distinct floor parses again a host whose hdfs-site.xml sets its own data directory', async () => {
  const out = await withCluster(10, async (dir) => {
    // "-node00008" makes the file 10 bytes longer.
    writeFileSync(join(dir, hostName(8), HADOOP_DIR, 'hdfs-site.xml'), hdfsSite(`file:///data/hadoop/hdfs/data-${hostName(8)}`));
    return formatFloorSummary(await runFloor(dir, 'distinct'));
  });
  assert.is(out, '50 files, 11 distinct contents, 33695 bytes, 3 XML files parsed, 12 top-level nodes\n');
});

test('floor arguments: a directory, optionally after --distinct; anything else is refused', () => {
  assert.equal(floorArguments(['/d']), { mode: 'every', root: '/d' });
  assert.equal(floorArguments(['--distinct', '/d']), { mode: 'distinct', root: '/d' });
  assert.is(floorArguments([]), undefined);
  assert.is(floorArguments(['--distinct']), undefined);
  assert.is(floorArguments(['/d', '/e']), undefined);
  assert.is(floorArguments(['--every', '/d']), undefined);
});

test.run();
