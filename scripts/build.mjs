// Bundles the CLI into one file for a fast start (dist/hacheck.mjs).
import { build } from 'esbuild';
import { readFileSync, readdirSync, chmodSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outfile = new URL('../dist/hacheck.mjs', import.meta.url).pathname;
// dist/ is committed: the path comments esbuild writes are relative to absWorkingDir,
// so pinning it to the repository makes the bundle the same bytes from any folder.
const root = new URL('..', import.meta.url).pathname;
// Split at the dynamic imports: a run loads only what it needs (--version neither the rules nor the
// discovery; a lint neither explain's pages nor the summary nor the yaml package when there is no
// YAML configuration file). Chunks are named by content hash under dist/chunks/.
const split = await build({
  absWorkingDir: root,
  entryPoints: { hacheck: new URL('../src/cli/index.ts', import.meta.url).pathname },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: new URL('../dist', import.meta.url).pathname,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __HACHECK_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
// Chunks of earlier builds go, after the new ones are written: a hacheck running meanwhile never misses one.
const chunksDir = new URL('../dist/chunks/', import.meta.url);
const written = new Set(Object.keys(split.metafile.outputs).map((p) => p.replace(/^dist\/chunks\//, '')));
for (const f of readdirSync(chunksDir)) if (!written.has(f)) rmSync(new URL(f, chunksDir));

// The GitHub Action (action.yml runs.main): run by the runner's node, so no hashbang.
await build({
  absWorkingDir: root,
  entryPoints: [new URL('../src/action/index.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: new URL('../dist/action.mjs', import.meta.url).pathname,
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __HACHECK_VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  logLevel: 'warning',
});
