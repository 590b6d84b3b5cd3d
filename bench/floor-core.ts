/**
 * The two floors hacheck is measured against (bench/floor.ts is their command line):
 *
 * - `every`: find the files with src/discover.ts, read every one, and validate and parse
 *   every Hadoop XML file with the parser settings of src/parse/hadoop-xml.ts.
 * - `distinct`: the same, but parse each distinct content once, keyed by a SHA-1 of its kind
 *   and bytes as src/model/load.ts keys it (contentHash). hacheck parses each distinct content
 *   once too, so against identical copies only this floor compares like with like (issue 17:
 *   "the floor flatters").
 *
 * Nothing else: no model, no rules, no output beyond one summary line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { discover } from '../src/discover.ts';
import { newHadoopXmlParser } from '../src/parse/hadoop-xml.ts';

export type FloorMode = 'every' | 'distinct';

export interface FloorSummary {
  readonly files: number;
  readonly bytes: number;
  /** Different contents (kind and bytes) among the files; counted by the `distinct` floor only, so that the other does not pay for hashing. */
  readonly distinct: number | undefined;
  /** XML files validated and parsed: every XML file, or each distinct XML content once. */
  readonly parsedXml: number;
  /** Top-level nodes of the parsed documents, so that the parsing cannot be optimised away. */
  readonly nodes: number;
}

export async function runFloor(root: string, mode: FloorMode): Promise<FloorSummary> {
  const { files: found } = await discover(root);
  const seen = new Set<string>();
  let bytes = 0;
  let parsedXml = 0;
  let nodes = 0;
  for (const { source, kind } of found) {
    const buf = readFileSync(source);
    bytes += buf.length;
    if (mode === 'distinct') {
      const hash = createHash('sha1').update(kind).update('\0').update(buf).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
    }
    if (!kind.endsWith('.xml')) continue;
    const text = buf.toString('utf8');
    if (XMLValidator.validate(text, { allowBooleanAttributes: false }) !== true) continue;
    const doc = newHadoopXmlParser().parse(text) as unknown[];
    parsedXml++;
    nodes += doc.length;
  }
  return { files: found.length, bytes, distinct: mode === 'distinct' ? seen.size : undefined, parsedXml, nodes };
}

export function formatFloorSummary(s: FloorSummary): string {
  return `${s.files} files, ${s.distinct === undefined ? '' : `${s.distinct} distinct contents, `}${s.bytes} bytes, ${s.parsedXml} XML files parsed, ${s.nodes} top-level nodes\n`;
}

/** `[--distinct] <dir>`; undefined when the arguments are not that. */
export function floorArguments(argv: readonly string[]): { mode: FloorMode; root: string } | undefined {
  const distinct = argv[0] === '--distinct';
  const rest = distinct ? argv.slice(1) : argv;
  if (rest.length !== 1 || rest[0]!.startsWith('-')) return undefined;
  return { mode: distinct ? 'distinct' : 'every', root: rest[0]! };
}
