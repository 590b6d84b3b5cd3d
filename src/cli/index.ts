// The hacheck command: bundled into dist/hacheck.mjs by scripts/build.mjs.
import { main } from './main.ts';

main(process.argv.slice(2));
