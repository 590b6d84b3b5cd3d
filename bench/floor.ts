/**
 * The floors hacheck is measured against (bench/floor-core.ts): `node floor.mjs <dir>` parses
 * every XML file, `node floor.mjs --distinct <dir>` each distinct content once. bench/run.ts
 * bundles this file with esbuild, as hacheck is bundled, so start-up costs are comparable.
 */
import { floorArguments, formatFloorSummary, runFloor } from './floor-core.ts';

const args = floorArguments(process.argv.slice(2));
if (!args) {
  process.stderr.write('usage: node floor.mjs [--distinct] <dir>\n');
  process.exit(2);
}
process.stdout.write(formatFloorSummary(await runFloor(args.root, args.mode)));
