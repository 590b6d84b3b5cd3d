/**
 * Hostile inputs that once cost more than linear time (issue 11): the largest size of each
 * family of bench/blowups.ts, which took from 30 s to hours (or lost findings) before and
 * take about a second now. The hang limit of test/hostile.test.ts turns a return of the old
 * cost into a failure; no case measures time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLOWUP_FAMILIES } from '../../bench/blowups.ts';
import type { HostileCase } from './hostile-cases.ts';

/** Thousands of findings, summarised: their count per rule, the first and the last. */
function countLines(stdout: string): string {
  const findings = stdout.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
  const perRule = new Map<string, number>();
  for (const f of findings) {
    const rule = f.slice(f.lastIndexOf('[') + 1, -1);
    perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  }
  return [
    `${findings.length} findings`,
    ...[...perRule].map(([rule, n]) => `${n} ${rule}`),
    `first: ${findings[0] ?? ''}`,
    `last: ${findings[findings.length - 1] ?? ''}`,
  ].join('\n') + '\n';
}

/** One hdfs-site.xml with `count` NameNodes in one nameservice, each on its own host. */
function writeNameNodes(dir: string, count: number): void {
  const prop = (name: string, value: string) => `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
  const ids = Array.from({ length: count }, (_, i) => `nn${i + 1}`);
  let body = prop('fs.defaultFS', 'hdfs://ns') + prop('dfs.nameservices', 'ns') + prop('dfs.ha.namenodes.ns', ids.join(','));
  for (const id of ids) body += prop(`dfs.namenode.rpc-address.ns.${id}`, `h${id.slice(2)}.example.com:8020`);
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'conf/hdfs-site.xml'), `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`);
}

/** The summary's line count and its lines for the first and the last host (each runs its own NameNode). */
function summaryRows(stdout: string): string {
  const lines = stdout.split('\n');
  return [`${lines.length} lines`, ...lines.filter((l) => /^ {2}h(1|20000)\.example\.com /.test(l))].join('\n') + '\n';
}

function family(name: string) {
  const f = BLOWUP_FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`no blow-up family ${name}`);
  return f;
}

/** `size`: where the old code took far more than the 30 s hang limit. */
function blowup(name: string, size: number, summarise = false): HostileCase {
  const f = family(name);
  return {
    name: `perf-${name}-${size}`,
    build: (d) => f.generate(d, size),
    ...(summarise ? { select: countLines } : {}),
  };
}

export const PERF_HOSTILE_CASES: readonly HostileCase[] = [
  // 264 s and 1 GB before: each host's /etc/hosts scanned per host and per name.
  blowup('etc-hosts', 1000),
  // About 140 s before (27 s at 10,000): each host's server line found by scanning the list.
  blowup('zoo-servers', 20_000, true),
  // About 2 minutes before (27 s at 20,000): the definitions of one name copied on every append.
  blowup('repeated-property', 40_000),
  // 72 s before: `(\s+),` retried the run of blanks from each blank.
  blowup('quorum-spaces', 400_000),
  // The heap exhausted after 414 s before: 10,000 links, each to 300 files.
  blowup('link-fan-out', 10_000),
  // An internal error before, the findings lost: push(...findings) overflowed the stack.
  blowup('many-findings', 150_000, true),
  // About 140 s before (34 s at 10,000): each quorum entry's server found by scanning the server list.
  blowup('connect-string', 20_000, true),
  // About 90 s before (24 s at 10,000): each host looked for among the ResourceManagers by scanning them.
  blowup('resource-managers', 20_000),
  // 132 s before: each finding scanned the override's 10,000 hosts.
  blowup('override-hosts', 40_000, true),
  // 62 s before at 10,000: the summary looked for each host among all the NameNodes.
  {
    name: 'perf-summary-namenodes-20000',
    args: ['summary'],
    build: (d) => writeNameNodes(d, 20_000),
    select: summaryRows,
  },
];
