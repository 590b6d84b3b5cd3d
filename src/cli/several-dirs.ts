import { relative, resolve, sep } from 'node:path';
import type { Finding } from '../engine/rule.ts';
import type { Span } from '../text/span.ts';
import type { Cluster } from '../model/types.ts';
import type { LintResult } from '../lint.ts';

/** One directory's lint, as the command line named it. */
export interface DirRun {
  readonly dir: string;
  readonly result: LintResult;
}

/** What the formatters print for the whole command: findings and file lists with paths from `root`. */
export interface CombinedView {
  readonly findings: readonly Finding[];
  readonly cluster: Cluster;
  readonly root: string;
  readonly hosts: number;
  readonly clusters: number;
}

/**
 * The path every file of `dir` is printed under: the directory as given,
 * relative to the working directory, with forward slashes (as ESLint prints
 * each file as it was named, and as SARIF and GitHub annotations need a path
 * relative to one root).
 */
function prefixOf(dir: string, cwd: string): string {
  return relative(cwd, resolve(dir)).split(sep).join('/');
}

function under(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}/${path}`;
}

function moved(span: Span, prefix: string): Span {
  return { ...span, file: under(prefix, span.file) };
}

function movedFinding(f: Finding, prefix: string): Finding {
  return {
    ...f,
    span: moved(f.span, prefix),
    related: f.related.map((r) => ({ ...r, span: moved(r.span, prefix) })),
    ...(f.cluster === undefined ? {} : { cluster: under(prefix, f.cluster) }),
  };
}

/**
 * Several directories linted in one command, printed as one report: each run
 * stays its own (its configuration, its clusters), only the paths it reports
 * gain the directory's prefix so that one formatter call, with one summary
 * line or one JSON or SARIF document, covers them all.
 */
export function combineRuns(runs: readonly DirRun[], cwd: string): CombinedView {
  if (runs.length === 1) {
    const { dir, result } = runs[0]!;
    return { findings: result.findings, cluster: result.cluster, root: resolve(dir), hosts: result.cluster.hosts.length, clusters: result.clusters.length };
  }
  const findings: Finding[] = [];
  const parts = runs.map(({ dir, result }) => {
    const p = prefixOf(dir, cwd);
    // One at a time: spreading a long list into push() overflows the stack.
    for (const f of result.findings) findings.push(movedFinding(f, p));
    const c = result.cluster;
    return {
      files: c.files.map((f) => ({ ...f, path: under(p, f.path) })),
      unchecked: c.unchecked.map((f) => ({ ...f, path: under(p, f.path) })),
      unreadable: c.unreadable.map((u) => ({ ...u, path: under(p, u.path) })),
      skipped: c.skipped.map((s) => ({ ...s, path: under(p, s.path) })),
      unmatchedFolders: c.unmatchedFolders.map((f) => under(p, f)),
      candidates: c.plan.candidates.map((x) => ({ ...x, path: under(p, x.path) })),
    };
  });
  const first = runs[0]!.result.cluster;
  const cluster: Cluster = {
    ...first,
    files: parts.flatMap((x) => x.files),
    unchecked: parts.flatMap((x) => x.unchecked),
    unreadable: parts.flatMap((x) => x.unreadable),
    skipped: parts.flatMap((x) => x.skipped),
    unmatchedFolders: parts.flatMap((x) => x.unmatchedFolders),
    plan: { ...first.plan, candidates: parts.flatMap((x) => x.candidates) },
  };
  return {
    findings,
    cluster,
    root: resolve(cwd),
    hosts: runs.reduce((n, r) => n + r.result.cluster.hosts.length, 0),
    clusters: runs.reduce((n, r) => n + r.result.clusters.length, 0),
  };
}
