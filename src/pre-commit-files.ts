/**
 * The `files` pattern of the pre-commit hook (.pre-commit-hooks.yaml): every
 * file hacheck reads (src/recognised-files.ts) and every file its configuration
 * may be read from or is refused from (DATA_PLACES, CODE_PLACES), so that a commit touching only one of them
 * still runs the hook. `npm run generate` writes it into the YAML; a test checks
 * that it is fresh and that it matches the names discovery recognises.
 */
import { CODE_PLACES, DATA_PLACES } from './config/load.ts';
import { CONTENT_PATTERNS, EXACT_NAMES, NAME_PATTERNS, PATH_PATTERNS } from './recognised-files.ts';

/**
 * Every name the configuration search looks at: the data files it reads and the JavaScript ones it
 * refuses (committing one must run the hook, which then fails and says why). The search's own lists.
 */
export const CONFIG_FILE_NAMES: readonly string[] = [...new Set([...DATA_PLACES, ...CODE_PLACES])];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern, for Python's `re.search` on repository paths (pre-commit's
 * `files`), in syntax JavaScript reads the same way: a recognised file name at
 * any depth (names whose content decides included: the hook cannot read content), or a
 * recognised path ending.
 */
export function hookFilesPattern(): string {
  const names = [...EXACT_NAMES.map(escapeRegExp), ...NAME_PATTERNS.map((p) => p.source), ...CONTENT_PATTERNS.map((p) => p.source), ...CONFIG_FILE_NAMES.map(escapeRegExp)];
  return [`(^|/)(${names.join('|')})$`, ...PATH_PATTERNS.map((p) => `${p.source}$`)].join('|');
}

/** The hook manifest `yaml` with its `files:` line set to hookFilesPattern(), single-quoted (no YAML escapes inside). */
export function withHookFilesPattern(yaml: string): string {
  const line = /^( *)files: .*$/m;
  if (!line.test(yaml)) throw new Error('.pre-commit-hooks.yaml has no files: line');
  return yaml.replace(line, (_, indent: string) => `${indent}files: '${hookFilesPattern().replace(/'/g, "''")}'`);
}
