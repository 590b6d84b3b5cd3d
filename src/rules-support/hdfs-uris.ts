/**
 * hdfs:// URIs anywhere in a property value (paths, comma lists, `#fragment`
 * aliases), with their located authority, for rules about which NameNode a
 * path names.
 */
import { locatedValue } from '../model/hdfs-topology.ts';
import type { Cluster, ConfProperty } from '../model/types.ts';
import { pieceOf } from '../text/sub-span.ts';
import type { Located } from '../text/span.ts';

export interface HdfsUriInValue {
  readonly property: ConfProperty;
  /** The whole URI up to a separator (comma, whitespace). */
  readonly uri: Located<string>;
  readonly host: Located<string>;
  readonly port: number | undefined;
}

// The authority runs to the first '/', and the URI to a list separator; an IPv6 literal keeps its colons
// inside []. No class crosses a separator, so an unclosed '[' in each of many list items is not rescanned
// to the end of the value once per item (quadratic).
const HDFS_URI = /hdfs:\/\/(\[[^\]\s,;/]*\]|[^/:\s,;]*)(?::(\d+))?[^\s,;]*/gi;

/** Every hdfs://host[:port] URI in the property's value. */
export function hdfsUrisIn(p: ConfProperty): HdfsUriInValue[] {
  const value = locatedValue(p);
  const out: HdfsUriInValue[] = [];
  for (const m of value.value.matchAll(HDFS_URI)) {
    const start = m.index!;
    const hostStart = start + 'hdfs://'.length;
    out.push({
      property: p,
      uri: pieceOf(value, start, start + m[0].length),
      host: pieceOf(value, hostStart, hostStart + m[1]!.length),
      port: m[2] === undefined ? undefined : Number(m[2]),
    });
  }
  return out;
}

/**
 * Every definition that wins in some configuration of the cluster: core and
 * hdfs, core and yarn, MapReduce's view, and hbase-site. Configurations that
 * share a file yield its properties more than once; callers report once.
 */
export function everyEffectiveProperty(cluster: Cluster): ConfProperty[] {
  const out: ConfProperty[] = [];
  for (const c of cluster.confs) out.push(...Object.values(c.effective));
  for (const c of cluster.yarnConfs) {
    out.push(...Object.values(c.effective));
    if (c.mapred) out.push(...Object.values(c.mapred.effective));
  }
  for (const c of cluster.hbaseConfs) out.push(...Object.values(c.effective));
  return out;
}
