import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DiscoveredFile, FileKind } from '../discover.ts';
import { parseHadoopXml } from '../parse/hadoop-xml.ts';
import { parseHostList, parseMyid, parseTimeConfig } from '../parse/line-files.ts';
import { parseEtcHosts } from '../parse/etc-hosts.ts';
import { parseKafkaProperties } from '../parse/kafka-properties.ts';
import { parseZooCfg } from '../parse/zoo-cfg.ts';
import { scanSuppressions } from '../parse/suppressions.ts';
import type { CommentSyntax } from '../parse/comments.ts';
import { SourceText, decodeLatin1, decodeUtf8 } from '../text/source-text.ts';
import type { ClusterFile } from './types.ts';
import { copyAt } from './copies.ts';

/** Distinct contents of one kind and length seen so far. */
interface ContentBucket {
  readonly entries: { readonly bytes: Buffer; readonly file: ClusterFile }[];
  /** Set once the bucket holds many contents. */
  byHash: Map<string, ClusterFile> | undefined;
}

function contentHash(kind: FileKind, bytes: Buffer): string {
  return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
}

export interface ReadFailure {
  readonly path: string;
  readonly reason: string;
}

/** How each kind writes comments; myid has none, so it holds no suppression. */
const COMMENT_SYNTAX: Record<FileKind, CommentSyntax | undefined> = {
  'core-site.xml': 'xml',
  'hdfs-site.xml': 'xml',
  'yarn-site.xml': 'xml',
  'mapred-site.xml': 'xml',
  'zoo.cfg': 'properties',
  'zoo.cfg.dynamic': 'properties',
  myid: undefined,
  slaves: 'hash',
  workers: 'hash',
  'ntp.conf': 'hash',
  'chrony.conf': 'chrony',
  'hbase-site.xml': 'xml',
  'server.properties': 'properties',
  hosts: 'hash',
};

/** Parses one file's bytes with the semantics of the program that reads it. */
function parseFile(path: string, kind: FileKind, bytes: Buffer, host: string | undefined, hash: string): ClusterFile {
  // ZooKeeper reads zoo.cfg through Properties.load(InputStream): ISO-8859-1.
  // Kafka too (Utils.loadProps).
  const latin1 = kind === 'zoo.cfg' || kind === 'zoo.cfg.dynamic' || kind === 'server.properties';
  // ZooKeeper reads myid with a FileReader, which keeps a byte-order mark as text.
  const text = latin1 ? decodeLatin1(bytes) : kind === 'myid' ? bytes.toString('utf8') : decodeUtf8(bytes);
  const src = new SourceText(path, text);
  const syntax = COMMENT_SYNTAX[kind];
  const suppressions = syntax ? scanSuppressions(src, syntax) : [];
  const base = { path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions };
  switch (kind) {
    case 'core-site.xml':
    case 'hdfs-site.xml':
    case 'yarn-site.xml':
    case 'mapred-site.xml':
    case 'hbase-site.xml':
      return { ...base, kind, xml: parseHadoopXml(src) };
    case 'zoo.cfg':
    case 'zoo.cfg.dynamic':
      return { ...base, kind, zoo: parseZooCfg(src) };
    case 'myid':
      return { ...base, kind, myid: parseMyid(src) };
    case 'slaves':
    case 'workers':
      return { ...base, kind, list: parseHostList(src) };
    case 'ntp.conf':
      return { ...base, kind, time: parseTimeConfig(src, 'ntp') };
    case 'chrony.conf':
      return { ...base, kind, time: parseTimeConfig(src, 'chrony') };
    case 'server.properties':
      return { ...base, kind, kafka: parseKafkaProperties(src) };
    case 'hosts':
      return { ...base, kind, etcHosts: parseEtcHosts(src) };
  }
}

export interface LoadedFiles {
  readonly files: ClusterFile[];
  readonly failures: ReadFailure[];
}

/** Reads and parses every discovered file; a file that cannot be read becomes a failure, not an exception. */
export async function loadFiles(root: string, found: readonly DiscoveredFile[]): Promise<LoadedFiles> {
  const files: ClusterFile[] = [];
  const failures: ReadFailure[] = [];
  // Each distinct content is parsed once; a path with the same bytes becomes a copy of the
  // first (src/model/copies.ts). Files are read one at a time and a copy's bytes dropped at
  // once, so memory holds the distinct contents only, whatever the number of hosts.
  const seen = new Map<string, ContentBucket>();
  for (const f of found) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, f.path));
    } catch (err) {
      failures.push({ path: f.path, reason: String((err as NodeJS.ErrnoException).code ?? String(err)) });
      continue;
    }
    const key = `${f.kind}\0${bytes.length}`;
    let bucket = seen.get(key);
    if (!bucket) seen.set(key, (bucket = { entries: [], byHash: undefined }));
    let hash: string | undefined;
    let original: ClusterFile | undefined;
    if (bucket.byHash) {
      hash = contentHash(f.kind, bytes);
      original = bucket.byHash.get(hash);
    } else {
      original = bucket.entries.find((e) => e.bytes.equals(bytes))?.file;
    }
    if (original) {
      files.push(copyAt(original, f.path));
      continue;
    }
    const file = parseFile(f.path, f.kind, bytes, undefined, hash ?? contentHash(f.kind, bytes));
    files.push(file);
    if (bucket.byHash) bucket.byHash.set(file.hash, file);
    else {
      bucket.entries.push({ bytes, file });
      // Many distinct contents of one length (a per-host value): look them up by hash instead.
      if (bucket.entries.length > 8) bucket.byHash = new Map(bucket.entries.map((e) => [e.file.hash, e.file]));
    }
  }
  return { files, failures };
}
