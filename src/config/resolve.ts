/**
 * The configuration as a run uses it: what --print-config shows, and the
 * options it hands to the model build and the engine.
 */
import type { Rule } from '../engine/rule.ts';
import type { LintOptions } from '../lint.ts';
import type { LoadedConfig } from './load.ts';
import { displayPath } from './load.ts';
import type { HostOverride, RuleSetting } from './schema.ts';
import { DEFAULT_MAX_FILE_SIZE } from '../read/read-regular-file.ts';

export interface ResolvedConfig {
  /** The file read, for messages (relative to the working directory when below it), or null. */
  readonly configFile: string | null;
  readonly versions: { readonly hadoop?: string; readonly zookeeper?: string };
  readonly hosts: Readonly<Record<string, string>>;
  readonly ignore: readonly string[];
  /** Every rule with the setting it runs with: the file's, else the rule's default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly overrides: readonly HostOverride[];
  readonly maxFileSize: number;
}

export function resolveConfig(loaded: LoadedConfig, rules: readonly Rule[]): ResolvedConfig {
  const c = loaded.config;
  return {
    configFile: loaded.file === undefined ? null : displayPath(loaded.file),
    versions: { ...c.versions },
    hosts: { ...c.hosts },
    ignore: [...(c.ignore ?? [])],
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, c.rules?.[r.meta.id] ?? r.meta.severity])),
    overrides: (c.overrides ?? []).map((o) => ({ hosts: [...o.hosts], rules: { ...o.rules } })),
    maxFileSize: c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

/** The lint options a configuration sets; each is left out when the file does not set it. */
export function lintOptionsOf(loaded: LoadedConfig): Pick<LintOptions, 'severities' | 'overrides' | 'build'> {
  const c = loaded.config;
  return {
    ...(c.rules ? { severities: c.rules } : {}),
    ...(c.overrides ? { overrides: c.overrides } : {}),
    build: {
      ...(c.hosts ? { hosts: c.hosts } : {}),
      ...(c.versions ? { versions: c.versions } : {}),
      ...(c.ignore ? { ignore: c.ignore } : {}),
      ...(c.maxFileSize ? { maxFileSize: c.maxFileSize } : {}),
    },
  };
}
