/**
 * Finds and reads the configuration file: the file --config names, else the
 * nearest one from the linted directory up to the repository root.
 *
 * A configuration file is data, never code: the directory hacheck checks may
 * come from a pull request, and a JavaScript configuration in it would run
 * with the reviewer's or the CI job's rights (read .git/config, hide the
 * annotations, force exit 0). So JSON and YAML are parsed, and a JavaScript or
 * TypeScript configuration is refused with exit code 2, never run and never
 * silently skipped (its settings would silently not apply).
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import { compileIgnoreGlob, GlobSyntaxError } from './ignore-glob.ts';
import { jsonErrorOffset, lineColumn } from './json-error-offset.ts';
import { readConfigText } from './read-config-file.ts';
import { fileTypeOf } from '../read/file-type.ts';
import { insideTree } from '../read/inside-tree.ts';
import type { HacheckConfig } from './schema.ts';
import type { ConfigProblem } from './validate.ts';

/** Data files, in the order each directory is searched. */
export const DATA_PLACES: readonly string[] = ['package.json', '.hacheckrc', '.hacheckrc.json', '.hacheckrc.yaml', '.hacheckrc.yml'];

/** Code: refused wherever the search meets one. */
export const CODE_PLACES: readonly string[] = ['.hacheckrc', 'hacheck.config'].flatMap((stem) =>
  ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'].map((ext) => `${stem}${ext}`),
);

const CODE_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx']);

export interface LoadedConfig {
  /** Absolute path of the file read, or undefined when none was found. */
  readonly file: string | undefined;
  readonly config: HacheckConfig;
}

/** The nearest directory at or above `dir` holding `.git` (a folder, or a file in a worktree or submodule). */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** `dir`, then each parent up to and including `top`. */
function directoriesUp(dir: string, top: string): string[] {
  const dirs: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    dirs.push(d);
    if (d === top || dirname(d) === d) return dirs;
  }
}

/** A path for messages: relative to the working directory when below it, else absolute. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function refuseCode(shown: string, file: string): never {
  const language = /\.[cm]?tsx?$/.test(file) ? 'TypeScript' : 'JavaScript';
  throw new ConfigError(
    `${shown}: not loaded: a ${language} configuration is code, and hacheck never runs code from the directories it checks; write the object it exports as JSON in .hacheckrc.json or as YAML in .hacheckrc.yaml (same keys)`,
  );
}

type Format = 'json' | 'yaml' | 'json-or-yaml' | 'package.json';

function formatOf(file: string): Format {
  if (basename(file) === 'package.json') return 'package.json';
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return 'json-or-yaml';
}

/** A data file the search met: its real path (links resolved, inside the searched tree) to read. */
interface Candidate {
  readonly file: string;
  readonly real: string;
}

/**
 * The file at a search place, when there is one: a regular file, or a link to
 * one inside `top`. Anything else there is refused, with a message that never
 * names where a link leads (that could be anything on the machine).
 */
