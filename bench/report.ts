/** The tables of BENCHMARKS.md, from bench/run.ts's measurements (tested in test/bench-report.test.ts). */
import type { Stats } from './measure.ts';
import type { Measured, Row, Startup } from './results.ts';
import type { Verdict } from './targets.ts';

const sec = (s: Stats) => `${s.median.toFixed(3)} s (${s.min.toFixed(3)}–${s.max.toFixed(3)})`;
const mib = (s: Stats) => `${Math.round(s.median)} MiB (${Math.round(s.min)}–${Math.round(s.max)})`;
const ratio = (h: Measured | undefined, f: Measured | undefined) => (h && f ? (h.wall.median / f.wall.median).toFixed(2) : '');
const cell = (m: Measured | undefined, show: (m: Measured) => string) => (m ? show(m) : '');

/** One table per input: hacheck against both floors. */
export function renderRows(rows: readonly Row[]): string[] {
  const lines = [
    '| Input | Files | Distinct | hacheck wall | hacheck CPU | hacheck peak RSS | every-file floor wall | distinct floor wall | × every-file floor | × distinct floor | per host | findings |',
    '| --- | ---: | ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const perHost = r.hosts && r.hacheck ? `${((r.hacheck.wall.median / r.hosts) * 1000).toFixed(2)} ms` : '';
    const wall = r.killedAfterS !== undefined ? `killed after ${r.killedAfterS} s` : cell(r.hacheck, (m) => sec(m.wall));
    lines.push(
      `| ${r.label} | ${r.files.toLocaleString('en-US')} | ${r.distinct?.toLocaleString('en-US') ?? ''} | ${wall} | ${cell(r.hacheck, (m) => sec(m.cpu))} | ${cell(r.hacheck, (m) => mib(m.rssMiB))} | ` +
        `${cell(r.floor, (m) => sec(m.wall))} | ${cell(r.distinctFloor, (m) => sec(m.wall))} | ${ratio(r.hacheck, r.floor)} | ${ratio(r.hacheck, r.distinctFloor)} | ${perHost} | ${r.check} |`,
    );
  }
  return lines;
}

/** The floors' CPU time and memory, for whoever wants to see what a ratio is made of. */
export function renderFloors(rows: readonly Row[]): string[] {
  const lines = ['| Input | every-file floor CPU | every-file floor peak RSS | distinct floor CPU | distinct floor peak RSS |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(`| ${r.label} | ${cell(r.floor, (m) => sec(m.cpu))} | ${cell(r.floor, (m) => mib(m.rssMiB))} | ${cell(r.distinctFloor, (m) => sec(m.cpu))} | ${cell(r.distinctFloor, (m) => mib(m.rssMiB))} |`);
  }
  return lines;
}

export function renderTargets(verdicts: readonly Verdict[]): string[] {
  const met = verdicts.filter((v) => v.met === true).length;
  const judged = verdicts.filter((v) => v.met !== undefined).length;
  return [
    `${met} of ${judged} measured targets met${judged < verdicts.length ? `; ${verdicts.length - judged} not measured in this mode` : ''}.`,
    '',
    '| Target | Measured | Verdict |',
    '| --- | ---: | --- |',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.verdict} |`),
  ];
}

export function renderStartup(startup: readonly Startup[]): string[] {
  const base = startup.find((s) => s.command === 'node -e 0')?.median;
  const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
  return [
    '| Command | Median | Min–max | × `node -e 0` |',
    '| --- | ---: | --- | ---: |',
    ...startup.map((s) => `| \`${s.command}\` | ${ms(s.median)} | ${ms(s.min)}–${ms(s.max)} | ${base ? (s.median / base).toFixed(2) : ''} |`),
  ];
}
