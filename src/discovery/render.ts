/**
 * The plan as `hacheck files` prints it: one line a candidate, sorted by path,
 * and the same in JSON. Pure functions; the CLI writes them.
 */
import { printablePath } from '../format/printable.ts';
import { plural } from '../engine/quote.ts';
import type { CandidateFile, DiscoveryPlan } from './plan.ts';

export function verdictText(c: CandidateFile): string {
  const v = c.verdict;
  if (!v.used && v.reason === 'not in dataDir') return `read: myid, host ${v.host} (${v.dataDir === undefined ? 'its zoo.cfg sets no dataDir' : `not in dataDir ${v.dataDir}`}, so ZooKeeper never reads it)`;
  if (!v.used) return `not used: ${v.reason}`;
  return v.host === undefined ? `used: ${v.kind}` : `used: ${v.kind}, host ${v.host}`;
}

/** `<path>  <verdict>`, the verdicts aligned after the longest path. */
export function renderFilesText(plan: DiscoveryPlan): string {
  const rows = plan.candidates.map((c) => [printablePath(c.path), verdictText(c)] as const);
  const width = Math.max(0, ...rows.map(([p]) => p.length));
  return rows.map(([p, v]) => `${p.padEnd(width)}  ${v}\n`).join('');
}

/**
 * Version 1 of the JSON shape: `files`, each with `used` and either `kind` and `host` (null when shared) or `reason`;
 * a myid outside dataDir has `reason` "not in dataDir" with its `kind`, `host` and `dataDir` (null when unset).
 */
export function renderFilesJson(plan: DiscoveryPlan): string {
  const files = plan.candidates.map((c) => {
    const v = c.verdict;
    if (v.used) return { path: c.path, used: true, kind: v.kind, host: v.host ?? null };
    if (v.reason === 'not in dataDir') return { path: c.path, used: false, reason: v.reason, kind: v.kind, host: v.host, dataDir: v.dataDir ?? null };
    return { path: c.path, used: false, reason: v.reason };
  });
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

/** What a clean run checked, for its last line on a terminal: "No problems found: 12 files, 4 hosts checked." */
export function checkedLine(plan: DiscoveryPlan, hosts: number): string {
  const used = plan.candidates.filter((c) => c.verdict.used).length;
  return `No problems found: ${plural(used, 'file')}, ${plural(hosts, 'host')} checked.`;
}
