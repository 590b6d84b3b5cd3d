// The targets of issue 17 judged from given benchmark numbers (bench/targets.ts): no timing here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Family, Measured, Row, Startup } from '../bench/results.ts';
import { judgeTargets, verdictText } from '../bench/targets.ts';

const m = (wall: number, rss = 100): Measured => ({ wall: { median: wall, min: wall, max: wall }, cpu: { median: wall, min: wall, max: wall }, rssMiB: { median: rss, min: rss, max: rss } });
function row(family: Family, hosts: number, hacheck: number, floor: number, distinct: number, rss = 100): Row {
  return { label: `${family}, ${hosts} hosts`, family, hosts, files: hosts * 4, distinct: 11, exact: true, check: 'exact', hacheck: m(hacheck, rss), floor: m(floor), distinctFloor: m(distinct) };
}
const startup: Startup[] = [
  { command: 'node -e 0', median: 0.1, min: 0.1, max: 0.1 },
  { command: 'node dist/hacheck.mjs --version', median: 0.11, min: 0.1, max: 0.12 },
  { command: 'node dist/hacheck.mjs --format compact fixtures/clusters/seed-blog', median: 0.24, min: 0.23, max: 0.3 },
];

test('verdict: met at the limit; a miss says by how much and why', () => {
  const x = (n: number) => `${n.toFixed(2)} ×`;
  assert.equal(verdictText(1.0, 1.0, x, undefined), { met: true, text: 'target met' });
  assert.equal(verdictText(1.16, 1.0, x, 'the reader allocates 64 KiB per file'), {
    met: false,
    text: 'misses by 0.16 × (1.16 × against at most 1.00 ×), because the reader allocates 64 KiB per file',
  });
  assert.is(
    verdictText(2.1, 1.3, x, undefined).text,
    'misses by 0.80 × (2.10 × against at most 1.30 ×), because the cause is not yet analysed (profile it with node --cpu-prof and record it in bench/targets.ts)',
  );
});

test('quick mode: the 1,000-host targets judged, the larger ones not measured', () => {
  const rows = [row('identical', 1000, 0.9, 1.0, 0.6), row('differ', 1000, 1.6, 1.0, 0.9)];
  const v = judgeTargets(rows, startup, { 'differ-every': 'loadedByNameNode scans every configuration per host' });
  assert.equal(
    v.map((t) => `${t.target} | ${t.measured} | ${t.verdict}`),
    [
      'Identical copies, 1,000 hosts: at most 1.0 × the parse-every-file floor | 0.90 × | target met',
      'Identical copies, 10,000 hosts: at most 1.0 × the parse-every-file floor |  | not measured: `npm run bench -- --full`',
      'Identical copies, 1,000 hosts: at most 1.3 × the distinct-content floor | 1.50 × | misses by 0.20 × (1.50 × against at most 1.30 ×), because the cause is not yet analysed (profile it with node --cpu-prof and record it in bench/targets.ts)',
      'Identical copies, 10,000 hosts: at most 1.3 × the distinct-content floor |  | not measured: `npm run bench -- --full`',
      'Every host different, 1,000 hosts: at most 1.5 × the parse-every-file floor | 1.60 × | misses by 0.10 × (1.60 × against at most 1.50 ×), because loadedByNameNode scans every configuration per host',
      'Every host different, 10,000 hosts: at most 1.5 × the parse-every-file floor |  | not measured: `npm run bench -- --full`',
      'Every host different, 30,000 hosts: at most 1.5 × the parse-every-file floor |  | not measured: `npm run bench -- --full`',
      'Every host different: linear to 10,000 hosts (at most 11 × the 1,000-host time) |  | not measured: `npm run bench -- --full`',
      'Every host different: linear to 30,000 hosts (at most 33 × the 1,000-host time) |  | not measured: `npm run bench -- --full`',
      'Every host different, 30,000 hosts: peak memory under 1 GiB |  | not measured: `npm run bench -- --full`',
      'Start-up, the seed example: at most 2.0 × `node -e 0` (stretch 1.5 ×) | 2.40 × | misses by 0.40 × (2.40 × against at most 2.00 ×), because the cause is not yet analysed (profile it with node --cpu-prof and record it in bench/targets.ts)',
      'Start-up, `--version`: at most 1.2 × `node -e 0` | 1.10 × | target met',
    ],
  );
  assert.equal(v.map((t) => t.met), [true, undefined, false, undefined, false, undefined, undefined, undefined, undefined, undefined, false, true]);
});

test('full mode: linear growth, memory and the stretch start-up target', () => {
  const rows = [
    row('differ', 1000, 1.0, 0.8, 0.8),
    row('differ', 10_000, 10.5, 8, 8),
    row('differ', 30_000, 64, 24, 24, 1700),
  ];
  const fast: Startup[] = [startup[0]!, startup[1]!, { ...startup[2]!, median: 0.14 }];
  const v = judgeTargets(rows, fast, {});
  const by = (prefix: string) => v.find((t) => t.target.startsWith(prefix))!;
  assert.is(by('Every host different: linear to 10,000').verdict, 'target met');
  assert.is(by('Every host different: linear to 10,000').measured, '10.5 ×');
  assert.match(by('Every host different: linear to 30,000').verdict, /^misses by 31\.0 × \(64\.0 × against at most 33\.0 ×\), because the cause is not yet analysed/);
  assert.is(by('Every host different, 30,000 hosts: peak').measured, '1700 MiB (largest of the runs)');
  assert.match(by('Every host different, 30,000 hosts: peak').verdict, /^misses by 677 MiB \(1700 MiB against at most 1023 MiB\), because /);
  assert.is(by('Start-up, the seed').verdict, 'target met; stretch met too');
});

test('a killed or wrong run is a miss that says so, not a ratio', () => {
  const killed: Row = { ...row('differ', 30_000, 0, 0, 0), hacheck: undefined, floor: undefined, distinctFloor: undefined, exact: false, killedAfterS: 1800 };
  const wrong: Row = { ...row('identical', 1000, 0.5, 1, 1), exact: false };
  const v = judgeTargets([row('differ', 1000, 1, 1, 1), killed, wrong], startup, {});
  const by = (prefix: string) => v.find((t) => t.target.startsWith(prefix))!;
  assert.equal(by('Every host different, 30,000 hosts: peak'), { target: 'Every host different, 30,000 hosts: peak memory under 1 GiB', measured: '', verdict: 'misses: hacheck was killed after 1800 s', met: false });
  assert.is(by('Every host different: linear to 30,000').verdict, 'misses: hacheck was killed after 1800 s');
  assert.is(by('Identical copies, 1,000 hosts: at most 1.0').verdict, 'misses: the findings were wrong, so the time means nothing');
});

test.run();
