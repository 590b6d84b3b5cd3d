/**
 * `npm run bench`: hacheck against two floors (bench/floor.ts: parse every file; parse each
 * distinct content once) on generated clusters of three families (bench/generate.ts:
 * identical copies, every host different, the project layout) at 10, 100 and 1,000 hosts
 * (10,000 more with --full, and 30,000 for the "every host different" family), plus one
 * hdfs-site.xml of 10,000 properties, and start-up against `node -e 0`; then the targets of
 * issue 17 judged from those numbers (bench/targets.ts). Writes BENCHMARKS.md.
 *
 *   npm run bench                   # 10, 100, 1,000 hosts: a few minutes
 *   npm run bench -- --full         # also 10,000 and 30,000 hosts (long: an hour or more on 2 cores)
 *   npm run bench -- --families identical,differ --runs 7 --out /tmp/BENCH.md
 *   npm run bench -- --timeout 600  # kill hacheck after 600 s on one input (default 1800)
 *   npm run bench -- --blowups      # only the former blow-ups (bench/blowups.ts, bench/run-blowups.ts)
 *   npm run bench -- --blowups --old /work/main/dist/hacheck.mjs   # with the old code's time at one size each
 *
 * Each command runs under GNU time (/usr/bin/time) for wall, CPU (user + system) and
 * peak RSS; the floors and hacheck alternate so that drift on the machine hits all three.
 * Before timing, hacheck's findings on each generated cluster must be exactly the injected
 * defects (bench/generate.ts expectedFindings), or the benchmark fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { defaultDefects, expectedFindings, generateCluster, generateLargeSite } from './generate.ts';
import { startupWalls, stats, timed as timedRun, type Sample } from './measure.ts';
import { renderFloors, renderRows, renderStartup, renderTargets } from './report.ts';
import { FAMILIES, type Family, type Measured, type Row, type Startup } from './results.ts';
import { judgeTargets } from './targets.ts';
import { runBlowups } from './run-blowups.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    full: { type: 'boolean' },
    runs: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean' },
    blowups: { type: 'boolean' },
    old: { type: 'string' },
    'old-timeout': { type: 'string' },
    families: { type: 'string' },
    timeout: { type: 'string' },
  },
});
const RUNS = Number(values.runs ?? 5);
const TIMEOUT_S = Number(values.timeout ?? 1800);
const families = values.families ? (values.families.split(',') as Family[]) : [...FAMILIES];
for (const f of families) if (!FAMILIES.includes(f)) throw new Error(`--families: "${f}" is not one of ${FAMILIES.join(', ')}`);
/** The sizes of a family: 30,000 hosts only where the issue sets a target there (every host different). */
const sizesOf = (family: Family) => (values.full ? [10, 100, 1000, 10_000, ...(family === 'differ' ? [30_000] : [])] : [10, 100, 1000]);
const OUT = values.out ?? join(ROOT, 'BENCHMARKS.md');
const HACHECK = join(ROOT, 'dist/hacheck.mjs');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error('GNU time (/usr/bin/time, Debian package "time") is needed for CPU time and peak memory');

