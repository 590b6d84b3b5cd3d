import { readFileSync } from 'node:fs';

// Replaced at bundle time by scripts/build.mjs from package.json; read from there when run from
// the sources (tsx), so that the tests that run the CLI in process print what the bundle prints.
declare const __HACHECK_VERSION__: string | undefined;
export const VERSION: string = typeof __HACHECK_VERSION__ === 'string' ? __HACHECK_VERSION__ : packageVersion();

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
