/**
 * Site-file helpers shared by the hadoop/ property-hygiene rules: the distinct
 * XML files, and the "scopes" in which definitions override each other.
 */
import { HADOOP_KNOWLEDGE } from '../knowledge/hadoop-defaults.generated.ts';
import type { HadoopMajor } from '../knowledge/hadoop-extra-keys.ts';
import { majorKey } from '../model/hadoop-conf.ts';
import type { Cluster, Version, XmlFile } from '../model/types.ts';
import type { XmlProperty } from '../parse/hadoop-xml.ts';

/** One distinct copy of every readable Hadoop site file (hbase-site.xml holds HBase's keys, not Hadoop's). */
export function distinctXmlFiles(cluster: Cluster): XmlFile[] {
  return cluster.distinctFiles.filter((f): f is XmlFile => 'xml' in f && f.xml.problem === undefined && f.kind !== 'hbase-site.xml');
}

export function majorOf(version: Version): HadoopMajor {
  return majorKey(version);
}

export function otherMajor(major: HadoopMajor): HadoopMajor {
  return major === '2' ? '3' : '2';
}

export function release(major: HadoopMajor): string {
  return HADOOP_KNOWLEDGE.releases[major];
}

/** A definition as the override rules see it. */
export interface Definition {
  readonly name: string;
  readonly file: XmlFile;
  readonly prop: XmlProperty;
  /** Trimmed (and, for core/hdfs configurations, ${var}-expanded) value. */
  readonly value: string;
}

/**
 * The groups of definitions that one Hadoop process loads together, in load
 * order: each distinct core-site + hdfs-site configuration, and every
 * yarn-site.xml, mapred-site.xml or stray core/hdfs file on its own.
 */
export function definitionScopes(cluster: Cluster): Definition[][] {
  const scopes: Definition[][] = cluster.confs.map((conf) =>
    conf.definitions.map((d) => ({ name: d.name, file: d.file, prop: d.prop, value: d.value })),
  );
  const inConf = new Set(cluster.confs.flatMap((c) => c.files.map((f) => f.hash)));
  for (const f of distinctXmlFiles(cluster)) {
    if (inConf.has(f.hash)) continue;
    scopes.push(f.xml.properties.map((prop) => ({ name: prop.name.value, file: f, prop, value: (prop.value?.value ?? '').trim() })));
  }
  return scopes;
}

/** The definition Hadoop keeps among several of one key: the last, unless an earlier one is final. */
export function winnerOf<T extends { readonly prop: XmlProperty }>(defs: readonly T[]): T {
  let winner = defs[0]!;
  for (const d of defs.slice(1)) {
    if (winner.prop.final) break;
    winner = d;
  }
  return winner;
}
