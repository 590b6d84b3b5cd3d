// The package as users get it: `npm pack` holds the bundle and nothing of the repository's
// development, and the tarball installs and runs with no registry (the bundle carries its
// dependencies, so package.json declares none to fetch: `npx hacheck` starts at once).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';

const WORK = mkdtempSync(join(tmpdir(), 'hacheck-pack-'));
// A cache of its own, so the install cannot lean on packages an earlier install left in ~/.npm.
const env = { ...process.env, npm_config_cache: join(WORK, 'cache'), npm_config_update_notifier: 'false' };

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// --ignore-scripts: `prepare` would rebuild dist/ inside the repository while other suites run it;
// `npm test` builds before the suites, so the committed bundle is the one packed.
const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', WORK], ROOT);
const manifest = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];

test.after(() => rmSync(WORK, { recursive: true, force: true }));

test('npm pack holds the bundle, the configuration schema, README, LICENSE and package.json, nothing else', () => {
  assert.is(packed.code, 0, packed.stderr);
  const chunks = readdirSync(join(ROOT, 'dist/chunks')).map((f) => `dist/chunks/${f}`);
  const expected = ['LICENSE', 'README.md', 'dist/hacheck.mjs', ...chunks, 'package.json', 'schemas/hacheck-config.schema.json'];
  assert.equal(manifest[0]!.files.map((f) => f.path).sort(), expected.sort());
});

test('the package declares no dependency to install: the bundle imports only node: modules', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.is(pkg['dependencies'], undefined);
  for (const f of ['dist/hacheck.mjs', ...readdirSync(join(ROOT, 'dist/chunks')).map((c) => `dist/chunks/${c}`)]) {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const bare = [...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)]
      .map((m) => m[1] ?? m[2]!)
      .filter((s) => !s.startsWith('node:') && !s.startsWith('.'));
    assert.equal(bare, [], `${f} imports a package from node_modules`);
  }
});

test('the tarball installs offline into an empty prefix, and its hacheck lints the example cluster', () => {
  const prefix = join(WORK, 'prefix');
  const tarball = join(WORK, manifest[0]!.filename);
  const install = npm(['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], WORK);
  assert.is(install.code, 0, install.stderr);
  assert.equal(readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.')), ['hacheck'], 'nothing but hacheck was installed');
  const seed = join(ROOT, 'fixtures/clusters/seed-blog');
  const r = spawnSync(join(prefix, 'node_modules/.bin/hacheck'), ['--format', 'compact', seed], { cwd: WORK, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.equal([r.status, r.stderr], [1, '']);
  assert.is(r.stdout, readFileSync(join(seed, 'expected.txt'), 'utf8'));
});

test.run();
