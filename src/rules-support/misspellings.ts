/**
 * The misspelt property names of a cluster's site files, each classified once
 * for the three rules that report them: hadoop/misspelled-critical-property
 * (the intended key is one HA depends on and is not set), hadoop/misspelled-default-value
 * (the value equals the intended key's default, so the typo changes nothing) and
 * hadoop/unknown-property (every other case).
 */
import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import { isKnownRelease } from '../model/versions.ts';
import type { Cluster, XmlFile } from '../model/types.ts';
import type { XmlProperty } from '../parse/hadoop-xml.ts';
import { isHaCriticalKey } from './ha-critical-keys.ts';
import { isKnownName, isListedName, suffixedBase, suggestName } from './hadoop-property-names.ts';
import { definitionScopes, distinctXmlFiles, majorOf, otherMajor, release, type Definition } from './hadoop-site-files.ts';

export type MisspellingKind = 'critical' | 'default' | 'plain' | 'already-set';

export interface Misspelling {
  readonly file: XmlFile;
  readonly prop: XmlProperty;
  readonly kind: MisspellingKind;
  /** The key meant: the suggestion, or for 'already-set' the key the file sets already. */
  readonly intended: string;
  /** Its default, for 'default'. */
  readonly defaultValue: string;
  /** The default with its ${...} variables expanded from the file's scope, when that changed it. */
  readonly expandedDefault?: string;
  /** "is not a Hadoop property", or the version-aware form. */
  readonly what: string;
}

const cache = new WeakMap<Cluster, readonly Misspelling[]>();

/** The default of a key (of its base when suffixed) in the cluster's version, else in the other one. */
function defaultOf(name: string, cluster: Cluster): string | undefined {
  const major = majorOf(cluster.hadoopVersion);
  const key = suffixedBase(name) ?? name;
  return HADOOP_KNOWLEDGE.defaults[major][key] ?? HADOOP_KNOWLEDGE.defaults[otherMajor(major)][key];
}

/**
 * A default's ${name} variables expanded as Configuration.get does: from the values the process
 * sees (its scope), else from the variable's own default; a few rounds, as Hadoop's own
 * substitution depth is bounded. `yarn.resourcemanager.resource-tracker.address` defaults to
 * `${yarn.resourcemanager.hostname}:8031`, which is `rm1:8031` where the hostname is set.
 */
function expandDefault(value: string, scope: ReadonlyMap<string, string>, cluster: Cluster): string {
  let out = value;
  for (let round = 0; round < 5 && out.includes('${'); round++) {
    out = out.replace(/\$\{([^}$]+)\}/g, (whole, name: string) => scope.get(name) ?? defaultOf(name, cluster) ?? whole);
  }
  return out;
}

export function misspellingsOf(cluster: Cluster): readonly Misspelling[] {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const version = cluster.hadoopVersion;
  const major = majorOf(version);
  const other = otherMajor(major);
  // Only a cluster known to run 2.7 or older is judged by the 2.7.7 names alone (see isKnownName).
  const strict = major === '2' && isKnownRelease(version) && version.major === 2 && version.minor <= 7;
  // What the process that loads a file sees: its configuration (core-site + hdfs-site) or the file alone.
  // Indexed by file content once, so that thousands of distinct host copies stay linear.
  const scopesOf = new Map<string, Definition[][]>();
  for (const scope of definitionScopes(cluster)) {
    for (const hash of new Set(scope.map((d) => d.file.hash))) {
      const list = scopesOf.get(hash);
      if (list) list.push(scope);
      else scopesOf.set(hash, [scope]);
    }
  }
  const out: Misspelling[] = [];
  for (const file of distinctXmlFiles(cluster)) {
    const inFile = new Set(file.xml.properties.map((p) => p.name.value));
    const scopeDefs = (scopesOf.get(file.hash) ?? []).flat();
    const inScope = new Set(scopeDefs.map((d) => d.name));
    const scopeValues = new Map(scopeDefs.map((d) => [d.name, d.value] as const));
    for (const prop of file.xml.properties) {
      const name = prop.name.value;
      if (name === '' || isKnownName(name, major, strict)) continue;
      const closest = suggestName(name, major);
      if (closest === undefined) continue;
      // A key of the other release is a real key, not a typo: its suggestion is only a neighbour, never "meant".
      const inOther = isListedName(name, other);
      const what = inOther ? `is not a Hadoop ${release(major)} property (${release(other)} has it)` : 'is not a Hadoop property';
      const suggestion = inFile.has(closest) ? suggestName(name, major, inFile) : closest;
      if (suggestion === undefined) {
        out.push({ file, prop, kind: 'already-set', intended: closest, defaultValue: '', what });
        continue;
      }
      const value = (prop.value?.value ?? '').trim();
      const fallback = defaultOf(suggestion, cluster);
      const expanded = fallback === undefined ? undefined : expandDefault(fallback, scopeValues, cluster);
      let kind: MisspellingKind = 'plain';
      if (inOther) kind = 'plain';
      else if (value !== '' && (value === fallback || value === expanded)) kind = 'default';
      else if (isHaCriticalKey(suggestion) && !inScope.has(suggestion)) kind = 'critical';
      out.push({
        file, prop, kind, intended: suggestion, defaultValue: fallback ?? '',
        what,
        ...(expanded !== undefined && expanded !== fallback ? { expandedDefault: expanded } : {}),
      });
    }
  }
  cache.set(cluster, out);
  return out;
}
