/**
 * ConfigMaps: their `data` keys as the files and environment variables containers get from
 * them. `binaryData` is base64 and holds no configuration text hacheck reads: it is ignored.
 */
import type { Node, Pair, Scalar } from 'yaml';
import type { Span } from '../../text/span.ts';
import type { ContainerEnv, InlineFile, SourcedText } from '../types.ts';
import type { Manifest } from './documents.ts';
import { scalarFileText } from './block-scalar.ts';
import { at, mapEntries, pairSpan, sourced, type DocContext } from './yaml-nodes.ts';

export interface ConfigMapEntry {
  readonly ctx: DocContext;
  readonly key: SourcedText;
  /** Undefined for a null or a collection (the API server refuses both). */
  readonly value: SourcedText | undefined;
  readonly valueNode: Node | undefined;
  /** The key, where a file or variable made from it is defined. */
  readonly keySpan: Span;
  /** The whole `key: value` entry. */
  readonly span: Span;
}

export interface ConfigMapData {
  readonly manifest: Manifest;
  readonly name: SourcedText;
  readonly entries: readonly ConfigMapEntry[];
}

/** ConfigMaps by `<namespace>/<name>`, the scope in which pods name them. */
export function configMapsOf(manifests: readonly Manifest[]): Map<string, ConfigMapData> {
  const out = new Map<string, ConfigMapData>();
  for (const m of manifests) {
    if (m.kind !== 'ConfigMap' || !m.name) continue;
    const entries = mapEntries(m.ctx, at(m.ctx, m.node, 'data')).map(({ key, value, pair }) => entryOf(m.ctx, key, value, pair));
    out.set(`${m.namespace}/${m.name.value}`, { manifest: m, name: m.name, entries });
  }
  return out;
}

function entryOf(ctx: DocContext, key: Scalar, valueNode: Node | undefined, pair: Pair): ConfigMapEntry {
  const keyText = sourced(ctx, key)!;
  return { ctx, key: keyText, value: sourced(ctx, valueNode), valueNode, keySpan: keyText.span, span: pairSpan(ctx, pair) };
}

/** ZooKeeper's, Kafka's and Hadoop's files, by the names their daemons read. */
const CONFIG_FILE_NAMES = new Set(['core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml', 'hbase-site.xml', 'zoo.cfg', 'myid', 'workers', 'slaves']);

/** Whether a file of this name (a data key, or the last part of a mounted path) is one hacheck reads. */
export function isConfigFileName(name: string): boolean {
  // zoo.cfg.dynamic.<version> is the name ZooKeeper's reconfig writes (QuorumPeerConfig's dynamicConfigFile); any *.properties covers server.properties and zoo.cfg-style properties files.
  return CONFIG_FILE_NAMES.has(name) || name.endsWith('.properties') || name === 'zoo.cfg.dynamic' || name.startsWith('zoo.cfg.dynamic.');
}

/**
 * `CORE-SITE.XML_fs.defaultFS`: the apache/hadoop (flokkr) images' envtoconf convention, a
 * file name with an extension, `_`, then the property, which the entrypoint writes into that
 * file. A ConfigMap of such keys is meant for `envFrom`.
 */
export function isEnvToConfKey(key: string): boolean {
  return /^[A-Za-z0-9-]+\.[A-Za-z0-9]+_[^_]/.test(key);
}

/** The ConfigMap value as the file a container sees at `target`. */
export function inlineFileOf(entry: ConfigMapEntry, target: string): InlineFile | undefined {
  if (!entry.valueNode) return undefined;
  const text = scalarFileText(entry.ctx, entry.valueNode);
  return text ? { target, text, span: entry.keySpan } : undefined;
}

/** The entry as an environment variable (`envFrom`, with its optional prefix). */
export function envOf(entry: ConfigMapEntry, prefix: SourcedText | undefined): ContainerEnv {
  const name: SourcedText = prefix && prefix.value !== '' ? { value: prefix.value + entry.key.value, span: entry.key.span } : entry.key;
  return { name, value: entry.value, span: entry.span };
}