const work = mkdtempSync(join(tmpdir(), 'hacheck-bench-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

// The floor, bundled as hacheck is.
const FLOOR = join(work, 'floor.mjs');
await build({
  entryPoints: [join(ROOT, 'bench/floor.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: FLOOR,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});

/** Runs a command under GNU time; returns its stdout and the measurements (none when killed at `timeoutS`). */
function timed(cmd: string[], timeoutS?: number): { stdout: string; status: number | null; sample: Sample | undefined } {
  const r = timedRun(cmd, { cwd: ROOT, ...(timeoutS ? { timeoutMs: timeoutS * 1000 } : {}) });
  return { stdout: r.stdout, status: r.status, sample: r.sample };
}

const pick = (xs: readonly Sample[]): Measured => ({
  wall: stats(xs.map((x) => x.wall)),
  cpu: stats(xs.map((x) => x.cpu)),
  rssMiB: stats(xs.map((x) => x.rssMiB)),
});

/** hacheck and both floors, alternating, `runs` times each; also the distinct floor's count of distinct contents. */
function measure(dir: string, runs: number): { hacheck: Measured; floor: Measured; distinctFloor: Measured; distinct: number | undefined } {
  const h: Sample[] = [];
  const f: Sample[] = [];
  const d: Sample[] = [];
  let distinct: number | undefined;
  for (let i = 0; i < runs; i++) {
    f.push(timed(['node', FLOOR, dir]).sample!);
    const dr = timed(['node', FLOOR, '--distinct', dir]);
    d.push(dr.sample!);
    distinct ??= Number(/(\d+) distinct contents/.exec(dr.stdout)?.[1]);
    h.push(timed(['node', HACHECK, '--format', 'compact', dir]).sample!);
  }
  return { hacheck: pick(h), floor: pick(f), distinctFloor: pick(d), distinct };
}

function logRow(r: Row): void {
  const ratio = (a: Measured | undefined, b: Measured | undefined) => (a && b ? (a.wall.median / b.wall.median).toFixed(2) : '-');
  log(`${r.label}: hacheck ${r.hacheck?.wall.median.toFixed(3) ?? `killed after ${r.killedAfterS} s`}, × every-file floor ${ratio(r.hacheck, r.floor)}, × distinct floor ${ratio(r.hacheck, r.distinctFloor)}`);
}

// The former blow-ups live in their own section of BENCHMARKS.md, between these markers: each
// mode rewrites its own part and keeps the other's as it was.
const BLOWUPS_START = '<!-- blowups: npm run bench -- --blowups -->';
const BLOWUPS_END = '<!-- /blowups -->';
const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
const keptBlowups = previous.includes(BLOWUPS_START) ? previous.slice(previous.indexOf(BLOWUPS_START), previous.indexOf(BLOWUPS_END) + BLOWUPS_END.length) : '';

if (values.blowups) {
  const runs = Number(values.runs ?? 3);
  const oldTimeoutS = Number(values['old-timeout'] ?? 300);
  const r = runBlowups({ hacheck: HACHECK, work, runs, old: values.old, oldTimeoutS, log });
  const section = [
    BLOWUPS_START,
    '## Former blow-ups',
    '',
    `Generated by \`npm run bench -- --blowups${values.old ? ' --old <base commit>/dist/hacheck.mjs' : ''}\`` +
      ` (bench/run-blowups.ts, inputs from bench/blowups.ts) on ${new Date().toISOString().slice(0, 10)}, on the machine above; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(', ')}` +
      ' (the machine may be shared with other jobs: a ratio off 2 by a few tenths is noise, not a curve).',
    '',
    'Inputs on which hacheck once cost more than linear time (issue 11). Before timing, hacheck\'s output on each',
    'input must be exactly the one the generator predicts. Each cell: median of ' + runs + ' runs, min–max in brackets;',
    'the command is `node dist/hacheck.mjs --format compact <dir>`. When the cost is linear, each doubling of the size',
    'about doubles the time (the last column); start-up (about 0.1 s) flattens the first ratios.',
    '',
    ...r.section,
    BLOWUPS_END,
  ].join('\n');
  const body = previous.includes(BLOWUPS_START) ? previous.replace(keptBlowups, section) : `${previous.trimEnd()}\n\n${section}\n`;
  writeFileSync(OUT, body);
  log(`wrote ${OUT}`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  process.exit(r.failed ? 1 : 0);
}

const rows: Row[] = [];
let failed = false;
for (const family of families) {
  for (const hosts of sizesOf(family)) {
    const dir = join(work, `${family}-${hosts}`);
    const defects = defaultDefects(hosts);
    const label = `${family}, ${hosts.toLocaleString('en-US')} hosts`;
    log(`generating ${label} ...`);
    const files = generateCluster(dir, { hosts, defects, family });
    // A fast wrong answer must not pass: the findings are exactly the injected defects.
    const expected = expectedFindings({ hosts, defects, family }).join('\n') + '\n';
    const findings = expected.split('\n').filter((l) => l && !l.startsWith(' ')).length;
    const defectCount = `${defects.length} defect${defects.length === 1 ? '' : 's'}, ${findings} findings`;
    const run = timed(['node', HACHECK, '--format', 'compact', dir], TIMEOUT_S);
    if (!run.sample) {
      failed = true;
      const row: Row = { label, family, hosts, files, distinct: undefined, exact: false, check: `not known (${defectCount}): killed`, hacheck: undefined, floor: undefined, distinctFloor: undefined, killedAfterS: TIMEOUT_S };
      logRow(row);
      rows.push(row);
    } else {
      const exact = run.stdout === expected && run.status === 0;
      if (!exact) {
        failed = true;
        log(`FINDINGS DIFFER on ${label} (exit ${run.status}):\n--- expected\n${expected}--- actual\n${run.stdout}`);
      }
      const m = measure(dir, hosts >= 10_000 ? Math.min(RUNS, 3) : RUNS);
      const row: Row = { label, family, hosts, files, exact, check: `${exact ? 'exact' : 'WRONG'} (${defectCount})`, ...m };
      logRow(row);
      rows.push(row);
    }
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}
{
  const dir = join(work, 'large-site');
  generateLargeSite(dir);
  const run = timed(['node', HACHECK, '--format', 'compact', dir]);
  const findings = run.stdout.split('\n').filter((l) => l && !l.startsWith(' ')).length;
  const row: Row = { label: '1 hdfs-site.xml, 10,000 properties', family: undefined, hosts: undefined, files: 1, exact: true, check: `${findings} findings, exit ${run.status}`, ...measure(dir, RUNS) };
  logRow(row);
  rows.push(row);
}

// Start-up, with hyperfine when installed.
const startupCommands = ['node -e 0', `node dist/hacheck.mjs --version`, `node dist/hacheck.mjs --format compact fixtures/clusters/seed-blog`];
let startup: Startup[];
const hyperfine = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' }).status === 0;
if (hyperfine) {
  const json = join(work, 'startup.json');
  execFileSync('hyperfine', ['-N', '-w', '5', '-r', '30', '-i', '--export-json', json, ...startupCommands], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const results = JSON.parse(readFileSync(json, 'utf8')).results as { command: string; median: number; min: number; max: number }[];
  startup = results.map((r) => ({ command: r.command, median: r.median, min: r.min, max: r.max }));
} else {
  const walls = startupWalls(startupCommands.map((c) => c.split(' ')), { runs: 30, warmups: 5, cwd: ROOT });
  startup = startupCommands.map((command, k) => ({ command, ...walls[k]! }));
}

const lines: string[] = [];
lines.push(
  '# Benchmarks',
  '',
  `Generated by \`npm run bench${values.full ? ' -- --full' : ''}${values.families ? ` -- --families ${values.families}` : ''}\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand.`,
  '',
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}.`,
  '',
  '## Targets (issue 17)',
  '',
  'Judged by bench/targets.ts from the tables below, at 1,000 hosts and more (below, start-up dominates every command).',
  '',
  ...renderTargets(judgeTargets(rows, startup)),
  '',
  '## Clusters',
  '',
  'Generated per-host snapshots of a correct Hadoop 3 HA cluster (bench/generate.ts): 5 ZooKeeper servers, 3 JournalNodes,',
  '2 NameNodes, the rest DataNodes; core-site.xml, hdfs-site.xml, workers and ntp.conf on every host, zoo.cfg and myid on the',
  'ZooKeeper hosts; one injected defect per 1,000 hosts (at least one). Three families: *identical* (every host a copy of the',
  'same files), *differ* (every host\'s files different, as real snapshots are: a per-host value), *project* (the project',
  'layout). Before timing, hacheck\'s findings on every input must be exactly those defects.',
  '',
  'Two floors (bench/floor.ts, bundled with esbuild as hacheck is), each finding the same files with src/discover.ts and reading',
  'them, then doing nothing else than: *every-file*, validate and parse every XML file with hacheck\'s fast-xml-parser',
  'settings; *distinct*, the same for each distinct content once (SHA-1 of kind and bytes), as hacheck parses each distinct',
  'content once. Against identical copies only the distinct floor compares like with like. "Distinct" counts the different',
  'contents among the files.',
  '',
  `Each cell: median of ${RUNS} runs (${Math.min(RUNS, 3)} at 10,000 hosts and more), min–max in brackets; wall and CPU (user + system) time and`,
  `peak RSS from \`/usr/bin/time\`; the command is \`node dist/hacheck.mjs --format compact <dir>\` against \`node floor.mjs [--distinct] <dir>\`;`,
  `hacheck is killed after ${TIMEOUT_S} s on one input.`,
  '',
  ...renderRows(rows),
  '',
  'The floors:',
  '',
  ...renderFloors(rows),
  '',
  '## Start-up',
  '',
  `${hyperfine ? 'hyperfine (`hyperfine -N -w 5 -r 30`)' : 'hyperfine is not installed: 30 runs of each command after 5 warm-ups, the commands interleaved, each timed with process.hrtime around spawnSync (bench/measure.ts startupWalls)'}, median with min–max, from the repository root:`,
  '',
  ...renderStartup(startup),
  '',
  '## Notes',
  '',
  `- Load average at the end of this run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores. Other work on a`,
  '  shared machine inflates wall times; the floors and hacheck alternate, so the ratios and the CPU columns are the steadier figures.',
  '- Why hacheck can beat the every-file floor on identical copies: it reads every file but parses each distinct content once',
  '  (src/model/load.ts); the other paths become copies (src/model/copies.ts). The distinct floor does the same parsing.',
  '- What bounds the 10,000-property file (`node --cpu-prof`): hadoop/unknown-property looks for a close known name for',
  '  each of the 10,000 unknown names (Levenshtein against the known names of about the same length), about a third of',
  '  the CPU time, then XML parsing (as in the floor) and garbage collection. Real site files hold tens of properties.',
  '',
);
if (keptBlowups) lines.push(keptBlowups, '');
writeFileSync(OUT, lines.join('\n'));
log(`wrote ${OUT}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (failed) process.exitCode = 1;
