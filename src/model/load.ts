import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiscoveredFile, FileKind } from '../discover.ts';
import { parseHadoopXml } from '../parse/hadoop-xml.ts';
import { parseHostList, parseMyid, parseTimeConfig } from '../parse/line-files.ts';
import { parseZooCfg } from '../parse/zoo-cfg.ts';
import { scanSuppressions } from '../parse/suppressions.ts';
import type { CommentSyntax } from '../parse/comments.ts';
import { SourceText, decodeLatin1, decodeUtf8 } from '../text/source-text.ts';
import type { ClusterFile } from './types.ts';

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
};

/** Parses one file's bytes with the semantics of the program that reads it. */
function parseFile(path: string, kind: FileKind, bytes: Buffer, host: string | undefined, hash: string): ClusterFile {
  // ZooKeeper reads zoo.cfg through Properties.load(InputStream): ISO-8859-1.
  const latin1 = kind === 'zoo.cfg' || kind === 'zoo.cfg.dynamic';
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
  const contents = await Promise.all(
    found.map(async (f) => {
      try {
        return { f, bytes: await readFile(join(root, f.path)) };
      } catch (err) {
        return { f, error: (err as NodeJS.ErrnoException).code ?? String(err) };
      }
    }),
  );
  for (const c of contents) {
    if (c.bytes === undefined) {
      failures.push({ path: c.f.path, reason: String(c.error) });
      continue;
    }
    const hash = createHash('sha1').update(c.f.kind).update('\0').update(c.bytes).digest('hex');
    files.push(parseFile(c.f.path, c.f.kind, c.bytes, undefined, hash));
  }
  return { files, failures };
}
