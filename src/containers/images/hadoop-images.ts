/**
 * What a Hadoop image's entrypoint writes for a container: its site files, from the container's
 * variables, with the name translations of src/model/container-env.ts (the reader of env files).
 * - apache/hadoop and flokkr/hadoop (apache/hadoop docker-hadoop-runner scripts/envtoconf.py):
 *   `CORE-SITE.XML_<key>` variables; Simple.transform writes each such file with `open(..., "w")`
 *   into /opt/hadoop/etc/hadoop, over a mounted one;
 * - the big-data-europe images (big-data-europe/docker-hadoop base/entrypoint.sh lines 6-39,
 *   docker-hbase base/entrypoint.sh): `CORE_CONF_` ... variables; addProperty inserts each
 *   <property> before `</configuration>` of the existing /etc/hadoop/<file> (/etc/hbase for
 *   hbase-site.xml) with sed -i, so a mounted file keeps its properties and gets these appended.
 * A container of another image (a `build:`, an unknown image) whose variables have these forms
 * gets them translated as an env file is: silently, the apache form first.
 */
import { apacheSiteKey, BDE_PREFIXES, bdeSiteKey, KIND_ORDER, siteValueRange, type ContainerEnvFormat, type SiteKey } from '../../model/container-env.ts';
import type { XmlProperty } from '../../parse/hadoop-xml.ts';
import type { XmlKind } from '../../model/types.ts';
import { located, sliceSourced } from '../sourced.ts';
import type { ContainerEnv, ContainerProblem, ContainerService } from '../types.ts';
import { effectiveEnv } from './effective-env.ts';
import { imageRepository } from './image-name.ts';
import type { GeneratedFile, ImageTranslation } from './types.ts';

type Reader = 'apache' | 'bde-hadoop' | 'bde-hbase' | 'any';

const HADOOP_BDE_PREFIXES = Object.fromEntries(Object.entries(BDE_PREFIXES).filter(([p]) => p !== 'HBASE_CONF_'));
const HBASE_BDE_PREFIXES = { HBASE_CONF_: 'hbase-site.xml' } as const;

/** Images of other programs: their variables are not a Hadoop entrypoint's. */
const OTHER_IMAGE = /(^|\/)(zookeeper|cp-[a-z-]+|kafka[a-z-]*)$/;

function readerOf(repo: string | undefined): Reader | undefined {
  if (repo === 'apache/hadoop' || repo === 'flokkr/hadoop') return 'apache';
  if (repo?.startsWith('bde2020/hadoop-')) return 'bde-hadoop';
  if (repo?.startsWith('bde2020/hbase')) return 'bde-hbase';
  if (repo !== undefined && OTHER_IMAGE.test(repo)) return undefined;
  return 'any';
}

function siteKey(name: string, reader: Reader): { key: SiteKey; format: ContainerEnvFormat } | undefined {
  const apache = reader === 'apache' || reader === 'any' ? apacheSiteKey(name) : undefined;
  if (apache) return { key: apache, format: 'apache/hadoop image' };
  const prefixes = reader === 'bde-hadoop' ? HADOOP_BDE_PREFIXES : reader === 'bde-hbase' ? HBASE_BDE_PREFIXES : reader === 'any' ? BDE_PREFIXES : undefined;
  const bde = prefixes && bdeSiteKey(name, prefixes);
  return bde && { key: bde, format: 'big-data-europe image' };
}

function targetOf(kind: XmlKind, format: ContainerEnvFormat): string {
  if (format === 'apache/hadoop image') return `/opt/hadoop/etc/hadoop/${kind}`;
  return kind === 'hbase-site.xml' ? `/etc/hbase/${kind}` : `/etc/hadoop/${kind}`;
}

function property(e: ContainerEnv, key: SiteKey, format: ContainerEnvFormat): XmlProperty | undefined {
  if (!e.value) return undefined;
  const name = sliceSourced(e.name, key.start, key.start + key.length);
  const { start, end } = siteValueRange(e.value.value, format);
  // The name translated (`fs_defaultFS` -> `fs.defaultFS`) keeps its place in the variable's name.
  return { name: { value: key.key, span: name.span }, value: located(sliceSourced(e.value, start, end)), final: false, span: e.span };
}

/** What the image's entrypoint writes for this container, or undefined when its image is not one of these.
 *  `mounted(p)`: whether a mount provides the absolute container path p (a file, or inside a mounted folder). */
export function hadoopImageTranslation(service: ContainerService, mounted: (containerPath: string) => boolean): ImageTranslation | undefined {
  const repo = imageRepository(service);
  const reader = readerOf(repo);
  if (!reader) return undefined;
  const byFile = new Map<string, { kind: XmlKind; format: ContainerEnvFormat; properties: XmlProperty[] }>();
  const notes: ContainerProblem[] = [];
  for (const [name, e] of effectiveEnv(service)) {
    const found = siteKey(name, reader);
    if (!found) continue;
    const target = targetOf(found.key.kind, found.format);
    const p = property(e, found.key, found.format);
    if (!p) notes.push({ span: e.span, kind: 'unknown', message: `${name} has no value hacheck can know, so ${found.key.key} of ${found.key.kind} is written from a value not checked here` });
    const file = byFile.get(target) ?? { kind: found.key.kind, format: found.format, properties: [] };
    if (p) file.properties.push(p);
    byFile.set(target, file);
  }
  if (byFile.size === 0 && reader === 'any') return undefined;
  const files: GeneratedFile[] = [];
  const ordered = [...byFile].sort(([, a], [, b]) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.format.localeCompare(b.format));
  for (const [target, { kind, format, properties }] of ordered) {
    const image = format;
    if (!mounted(target)) {
      files.push({ kind, properties, image, target });
      continue;
    }
    // envtoconf.py writes each file whole; bde's addProperty inserts before the mounted file's </configuration>.
    const apache = format === 'apache/hadoop image';
    files.push({ kind, properties, image, target, mountedFile: apache ? 'replaced' : 'extended' });
    if (apache) notes.push({ span: service.span, kind: 'ignored', message: `the file mounted at ${target} is not used: the ${image} writes it anew from the ${kind.toUpperCase()}_ variables` });
  }
  return { files, notes };
}
