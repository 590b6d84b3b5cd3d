/**
 * `npm run bench -- --blowups`: each family of bench/blowups.ts at its four sizes, after
 * checking that hacheck's output on each generated input is exactly the predicted one.
 * Returns the BENCHMARKS.md section: time per size and the ratio per doubling, which stays
 * near 2 when the cost is linear; with `--old <hacheck.mjs>`, the old code's time at one
 * size per family (killed at `--old-timeout` seconds).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BLOWUP_FAMILIES, type BlowupFamily } from './blowups.ts';
import { stats, timed, type Stats } from './measure.ts';

export interface BlowupOptions {
  readonly hacheck: string;
  readonly work: string;
  readonly runs: number;
  /** The old hacheck.mjs to compare with, at `oldSize` of each family. */
  readonly old: string | undefined;
  readonly oldTimeoutS: number;
  readonly log: (s: string) => void;
}

/** The size at which the old code is timed: one that finishes, or shows its failure, within minutes. */
const OLD_SIZE: Record<string, number> = {
  'etc-hosts': 500,
  'zoo-servers': 10_000,
  'repeated-property': 20_000,
  'quorum-spaces': 200_000,
  'link-fan-out': 1250,
  'many-findings': 160_000,
  'connect-string': 10_000,
  'resource-managers': 10_000,
  'override-hosts': 20_000,
  'ignore-glob': 30,
  'yaml-aliases': 8,
};

interface Point { size: number; wall: Stats; cpu: Stats; rssMiB: Stats }

function measureFamily(f: BlowupFamily, o: BlowupOptions): { points: Point[]; failed: boolean; old: string } {
  const points: Point[] = [];
  let failed = false;
  let old = '';
  for (const size of f.sizes) {
    const dir = join(o.work, `${f.name}-${size}`);
    mkdirSync(dir, { recursive: true });
    f.generate(dir, size);
    // A fast wrong answer must not pass: the output is exactly the predicted one.
    const expected = f.expected(size, dir);
    const first = timed(['node', o.hacheck, '--format', 'compact', dir]);
    if (first.status !== expected.exit || first.stdout !== expected.stdout || first.stderr !== expected.stderr) {
      failed = true;
      o.log(`OUTPUT DIFFERS for ${f.name} at ${size} (exit ${first.status}, expected ${expected.exit}):\n${first.stdout.slice(0, 2000)}${first.stderr.slice(0, 2000)}`);
    }
    const samples = [first.sample!];
    for (let i = 1; i < o.runs; i++) samples.push(timed(['node', o.hacheck, '--format', 'compact', dir]).sample!);
    const point = { size, wall: stats(samples.map((s) => s.wall)), cpu: stats(samples.map((s) => s.cpu)), rssMiB: stats(samples.map((s) => s.rssMiB)) };
    points.push(point);
    o.log(`${f.name} ${size}: ${point.wall.median.toFixed(2)} s`);
    if (o.old && size === OLD_SIZE[f.name]) {
      const r = timed(['node', o.old, '--format', 'compact', dir], { timeoutMs: o.oldTimeoutS * 1000 });
      // stderr too: an old refusal for another reason (the YAML family) must not read as the same answer.
      const same = r.stdout === expected.stdout && r.stderr === expected.stderr && r.status === expected.exit;
      old = !r.sample
        ? `killed after ${o.oldTimeoutS} s at ${size.toLocaleString('en-US')} ${f.unit}`
        : `${r.sample.wall.toFixed(2)} s wall, ${Math.round(r.sample.rssMiB)} MiB at ${size.toLocaleString('en-US')} ${f.unit}${same ? '' : `, exit ${r.status}${r.stderr ? `: ${r.stderr.trim().split('\n')[0]!.slice(0, 160)}` : ''}`}`;
      o.log(`  old: ${old}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { points, failed, old };
}

export function runBlowups(o: BlowupOptions): { section: string[]; failed: boolean } {
  const lines: string[] = [];
  let failed = false;
  const sec = (s: Stats) => `${s.median.toFixed(3)} s (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;
  for (const f of BLOWUP_FAMILIES) {
    const r = measureFamily(f, o);
    failed ||= r.failed;
    lines.push(`### ${f.name}`, '', f.description, '');
    lines.push(`| ${f.unit[0]!.toUpperCase()}${f.unit.slice(1)} | hacheck wall | hacheck CPU | peak RSS | wall × previous size | output |`, '| ---: | --- | --- | --- | ---: | --- |');
    r.points.forEach((p, i) => {
      const prev = r.points[i - 1];
      const ratio = prev ? (p.wall.median / prev.wall.median).toFixed(2) : '';
      lines.push(`| ${p.size.toLocaleString('en-US')} | ${sec(p.wall)} | ${sec(p.cpu)} | ${Math.round(p.rssMiB.median)} MiB | ${ratio} | ${r.failed ? 'WRONG' : 'exact'} |`);
    });
    lines.push('');
    if (r.old) lines.push(`Before (the code of the base commit, \`--old\`): ${r.old}.`, '');
  }
  return { section: lines, failed };
}
