/**
 * Layout fixtures (fixtures/layouts/) hold a plain cluster of fixtures/clusters/ laid out
 * another way: each must give its plain twin's findings, paths aside. These helpers run the
 * CLI (in process: support/cli-run.ts) and rewrite the paths of one output into the other's.
 */
import { runCli, type CliRun } from './cli-run.ts';

export { runCli, type CliRun };

/** The compact findings of a directory. */
export function lintCompact(dir: string): Promise<CliRun> {
  return runCli(['--format', 'compact', dir]);
}

/**
 * Compact output with the path of every finding and note (`path:line:col:` at the start of a
 * line, after the notes' indentation) passed through `map`.
 */
export function mapFindingPaths(compact: string, map: (path: string) => string): string {
  return compact.replace(/^( *)([^\s:][^:\n]*)(:\d+:\d+: )/gm, (_, indent: string, path: string, rest: string) => `${indent}${map(path)}${rest}`);
}

/** A mapper that replaces the first matching prefix of a path. */
export function replacePrefixes(pairs: readonly (readonly [from: string, to: string])[]): (path: string) => string {
  return (path) => {
    for (const [from, to] of pairs) if (path.startsWith(from)) return to + path.slice(from.length);
    return path;
  };
}

/** The number of findings (not notes) in compact output. */
export function findingCount(compact: string): number {
  return compact.split('\n').filter((l) => /^\S.*:\d+:\d+: (error|warning|info): /.test(l)).length;
}
