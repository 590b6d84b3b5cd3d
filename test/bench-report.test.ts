// The tables of BENCHMARKS.md rendered from given numbers (bench/report.ts): no timing here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderFloors, renderRows, renderStartup, renderTargets } from '../bench/report.ts';
import type { Measured, Row } from '../bench/results.ts';

const m = (median: number, min: number, max: number, rss: number): Measured => ({
  wall: { median, min, max },
  cpu: { median: median * 1.2, min: min * 1.2, max: max * 1.2 },
  rssMiB: { median: rss, min: rss - 1, max: rss + 2 },
});
const thousand: Row = {
  label: 'differ, 1,000 hosts', family: 'differ', hosts: 1000, files: 4010, distinct: 1010, exact: true, check: 'exact (1 defect, 1 findings)',
  hacheck: m(1.2, 1.1, 1.5, 120), floor: m(0.8, 0.75, 0.9, 73), distinctFloor: m(0.6, 0.55, 0.7, 70),
};
const killed: Row = {
  label: 'differ, 30,000 hosts', family: 'differ', hosts: 30_000, files: 120_010, distinct: undefined, exact: false, check: 'not known (30 defects, 30 findings): killed',
  hacheck: undefined, floor: undefined, distinctFloor: undefined, killedAfterS: 1800,
};

test('the cluster table: hacheck against both floors, ratios of the medians, per-host time', () => {
  assert.equal(renderRows([thousand, killed]), [
    '| Input | Files | Distinct | hacheck wall | hacheck CPU | hacheck peak RSS | every-file floor wall | distinct floor wall | × every-file floor | × distinct floor | per host | findings |',
    '| --- | ---: | ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- |',
    '| differ, 1,000 hosts | 4,010 | 1,010 | 1.200 s (1.100–1.500) | 1.440 s (1.320–1.800) | 120 MiB (119–122) | 0.800 s (0.750–0.900) | 0.600 s (0.550–0.700) | 1.50 | 2.00 | 1.20 ms | exact (1 defect, 1 findings) |',
    '| differ, 30,000 hosts | 120,010 |  | killed after 1800 s |  |  |  |  |  |  |  | not known (30 defects, 30 findings): killed |',
  ]);
});

test('the floors table: CPU and peak RSS of each floor', () => {
  assert.equal(renderFloors([thousand]), [
    '| Input | every-file floor CPU | every-file floor peak RSS | distinct floor CPU | distinct floor peak RSS |',
    '| --- | --- | --- | --- | --- |',
    '| differ, 1,000 hosts | 0.960 s (0.900–1.080) | 73 MiB (72–75) | 0.720 s (0.660–0.840) | 70 MiB (69–72) |',
  ]);
});

test('the targets table counts the met and the unmeasured', () => {
  assert.equal(
    renderTargets([
      { target: 'A', measured: '0.90 ×', verdict: 'target met', met: true },
      { target: 'B', measured: '1.60 ×', verdict: 'misses by 0.10 ×', met: false },
      { target: 'C', measured: '', verdict: 'not measured', met: undefined },
    ]),
    ['1 of 2 measured targets met; 1 not measured in this mode.', '', '| Target | Measured | Verdict |', '| --- | ---: | --- |', '| A | 0.90 × | target met |', '| B | 1.60 × | misses by 0.10 × |', '| C |  | not measured |'],
  );
});

test('the start-up table: milliseconds to a tenth and the ratio to node -e 0', () => {
  assert.equal(
    renderStartup([
      { command: 'node -e 0', median: 0.09, min: 0.085, max: 0.1 },
      { command: 'node dist/hacheck.mjs --version', median: 0.10845, min: 0.1, max: 0.12 },
    ]),
    ['| Command | Median | Min–max | × `node -e 0` |', '| --- | ---: | --- | ---: |', '| `node -e 0` | 90.0 ms | 85.0 ms–100.0 ms | 1.00 |', '| `node dist/hacheck.mjs --version` | 108.5 ms | 100.0 ms–120.0 ms | 1.21 |'],
  );
});

test.run();
