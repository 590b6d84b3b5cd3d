// The benchmark's generated clusters (bench/generate.ts) lint to exactly the injected defects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultDefects, expectedFindings, generateCluster, hostName, type Defect } from '../bench/generate.ts';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';

async function lintGenerated(hosts: number, defects: readonly Defect[]): Promise<{ actual: string[]; expected: string[]; internal: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-bench-gen-'));
  try {
    generateCluster(dir, { hosts, defects });
    const r = await lintDirectory(dir);
    const actual = formatCompact(r.findings).split('\n').filter((l) => l !== '');
    return { actual, expected: expectedFindings({ hosts, defects }), internal: r.internalErrors.length };
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

test.run();
