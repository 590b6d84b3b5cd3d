/**
 * Reads a candidate environment file (src/recognised-files.ts, check `container-env`) into the
 * site files its image writes from it, or sets it aside with the reason. Its name is broad
 * (`config`, `*.env`), so a file that cannot be read, is binary or holds no variable of a
 * Hadoop image is not configuration: set aside, never reported.
 */
import { createHash } from 'node:crypto';
import type { DiscoveredFile } from '../discover.ts';
import { readRegularFile } from '../read/read-regular-file.ts';
import { SourceText, decodeUtf8 } from '../text/source-text.ts';
import { parseEnvLines } from '../parse/env-lines.ts';
import { scanSuppressions } from '../parse/suppressions.ts';
import { holdsTemplateSyntax } from '../discovery/by-content.ts';
import type { NotUsedReason } from '../discovery/plan.ts';
import { containerEnvSites } from './container-env.ts';
import type { XmlFile } from './types.ts';

export type ContainerEnvOutcome = { readonly files: readonly XmlFile[] } | { readonly setAside: NotUsedReason };

export function loadContainerEnv(f: DiscoveredFile, maxFileSize: number): ContainerEnvOutcome {
  const read = readRegularFile(f.source, maxFileSize);
  if (!read.ok) return { setAside: read.tooLarge ? 'too large' : `cannot be read: ${read.reason}` };
  // Docker and Compose read env files as UTF-8.
  const text = decodeUtf8(read.bytes);
  if (text.includes('\0')) return { setAside: 'binary' };
  const src = new SourceText(f.path, text);
  const sites = containerEnvSites(parseEnvLines(src));
  if (!sites) return { setAside: 'not a Hadoop image environment file' };
  if (holdsTemplateSyntax(text)) return { setAside: 'template' };
  // `#` comment lines, as in zoo.cfg. Held by the first site file only: they share the env file's path, and a directive is counted once.
  const suppressions = scanSuppressions(src, 'properties');
  const kinds = sites.sites.map((s) => s.kind);
  const files = sites.sites.map(({ kind, properties }, i): XmlFile => ({
    path: f.path,
    host: undefined,
    // One hash per site file: files of one hash are one content, and these are different files.
    hash: createHash('sha1').update('env\0').update(kind).update('\0').update(read.bytes).digest('hex'),
    lineCount: src.lineCount,
    start: src.span(0),
    suppressions: i === 0 ? suppressions : [],
    kind,
    xml: { properties, problem: undefined },
    fromEnv: { formats: sites.formats, kinds },
  }));
  return { files };
}
