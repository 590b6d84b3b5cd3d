import { createHash } from 'node:crypto';
import type { DiscoveredFile, FileKind } from '../discover.ts';
import { parseHadoopXml } from '../parse/hadoop-xml.ts';
import { parseHostList, parseMyid, parseTimeConfig } from '../parse/line-files.ts';
import { parseEtcHosts } from '../parse/etc-hosts.ts';
import { parseKafkaProperties } from '../parse/kafka-properties.ts';
import { parseZooCfg } from '../parse/zoo-cfg.ts';
import { scanSuppressions } from '../parse/suppressions.ts';
import type { CommentSyntax } from '../parse/comments.ts';
import { SourceText, decodeLatin1, decodeUtf8 } from '../text/source-text.ts';
import { decodeXml, type DecodedText } from '../text/decode-xml.ts';
import { readRegularFile } from '../read/read-regular-file.ts';
import { followIncludes, type IncludeContext } from './xinclude.ts';
import type { ClusterFile, UncheckedFile, XmlFile } from './types.ts';
import { copyAt } from './copies.ts';
import { loadContainerEnv } from './load-container-env.ts';
import { notHadoopHostList } from '../discovery/host-lists.ts';
import type { NotUsedReason, SetAside } from '../discovery/plan.ts';
import { holdsTemplateSyntax, isBrokerConfig, isStockKafkaSample, isStockSample, isZookeeperServerConfig, kafkaDistributionFolders } from '../discovery/by-content.ts';

/** What became of a content: parsed, or set aside with the reason (a template, not a broker...). */
type Outcome = ClusterFile | { readonly setAside: NotUsedReason };

/** Distinct contents of one kind and length seen so far. */
interface ContentBucket {
  readonly entries: { readonly bytes: Buffer; readonly file: Outcome }[];
  /** Set once the bucket holds many contents. */
  byHash: Map<string, Outcome> | undefined;
}

function contentHash(kind: FileKind, bytes: Buffer): string {
  return createHash('sha1').update(kind).update('\0').update(bytes).digest('hex');
}

