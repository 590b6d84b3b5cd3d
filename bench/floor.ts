/**
 * The floor hacheck is measured against: find the same files with src/discover.ts,
 * read every one, and validate and parse every
 * Hadoop XML file with the parser settings of src/parse/hadoop-xml.ts. Nothing else.
 * bench/run.ts bundles this file with esbuild, as hacheck is bundled, so start-up
 * costs are comparable. Usage: node floor.mjs <dir>
 */
import { readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { discover } from '../src/discover.ts';
import { newHadoopXmlParser } from '../src/parse/hadoop-xml.ts';

const root = process.argv[2]!;
const { files: found } = await discover(root);
let bytes = 0;
let properties = 0;
for (const { source, kind } of found) {
  const buf = readFileSync(source);
  bytes += buf.length;
  if (!kind.endsWith('.xml')) continue;
  const text = buf.toString('utf8');
  if (XMLValidator.validate(text, { allowBooleanAttributes: false }) !== true) continue;
  const doc = newHadoopXmlParser().parse(text) as unknown[];
  properties += doc.length;
}
process.stdout.write(`${found.length} files, ${bytes} bytes, ${properties} top-level nodes\n`);
