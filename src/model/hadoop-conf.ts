import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import type { ConfProperty, HadoopConf, Version, XmlFile } from './types.ts';
import { unfilledPlaceholders } from '../text/template-placeholders.ts';

/**
 * Names that Hadoop resolves from Java system properties or the environment
 * at run time: a ${var} naming one of them is not a mistake.
 */
const RUNTIME_VARIABLES = new Set([
  'user.name', 'user.home', 'user.dir', 'java.io.tmpdir', 'java.library.path', 'java.home',
  'hadoop.home.dir', 'hadoop.log.dir', 'hadoop.log.file', 'hadoop.id.str', 'hadoop.root.logger',
  'hadoop.policy.file', 'hadoop.security.logger', 'yarn.home.dir', 'yarn.log.dir',
]);

/** Hadoop's Configuration.substituteVars pattern (findSubVariable) and substitution limit (MAX_SUBST). */
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

/**
 * Expands ${var} as Hadoop's Configuration.substituteVars does: site values first, then upstream
 * defaults; one reference at a time, leftmost first, at most 20 substitutions in all; and (3.x,
 * HADOOP-13699) a value that contains the very reference it would replace leaves the whole
 * expression as written. Counting substitutions, not rounds of replace-all, is what keeps the
 * result small: 20 rounds of a=${a}${a}${a} made 3^20 copies and ran out of memory (found by
 * the fuzzer, test/fuzz.test.ts). Unlike Hadoop, an undefined name does not stop the expansion
 * of the references after it: hacheck cannot know run-time variables (${user.name}), and
 * reports every undefined name at once. Past 20 substitutions Hadoop throws "Variable
 * substitution depth too large"; the value is then left as far as it got.
 */
function expand(raw: string, lookup: (name: string) => string | undefined): { value: string; unresolved: string[] } {
  let value = raw;
  const unresolved = new Set<string>();
  const reference = new RegExp(VARIABLE.source, 'g');
  let substitutions = 0;
  for (let m = reference.exec(value); m && substitutions < MAX_SUBSTITUTIONS; m = reference.exec(value)) {
    const name = m[1]!;
    const v = lookup(name);
    if (v === undefined) {
      if (!isRuntimeVariable(name)) unresolved.add(name);
      continue;
    }
    if (v.includes(m[0])) return { value: raw, unresolved: [...unresolved] };
    value = value.slice(0, m.index) + v + value.slice(m.index + m[0].length);
    // Scanned again from the substituted text: it may hold references itself.
    reference.lastIndex = m.index;
    substitutions++;
  }
  return { value, unresolved: [...unresolved] };
}

/** Shared by the definitions that reference nothing unresolved, nearly all: one empty array, not one each. */
const NOTHING_UNRESOLVED: readonly string[] = Object.freeze([]);

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
    // A deployment tool's placeholder (`@NN2_HOST@`, `$NN2_HOST`) is as unknown as an undefined ${var}: no rule judges the value.
    // Written out, not spread: a spread clone got a hidden class of its own per object in V8, tens of MB at 30,000 hosts.
    const names = [...unresolved, ...unfilledPlaceholders(d.name, value)];
    return { name: d.name, file: d.file, prop: d.prop, raw: d.raw, value: value.trim(), unresolved: names.length === 0 ? NOTHING_UNRESOLVED : names };
  });
  return { files, hosts, definitions, effective: effectiveOf(definitions) as Record<string, ConfProperty> };
}

/** The effective value of a property, trimmed and expanded; undefined when no site file sets it. */
export function confValue(conf: Pick<HadoopConf, 'effective'>, name: string): string | undefined {
  return conf.effective[name]?.value;
}