export interface ParseFailure {
  readonly path: string;
  readonly thrown: unknown;
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

const XML_KINDS: ReadonlySet<FileKind> = new Set(['core-site.xml', 'hdfs-site.xml', 'yarn-site.xml', 'mapred-site.xml', 'hbase-site.xml']);

/** The file's text as the program that reads it decodes its bytes. */
function decode(kind: FileKind, bytes: Buffer): DecodedText {
  // Java's XML parsers honour a byte-order mark and the declared encoding.
  if (XML_KINDS.has(kind)) return decodeXml(bytes);
  // ZooKeeper reads zoo.cfg through Properties.load(InputStream): ISO-8859-1. Kafka too (Utils.loadProps).
  if (kind === 'zoo.cfg' || kind === 'zoo.cfg.dynamic' || kind === 'server.properties') return { text: decodeLatin1(bytes) };
  // ZooKeeper reads myid with a FileReader, which keeps a byte-order mark as text.
  if (kind === 'myid') return { text: bytes.toString('utf8') };
  return { text: decodeUtf8(bytes) };
}

/**
 * A file holding a NUL character is not a configuration file: a binary file given a
 * configuration's name, or a file a crash left zero-filled. Git calls such files binary
 * the same way. Checked on the decoded text, so UTF-16 site files are text.
 */
function binaryAt(path: string, kind: FileKind, text: string, size: number): UncheckedFile | undefined {
  const at = text.indexOf('\0');
  if (at < 0) return undefined;
  const src = new SourceText(path, text);
  return { path, kind, host: undefined, reason: 'binary', size, span: src.span(at, at + 1), lineCount: src.lineCount };
}

/** Parses one file's text with the semantics of the program that reads it. */
function parseFile(path: string, kind: FileKind, decoded: DecodedText, host: string | undefined, hash: string): ClusterFile {
  const src = new SourceText(path, decoded.text);
  if (decoded.problem) {
    // Only site files carry a decoding problem: the XML parser stops at the first bad byte.
    const syntax = COMMENT_SYNTAX[kind];
    const base = { path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions: syntax ? scanSuppressions(src, syntax) : [] };
    const { offset, message } = decoded.problem;
    return { ...base, kind: kind as XmlFile['kind'], xml: { properties: [], problem: { message, span: src.span(offset, offset + 1) } } };
  }
  return parseSource(src, kind, host, hash);
}

/**
 * Parses a text as a file of `kind`: the file at `src.path`, or a file a container's definition
 * writes (src/containers/), whose SourceText maps its spans into that definition.
 */
export function parseSource(src: SourceText, kind: FileKind, host: string | undefined, hash: string): ClusterFile {
  const syntax = COMMENT_SYNTAX[kind];
  const suppressions = syntax ? scanSuppressions(src, syntax) : [];
  const base = { path: src.path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions };
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
  readonly unchecked: UncheckedFile[];
  /** Files whose parser threw: hacheck's own failure, never the file's. */
  readonly parseFailures: ParseFailure[];
  /** Files read whose content says they are not deployed configuration (templates, other programs' files). */
  readonly setAside: SetAside[];
}

/** Why a parsed file is not deployed configuration, judged from its text and parsed content; undefined when it is. */
function setAsideByContent(f: DiscoveredFile, text: string, file: ClusterFile): NotUsedReason | undefined {
  if (holdsTemplateSyntax(text)) return 'template';
  if (f.check === 'kafka-broker' && file.kind === 'server.properties' && !isBrokerConfig(file.kafka)) return 'not a broker configuration';
  if (f.check === 'zookeeper-server' && file.kind === 'zoo.cfg' && !isZookeeperServerConfig(file.zoo)) return 'not a ZooKeeper server configuration';
  return undefined;
}

function isOutcomeSetAside(o: Outcome): o is { readonly setAside: NotUsedReason } {
  return 'setAside' in o;
}

export interface LoadOptions {
  /** Files larger than this many bytes are reported, not read. */
  readonly maxFileSize: number;
  /** The linted directory, resolved with realpath: xi:include reads nothing outside it. */
  readonly realRoot: string;
}

/**
 * The site file with its xi:include elements followed. Its hash covers what was included,
 * so that two hosts' identical site files including different files are not one configuration.
 */
function withIncludes(file: ClusterFile, real: string, ctx: IncludeContext): ClusterFile {
  if (!('xml' in file) || !file.xml.includes) return file;
  const { properties, result, digest } = followIncludes(file.xml, file.path, real, ctx);
  const hash = createHash('sha1').update(file.hash).update('\0').update(digest).digest('hex');
  return { ...file, hash, xml: { ...file.xml, properties }, xinclude: result };
}

/** Whether a parsed file may stand for another path with the same bytes: not when relative includes make the paths differ. */
function shareable(file: ClusterFile): boolean {
  return !('xinclude' in file && file.xinclude);
}

/** Reads and parses every discovered file; a file that cannot be read becomes a failure, not an exception. */
export async function loadFiles(found: readonly DiscoveredFile[], options: LoadOptions): Promise<LoadedFiles> {
  const files: ClusterFile[] = [];
  const failures: ReadFailure[] = [];
  const unchecked: UncheckedFile[] = [];
  const parseFailures: ParseFailure[] = [];
  const setAside: SetAside[] = [];
  // Each distinct content is parsed once; a path with the same bytes becomes a copy of the
  // first (src/model/copies.ts). Files are read one at a time and a copy's bytes dropped at
  // once, so memory holds the distinct contents only, whatever the number of hosts.
  const seen = new Map<string, ContentBucket>();
  const ctx: IncludeContext = { realRoot: options.realRoot, maxFileSize: options.maxFileSize };
  // Paths found through symbolic links share their target: read it once.
  const bySource = new Map<string, Outcome>();
  const distributionFolders = kafkaDistributionFolders(found.map((f) => f.path));
  // A copy of a parsed content is that content at another path; a stock sample is judged by its name or folder, per path.
  const keep = (f: DiscoveredFile, outcome: Outcome) => {
    const notHostList = !isOutcomeSetAside(outcome) && (outcome.kind === 'workers' || outcome.kind === 'slaves') ? notHadoopHostList(f.path, outcome.list) : undefined;
    if (isOutcomeSetAside(outcome)) setAside.push({ path: f.path, reason: outcome.setAside });
    else if (outcome.kind === 'zoo.cfg' && isStockSample(baseName(f.path), outcome.zoo)) setAside.push({ path: f.path, reason: 'stock sample' });
    else if (outcome.kind === 'server.properties' && isStockKafkaSample(f.path, outcome.kafka, distributionFolders)) setAside.push({ path: f.path, reason: 'stock sample' });
    else if (notHostList !== undefined) setAside.push({ path: f.path, reason: `not a Hadoop host list: ${notHostList}` });
    else files.push(outcome.path === f.path ? outcome : copyAt(outcome, f.path));
  };
  for (const f of found) {
    if (f.check === 'container-env') {
      // One env file becomes several site files: read on its own, outside the one-file-one-kind path below.
      const env = loadContainerEnv(f, options.maxFileSize);
      if ('setAside' in env) setAside.push({ path: f.path, reason: env.setAside });
      else files.push(...env.files);
      continue;
    }
    const known = bySource.get(f.source);
    if (known && (isOutcomeSetAside(known) || known.kind === f.kind)) {
      keep(f, known);
      continue;
    }
    const read = readRegularFile(f.source, options.maxFileSize);
    if (!read.ok) {
      if (f.broadName) setAside.push({ path: f.path, reason: read.tooLarge ? 'too large' : `cannot be read: ${read.reason}` });
      else if (read.tooLarge) {
        const start = { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
        unchecked.push({ path: f.path, kind: f.kind, host: undefined, reason: 'too-large', size: read.size, span: start, lineCount: 1 });
      } else {
        failures.push({ path: f.path, reason: read.reason });
      }
      continue;
    }
    const bytes = read.bytes;
    const key = `${f.kind}\0${f.check ?? ''}\0${bytes.length}`;
    let bucket = seen.get(key);
    if (!bucket) seen.set(key, (bucket = { entries: [], byHash: undefined }));
    let hash: string | undefined;
    let original: Outcome | undefined;
    if (bucket.byHash) {
      hash = contentHash(f.kind, bytes);
      original = bucket.byHash.get(hash);
    } else {
      original = bucket.entries.find((e) => e.bytes.equals(bytes))?.file;
    }
    if (original) {
      keep(f, original);
      bySource.set(f.source, original);
      continue;
    }
    const decoded = decode(f.kind, bytes);
    const binary = binaryAt(f.path, f.kind, decoded.text, bytes.length);
    if (binary) {
      if (f.broadName) setAside.push({ path: f.path, reason: 'binary' });
      else unchecked.push(binary);
      continue;
    }
    hash ??= contentHash(f.kind, bytes);
    let parsed: ClusterFile;
    try {
      parsed = parseFile(f.path, f.kind, decoded, undefined, hash);
    } catch (thrown) {
      // A parser bug must not take the other files down with it: the run reports it as an internal error (exit 2).
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    // Judged before includes are followed: a template's xi:include names files of the rendered tree.
    const reason = setAsideByContent(f, decoded.text, parsed);
    let outcome: Outcome;
    try {
      outcome = reason ? { setAside: reason } : withIncludes(parsed, f.source, ctx);
    } catch (thrown) {
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    keep(f, outcome);
    // A file with includes is read at each of its paths: its includes are resolved from where it is.
    if (!isOutcomeSetAside(outcome) && !shareable(outcome)) continue;
    bySource.set(f.source, outcome);
    if (bucket.byHash) bucket.byHash.set(hash, outcome);
    else {
      bucket.entries.push({ bytes, file: outcome });
      // Many distinct contents of one length (a per-host value): look them up by hash instead.
      if (bucket.entries.length > 8) bucket.byHash = new Map(bucket.entries.map((e) => [contentHash(f.kind, e.bytes), e.file]));
    }
  }
  return { files, failures, unchecked, parseFailures, setAside };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
