import type { Finding, Rule } from '../engine/rule.ts';
import type { Cluster } from '../model/types.ts';
import { formatCompact } from './compact.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';

/** Everything a formatter may use. Formatters are pure: they return the text to write. */
export interface FormatInput {
  readonly findings: readonly Finding[];
  readonly cluster: Cluster;
  /** The rules that ran, for formats that describe them (SARIF). */
  readonly rules: readonly Rule[];
  readonly color: boolean;
  readonly toolVersion: string;
  /** Absolute path of the linted directory, which finding paths are relative to. */
  readonly root: string;
  /** hacheck's own failures in this run (src/engine/run.ts), for the formats that record them. */
  readonly internalErrors?: readonly { readonly report: string }[];
  /** Absolute path of the repository checkout (GITHUB_WORKSPACE, else the working directory): annotation paths are relative to it. */
  readonly workspace: string;
}

export type Formatter = (input: FormatInput) => string;

/**
 * Every output format by name. A format is added here and nowhere else. Without a
 * prototype: the name comes from the command line, and `--format constructor` is unknown.
 */
export const FORMATTERS: Readonly<Record<string, Formatter>> = Object.assign(Object.create(null) as Record<string, Formatter>, {
  compact: (i: FormatInput) => formatCompact(i.findings),
  stylish: (i: FormatInput) => formatStylish(i.findings, { color: i.color }),
  json: (i: FormatInput) => formatJson(i),
  sarif: (i: FormatInput) => formatSarif(i),
  github: (i: FormatInput) => formatGithub(i),
});

export function formatNames(): string[] {
  return Object.keys(FORMATTERS);
}

/**
 * The format when none is given: annotations on GitHub Actions, stylish on a
 * terminal, else compact. A file gets compact: the runner reads annotations
 * from stdout only, and a file is not a terminal.
 */
export function defaultFormat(env: NodeJS.ProcessEnv, isTTY: boolean, toFile = false): string {
  if (toFile) return 'compact';
  if (env['GITHUB_ACTIONS'] === 'true' && 'github' in FORMATTERS) return 'github';
  return isTTY ? 'stylish' : 'compact';
}
