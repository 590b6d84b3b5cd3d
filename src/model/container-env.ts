/**
 * Environment files that a Hadoop image's entrypoint turns into site files. Each assignment of
 * a known prefix becomes the <property> the entrypoint writes, its name and value pointing at
 * the env line (the key part and the value part), so every finding lands on that line.
 *
 * Two images are read, as their entrypoints do it:
 * - the apache/hadoop image (apache/hadoop, branch docker-hadoop-runner*, scripts/envtoconf.py
 *   Simple.process_envs): the variable's name split on `_` and `.` gives the file's name and
 *   extension, `CORE-SITE.XML_fs.defaultFS=x` is `fs.defaultFS` of core-site.xml, the name
 *   lower-cased and the key what follows `<name>.<ext>_`, kept as written; the value is then
 *   read back by scripts/transformation.py process_properties, which strips its whitespace and
 *   its `"` characters at both ends (`.strip().strip('"')`);
 * - the big-data-europe images (big-data-europe/docker-hadoop base/entrypoint.sh configure:
 *   CORE_CONF, HDFS_CONF, YARN_CONF, MAPRED_CONF; big-data-europe/docker-hbase base/entrypoint.sh:
 *   HBASE_CONF): the part after `<PREFIX>_` with `___` -> `-`, `__` -> `_`, `_` -> `.`, in that
 *   order (docker-hbase turns `__` into `_` and then into `.`, so there `__` is `.`).
 *
 * An env file is what every container that loads it gets: a shared configuration, no host.
 */
import type { EnvAssignment, EnvLines } from '../parse/env-lines.ts';
import type { XmlProperty } from '../parse/hadoop-xml.ts';
import type { Located } from '../text/span.ts';
import type { XmlKind } from './types.ts';

export type ContainerEnvFormat = 'apache/hadoop image' | 'big-data-europe image';

/** The site files one env file becomes, in load order, each with its properties in line order. */
export interface ContainerEnvSites {
  readonly formats: readonly ContainerEnvFormat[];
  readonly sites: readonly { readonly kind: XmlKind; readonly properties: readonly XmlProperty[] }[];
}

export const KIND_ORDER: readonly XmlKind[] = ['core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml', 'hbase-site.xml'];

/** Where a site property's name sits in a variable's name: `start` and `length` characters of it. */
export interface SiteKey {
  readonly kind: XmlKind;
  readonly key: string;
  readonly start: number;
  readonly length: number;
}

/** envtoconf.py: `name = parts[0].lower()`, `extension = parts[1].lower()`, parts split on `[_.]`. */
export function apacheSiteKey(variable: string): SiteKey | undefined {
  const parts = variable.split(/[_.]/);
  if (parts.length < 2) return undefined;
  const file = parts[0]!.toLowerCase();
  if (parts[1]!.toLowerCase() !== 'xml') return undefined;
  const kind = KIND_ORDER.find((k) => k === `${file}.xml`);
  if (!kind) return undefined;
  // config_key = key[len(name) + len(extension) + 2:].strip()
  const skip = file.length + 'xml'.length + 2;
  const raw = variable.slice(skip);
  const lead = raw.length - raw.trimStart().length;
  const key = raw.trim();
  if (key === '') return undefined;
  return { kind, key, start: skip + lead, length: key.length };
}

function apacheProperty(a: EnvAssignment): { kind: XmlKind; name: Located<string> } | undefined {
  const found = apacheSiteKey(a.name.value);
  return found && { kind: found.kind, name: { value: found.key, span: shifted(a.name, found.start, found.length) } };
}

export const BDE_PREFIXES: Readonly<Record<string, XmlKind>> = {
  CORE_CONF_: 'core-site.xml',
  HDFS_CONF_: 'hdfs-site.xml',
  YARN_CONF_: 'yarn-site.xml',
  MAPRED_CONF_: 'mapred-site.xml',
  HBASE_CONF_: 'hbase-site.xml',
};

/** The perl of configure(): docker-hadoop keeps `__` as `_`; docker-hbase's `s/__/_/g; s/_/./g` makes it `.`. */
function bdeName(rest: string, kind: XmlKind): string {
  const dashed = rest.replaceAll('___', '-');
  if (kind === 'hbase-site.xml') return dashed.replaceAll('__', '_').replaceAll('_', '.');
  return dashed.replaceAll('__', '\0').replaceAll('_', '.').replaceAll('\0', '_');
}

/** The big-data-europe prefix a variable starts with, and the property name configure() makes of the rest. */
export function bdeSiteKey(variable: string, prefixes: Readonly<Record<string, XmlKind>> = BDE_PREFIXES): SiteKey | undefined {
  for (const [prefix, kind] of Object.entries(prefixes)) {
    // configure() matches `^${envPrefix}_(.+?)=`: at least one character after the prefix.
    if (!variable.startsWith(prefix) || variable.length === prefix.length) continue;
    const rest = variable.slice(prefix.length);
    return { kind, key: bdeName(rest, kind), start: prefix.length, length: rest.length };
  }
  return undefined;
}

function bdeProperty(a: EnvAssignment): { kind: XmlKind; name: Located<string> } | undefined {
  const found = bdeSiteKey(a.name.value);
  return found && { kind: found.kind, name: { value: found.key, span: shifted(a.name, found.start, found.length) } };
}

/** The span of `length` characters from `offset` in a located text that lies on one line. */
function shifted(located: Located<string>, offset: number, length: number) {
  const s = located.span;
  return { ...s, column: s.column + offset, endLine: s.line, endColumn: s.column + offset + length };
}

/** The part [start, end) of a value the image writes: its surrounding whitespace left out, and for the apache/hadoop image its `"` at both ends too. */
export function siteValueRange(v: string, format: ContainerEnvFormat): { start: number; end: number } {
  let start = v.length - v.trimStart().length;
  let end = v.trimEnd().length;
  if (format === 'apache/hadoop image') {
    while (start < end && v[start] === '"') start++;
    while (end > start && v[end - 1] === '"') end--;
  }
  if (end < start) end = start;
  return { start, end };
}

function valueOf(a: EnvAssignment, format: ContainerEnvFormat): Located<string> {
  const { start, end } = siteValueRange(a.value.value, format);
  return { value: a.value.value.slice(start, end), span: shifted(a.value, start, end - start) };
}

/**
 * The site files an env file becomes, or undefined when it is not such a file: mostly
 * assignments (at most one other line in five) and at least one of a known prefix.
 * Only recognised prefixes are read: the file's other variables are for other programs.
 */
export function containerEnvSites(lines: EnvLines): ContainerEnvSites | undefined {
  const { assignments, otherLines } = lines;
  if (assignments.length === 0 || otherLines * 4 > assignments.length) return undefined;
  const byKind = new Map<XmlKind, XmlProperty[]>();
  const formats = new Set<ContainerEnvFormat>();
  for (const a of assignments) {
    const apache = apacheProperty(a);
    const bde = apache ? undefined : bdeProperty(a);
    const found = apache ?? bde;
    if (!found) continue;
    const format: ContainerEnvFormat = apache ? 'apache/hadoop image' : 'big-data-europe image';
    formats.add(format);
    const property: XmlProperty = { name: found.name, value: valueOf(a, format), final: false, span: a.span };
    const list = byKind.get(found.kind);
    if (list) list.push(property);
    else byKind.set(found.kind, [property]);
  }
  if (byKind.size === 0) return undefined;
  const sites = KIND_ORDER.flatMap((kind) => {
    const properties = byKind.get(kind);
    return properties ? [{ kind, properties }] : [];
  });
  return { formats: [...formats].sort(), sites };
}
