import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import type { ConfProperty, HadoopConf, Version, XmlFile } from './types.ts';

/**
 * Names that Hadoop resolves from Java system properties or the environment
 * at run time: a ${var} naming one of them is not a mistake.
 */
const RUNTIME_VARIABLES = new Set([
  'user.name', 'user.home', 'user.dir', 'java.io.tmpdir', 'java.library.path', 'java.home',
  'hadoop.home.dir', 'hadoop.log.dir', 'hadoop.log.file', 'hadoop.id.str', 'hadoop.root.logger',
  'hadoop.policy.file', 'hadoop.security.logger', 'yarn.home.dir', 'yarn.log.dir',
]);

/** Hadoop's Configuration.substituteVars pattern and depth limit. */
const VARIABLE = /\$\{([^}$\u0020]+)\}/g;
const MAX_SUBSTITUTIONS = 20;

export function isRuntimeVariable(name: string): boolean {
  return RUNTIME_VARIABLES.has(name) || name.startsWith('env.');
}

export function majorKey(v: Version): '2' | '3' {
  return v.major <= 2 ? '2' : '3';
}

/** The upstream default of a property for the version, if *-default.xml has one. */
export function hadoopDefault(version: Version, name: string): string | undefined {
  return HADOOP_KNOWLEDGE.defaults[majorKey(version)][name];
}

/** Applies site definitions in load order: later wins unless an earlier one is final. */
function effectiveOf(defs: readonly Omit<ConfProperty, 'value' | 'unresolved'>[]) {
  const eff: Record<string, (typeof defs)[number]> = Object.create(null);
  for (const d of defs) {
    const prior = eff[d.name];
    if (prior?.prop.final) continue;
    eff[d.name] = d;
  }
  return eff;
}

/** Expands ${var} as Hadoop does: site values first, then upstream defaults, at most 20 rounds. */
function expand(raw: string, lookup: (name: string) => string | undefined): { value: string; unresolved: string[] } {
  let value = raw;
  const unresolved = new Set<string>();
  for (let round = 0; round < MAX_SUBSTITUTIONS; round++) {
    let changed = false;
    value = value.replace(VARIABLE, (whole, name: string) => {
      const v = lookup(name);
      if (v === undefined) {
        if (!isRuntimeVariable(name)) unresolved.add(name);
        return whole;
      }
      changed = true;
      return v;
    });
    if (!changed) break;
  }
  return { value, unresolved: [...unresolved] };
}

/** Builds one configuration from site files in load order (core-site.xml, then hdfs-site.xml). */
export function buildConf(
  files: readonly XmlFile[],
  hosts: readonly string[],
  version: Version,
): Omit<HadoopConf, 'hdfs'> {
  const raw = files.flatMap((file) =>
    file.xml.properties.map((prop) => ({ name: prop.name.value, file, prop, raw: prop.value?.value ?? '' })),
  );
  const rawEffective = effectiveOf(raw);
  const lookup = (name: string) => rawEffective[name]?.raw ?? hadoopDefault(version, name);
  const definitions: ConfProperty[] = raw.map((d) => {
    const { value, unresolved } = expand(d.raw, lookup);
    return { ...d, value: value.trim(), unresolved };
  });
  return { files, hosts, definitions, effective: effectiveOf(definitions) as Record<string, ConfProperty> };
}

/** The effective value of a property, trimmed and expanded; undefined when no site file sets it. */
export function confValue(conf: Pick<HadoopConf, 'effective'>, name: string): string | undefined {
  return conf.effective[name]?.value;
}
