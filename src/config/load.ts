/**
 * Finds and reads the configuration file with cosmiconfig: from the linted
 * directory up to the repository root, or the file --config names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from './config-error.ts';
import type { HacheckConfig } from './schema.ts';
import { validateConfig } from './validate.ts';

/** Where a configuration file may be, in the order each directory is searched. No .ts: see loaders below. */
export const SEARCH_PLACES: readonly string[] = [
  'package.json',
  '.hacheckrc',
  '.hacheckrc.json',
  '.hacheckrc.yaml',
  '.hacheckrc.yml',
  '.hacheckrc.js',
  '.hacheckrc.cjs',
  '.hacheckrc.mjs',
  'hacheck.config.js',
  'hacheck.config.cjs',
  'hacheck.config.mjs',
];

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

/** `dir`, then each parent up to and including `stop` (or the file-system root). */
function directoriesUp(dir: string, stop: string | undefined): string[] {
  const dirs: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    dirs.push(d);
    if (d === stop || dirname(d) === d) return dirs;
  }
}

/** A path for messages: relative to the working directory when below it, else absolute. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

function typescriptUnsupported(file: string): never {
  throw new ConfigError(`${displayPath(file)}: TypeScript configuration files are not supported (loading a TypeScript compiler costs hundreds of milliseconds); use .json, .yaml, .js, .cjs or .mjs`);
}

/**
 * Whether a search place could hold a configuration. A package.json is one only with a "hacheck"
 * key: most repositories have a package.json, and loading cosmiconfig to learn that it holds no
 * configuration costs more than the lint itself on a small cluster.
 */
function isCandidate(file: string): boolean {
  if (!existsSync(file)) return false;
  if (!file.endsWith('package.json')) return true;
  try {
    const text = readFileSync(file, 'utf8');
    // A cheap test first; a package.json that mentions the word is parsed, as cosmiconfig would.
    return text.includes('"hacheck"') && Object.hasOwn(JSON.parse(text) as object, 'hacheck');
  } catch {
    return true; // let cosmiconfig report what is wrong with it
  }
}

/**
 * Loads the configuration for the cluster directory `dir`: the file `explicit`
 * when given (--config), else the first search place found from `dir` upward.
 * Throws a ConfigError when the file cannot be read, parsed or validated.
 */
export async function loadConfig(dir: string, explicit?: string): Promise<LoadedConfig> {
  const dirs = directoriesUp(dir, repositoryRoot(dir));
  // Most cluster repositories hold none of these files: then cosmiconfig (about 10 ms to load and
  // set up) is not needed at all. When one exists, cosmiconfig decides whether it is a configuration.
  if (explicit === undefined && !dirs.some((d) => SEARCH_PLACES.some((p) => isCandidate(join(d, p))))) {
    return { file: undefined, config: {} };
  }
  // Imported here, not at the top: a run without configuration work (--version, explain) never pays for it,
  // and cosmiconfig itself requires its YAML and JS loaders only when a file of that kind is read.
  const mod = await import('cosmiconfig');
  // In the split bundle (scripts/build.mjs) a dynamically imported CommonJS module is only a default export.
  const cosmiconfig = mod.cosmiconfig ?? (mod as unknown as { default: typeof mod }).default.cosmiconfig;
  const explorer = cosmiconfig('hacheck', {
    searchPlaces: [...SEARCH_PLACES],
    // Each directory is searched on its own (below): searchStrategy 'global' would walk up to stopDir but
    // then also read a per-user file (~/.config/hacheck/config*), which would make a lint depend on who runs it.
    searchStrategy: 'none',
    loaders: { '.ts': typescriptUnsupported, '.mts': typescriptUnsupported, '.cts': typescriptUnsupported },
    cache: false,
  });
  let result: { config: unknown; filepath: string; isEmpty?: boolean } | null = null;
  try {
    if (explicit !== undefined) {
      const file = resolve(explicit);
      if (!existsSync(file)) throw new ConfigError(`cannot read configuration file "${explicit}": no such file`);
      result = await explorer.load(file);
    } else {
      for (const d of dirs) {
        result = await explorer.search(d);
        if (result) break;
      }
    }
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const e = err as Error & { filepath?: string };
    // cosmiconfig's loaders name the file in their own message ("JSON Error in /path:\n...").
    const where = e.filepath ? `${displayPath(e.filepath)}: ` : '';
    throw new ConfigError(`${where}cannot load the configuration: ${withoutLoaderHeading(e.message).trim()}`);
  }
  if (!result) return { file: undefined, config: {} };
  // An empty file is an empty configuration.
  const data = result.isEmpty ? {} : result.config;
  return { file: result.filepath, config: validateConfig(data, displayPath(result.filepath)) };
}

/**
 * The message without a first line such as "JSON Error in /path:" (what `/^.*Error in [^\n]*:\n/`
 * removed), with string operations: that pattern is quadratic in a long first line.
 */
function withoutLoaderHeading(message: string): string {
  const nl = message.indexOf('\n');
  const first = nl < 0 ? '' : message.slice(0, nl);
  return nl >= 0 && first.includes('Error in ') && first.endsWith(':') ? message.slice(nl + 1) : message;
}
