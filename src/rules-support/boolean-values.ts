/**
 * The non-boolean values of boolean properties (those whose upstream default
 * is true or false), shared by hadoop/invalid-boolean and hadoop/invalid-ha-boolean.
 */
import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import type { Cluster, XmlFile } from '../model/types.ts';
import type { XmlProperty } from '../parse/hadoop-xml.ts';
import type { Located } from '../text/span.ts';
import { trimLocated } from '../text/sub-span.ts';
import { meantBoolean } from './boolean-intent.ts';
import { isHaCriticalKey } from './ha-critical-keys.ts';
import { suffixedBase } from './hadoop-property-names.ts';
import { distinctXmlFiles, majorOf, otherMajor } from './hadoop-site-files.ts';

export interface BadBoolean {
  readonly file: XmlFile;
  readonly prop: XmlProperty;
  readonly value: Located<string>;
  /** The default Hadoop reads instead (Configuration.getBoolean). */
  readonly fallback: 'true' | 'false';
}

export function badBooleans(cluster: Cluster): BadBoolean[] {
  const files = distinctXmlFiles(cluster);
  // A cluster without Hadoop files (ZooKeeper alone) never builds the defaults tables: they are parsed on first read.
  if (files.length === 0) return [];
  const major = majorOf(cluster.hadoopVersion);
  const defaults = HADOOP_KNOWLEDGE.defaults[major];
  const otherDefaults = HADOOP_KNOWLEDGE.defaults[otherMajor(major)];
  const out: BadBoolean[] = [];
  for (const file of files) {
    for (const prop of file.xml.properties) {
      if (!prop.value) continue;
      const name = prop.name.value;
      const base = Object.hasOwn(defaults, name) || Object.hasOwn(otherDefaults, name) ? name : suffixedBase(name) ?? name;
      const fallback = defaults[base] ?? otherDefaults[base];
      if (fallback !== 'true' && fallback !== 'false') continue;
      const value = trimLocated(prop.value);
      const v = value.value.toLowerCase();
      if (v === '' || v === 'true' || v === 'false' || value.value.includes('${')) continue;
      out.push({ file, prop, value, fallback });
    }
  }
  return out;
}

/**
 * True when the property is one HA depends on and the value does not clearly
 * mean its default: `yes` on `dfs.ha.automatic-failover.enabled` (default
 * false) asked for failover and gets none. `ture` on a key that defaults to
 * true gets what was meant, and stays hadoop/invalid-boolean's warning.
 */
export function isHaBooleanTypo(b: BadBoolean): boolean {
  return isHaCriticalKey(b.prop.name.value) && meantBoolean(b.value.value) !== b.fallback;
}