function candidateAt(file: string, top: string, topName: string): Candidate | undefined {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats) return undefined;
  const shown = displayPath(file);
  if (stats.isFile()) return { file, real: file };
  if (!stats.isSymbolicLink()) throw new ConfigError(`${shown}: not read: ${fileTypeOf(stats)}, not a regular file`);
  let real: string;
  try {
    real = realpathSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${shown}: not read: ${code === 'ELOOP' ? 'a symbolic link loop' : code === 'ENOENT' ? 'a symbolic link to nothing' : `a symbolic link that cannot be resolved (${code ?? 'error'})`}`);
  }
  if (!insideTree(top, real)) {
    throw new ConfigError(`${shown}: not read: a symbolic link out of ${topName}; a configuration file is never followed out of the tree searched`);
  }
  const target = statSync(real, { throwIfNoEntry: false });
  if (target && !target.isFile()) throw new ConfigError(`${shown}: not read: a symbolic link to ${fileTypeOf(target)}, not a regular file`);
  return { file, real };
}

/** A package.json is a configuration only with a "hacheck" key (most repositories have one for other reasons). */
function packageConfig(text: string): { has: boolean; data?: unknown } {
  // A cheap test first: a package.json that never mentions the word is not parsed at all.
  if (!text.includes('"hacheck"')) return { has: false };
  try {
    const pkg = JSON.parse(text) as unknown;
    if (pkg === null || typeof pkg !== 'object' || !Object.hasOwn(pkg, 'hacheck')) return { has: false };
    return { has: true, data: (pkg as Record<string, unknown>)['hacheck'] };
  } catch {
    return { has: true }; // broken, and it may be the configuration: parseConfig reports where
  }
}

/** Searches from the real linted directory up to the repository root, or only the linted directory outside a repository. */
function search(dir: string): { candidate: Candidate; text: string } | undefined {
  const start = realpathSync(resolve(dir));
  const root = repositoryRoot(start);
  // Outside a repository nothing above the linted directory is the project's: /tmp/.hacheckrc.json may be another user's.
  const top = root ?? start;
  const topName = root !== undefined ? `the repository (${displayPath(root)})` : `the linted directory (${displayPath(start)})`;
  for (const d of directoriesUp(start, top)) {
    for (const place of CODE_PLACES) {
      const file = join(d, place);
      if (lstatSync(file, { throwIfNoEntry: false })) refuseCode(displayPath(file), file);
    }
    for (const place of DATA_PLACES) {
      const candidate = candidateAt(join(d, place), top, topName);
      if (!candidate) continue;
      const text = readConfigText(candidate.real, displayPath(candidate.file));
      if (place === 'package.json' && !packageConfig(text).has) continue;
      return { candidate, text };
    }
  }
  return undefined;
}

/** The file --config names: followed through links (the user chose it), but only a regular file, and never code. */
function explicitFile(given: string): { candidate: Candidate; text: string } {
  const file = resolve(given);
  const shown = displayPath(file);
  if (CODE_EXTENSIONS.has(extname(file).toLowerCase())) refuseCode(shown, file);
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new ConfigError(`cannot read configuration file "${given}": no such file`);
  if (!stats.isFile()) throw new ConfigError(`${shown}: not read: ${fileTypeOf(stats)}, not a regular file`);
  const real = realpathSync(file);
  return { candidate: { file, real }, text: readConfigText(real, shown) };
}

type YamlModule = typeof import('./yaml-config.ts');
let yamlModule: Promise<YamlModule> | undefined;
/** Imported on first use: start-up time matters (BENCHMARKS.md), and most runs read no YAML. */
function yaml(): Promise<YamlModule> {
  return (yamlModule ??= import('./yaml-config.ts'));
}

/** `file:line:column: message`, or `file: message` when the position is unknown. */
function at(shown: string, text: string, offset: number | undefined, message: string): string {
  if (offset === undefined) return `${shown}: ${message}`;
  const { line, column } = lineColumn(text, offset);
  return `${shown}:${line}:${column}: ${message}`;
}

/** The data in the text, or a ConfigError naming the line and column of the first syntax error. */
async function parseConfig(text: string, format: Format, shown: string): Promise<{ data: unknown; doc?: import('yaml').Document }> {
  if (text.trim() === '') return { data: {} }; // an empty file is an empty configuration
  if (format !== 'yaml') {
    try {
      const data = JSON.parse(text) as unknown;
      if (format !== 'package.json') return { data };
      if (data === null || typeof data !== 'object' || !Object.hasOwn(data, 'hacheck')) throw new ConfigError(`${shown}: no "hacheck" key, so no configuration`);
      return { data: (data as Record<string, unknown>)['hacheck'] };
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      if (format !== 'json-or-yaml') {
        // JSON.parse's message quotes the file: only the position is kept.
        const offset = jsonErrorOffset(text);
        throw new ConfigError(at(shown, text, offset, offset >= text.length ? 'not valid JSON: unexpected end of the file' : 'not valid JSON: unexpected character'));
      }
    }
  }
  const parsed = (await yaml()).parseYaml(text);
  if (!parsed.ok) throw new ConfigError(at(shown, text, parsed.failure.offset, parsed.failure.message));
  return { data: parsed.data ?? {}, doc: parsed.doc };
}

/** The `ignore` globs that the bounded matcher refuses, as problems at their place in the file. */
function globProblems(config: HacheckConfig): ConfigProblem[] {
  return (config.ignore ?? []).flatMap((glob, i) => {
    try {
      compileIgnoreGlob(glob);
      return [];
    } catch (err) {
      if (!(err instanceof GlobSyntaxError)) throw err;
      return [{ path: ['ignore', String(i)], onKey: false, message: `ignore[${i}]: the glob ${err.message}` }];
    }
  });
}

/**
 * Loads the configuration for the cluster directory `dir`: the file `explicit`
 * when given (--config), else the nearest configuration file from `dir` upward.
 * Throws a ConfigError when a file cannot be read, parsed or validated, or is code.
 */
export async function loadConfig(dir: string, explicit?: string): Promise<LoadedConfig> {
  const found = explicit !== undefined ? explicitFile(explicit) : search(dir);
  if (!found) return { file: undefined, config: {} };
  const { candidate, text } = found;
  const shown = displayPath(candidate.file);
  const format = formatOf(candidate.file);
  const { data, doc } = await parseConfig(text, format, shown);
  // Loaded only here: the validator ajv compiled (150 KB) is evaluated only when a configuration file exists.
  const { configProblems } = await import('./validate.ts');
  const schemaProblems = configProblems(data);
  const problems = schemaProblems.length > 0 ? schemaProblems : globProblems(data as HacheckConfig);
  if (problems.length === 0) return { file: candidate.file, config: data as HacheckConfig };
  // Rare: the yaml package finds each problem's line, in JSON as in YAML (a JSON text is YAML).
  const { offsetOfPath } = await yaml();
  const prefix = format === 'package.json' ? ['hacheck'] : [];
  const source = doc ?? text;
  const located = problems.map((p) => ({ offset: offsetOfPath(source, [...prefix, ...p.path], p.onKey), message: p.message }));
  // In the order of the file, as an editor shows them (sort is stable: the validator's order within a line).
  located.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
  throw new ConfigError(located.map((p) => at(shown, text, p.offset, p.message)).join('\n'));
}
