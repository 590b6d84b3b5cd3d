import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { makeTree } from './support/tree.ts';

// What a run of the bundle evaluates (issue 17, start-up): the chunks Node's ESM loader reports
// under NODE_DEBUG=esm, and the sources esbuild bundled into each ("// src/x.ts" comments).
const BIN = join(ROOT, 'dist/hacheck.mjs');

function loadedSources(...args: string[]): { sources: Set<string>; stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_DEBUG: 'esm' } });
  const chunks = new Set(r.stderr.match(/dist\/chunks\/[\w.-]+\.mjs/g) ?? []);
  const sources = new Set<string>();
  for (const chunk of ['dist/hacheck.mjs', ...chunks]) {
    for (const m of readFileSync(join(ROOT, chunk), 'utf8').matchAll(/^\/\/ ((?:src|rules)\/\S+\.ts)$/gm)) sources.add(m[1]!);
  }
  // The loader's debug output spans several lines each; hacheck's own messages start "hacheck: ".
  const stderr = r.stderr.split('\n').filter((l) => l.startsWith('hacheck: ')).map((l) => `${l}\n`).join('');
  return { sources, stdout: r.stdout, stderr, status: r.status };
}

/** A standalone ZooKeeper hacheck finds nothing to say about; dataDir in /tmp would be zookeeper/datadir-in-tmp. */
const ZOO = 'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\nautopurge.purgeInterval=24\n4lw.commands.whitelist=srvr,ruok,mntr\n';
const TMP_ZOO = ZOO.replace('/var/lib/zookeeper', '/tmp/zookeeper');

test('a lint without a configuration file does not evaluate the configuration validator', () => {
  const dir = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'zoo.cfg': ZOO });
  const run = loadedSources('--format', 'compact', dir);
  assert.is(run.status, 0);
  assert.is(run.stdout, '');
  assert.ok(run.sources.has('src/lint.ts'), 'the lint ran from the bundle');
  assert.not.ok(run.sources.has('src/config/validate-config.generated.ts'));
  assert.not.ok(run.sources.has('src/config/validate.ts'));
});

test('a lint with a configuration file evaluates the validator, and the file applies', () => {
  const dir = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'zoo.cfg': TMP_ZOO, '.hacheckrc.json': JSON.stringify({ rules: { 'zookeeper/datadir-in-tmp': 'off' } }) });
  const on = loadedSources('--format', 'compact', dir);
  assert.ok(on.sources.has('src/config/validate-config.generated.ts'));
  assert.is(on.status, 0);
  assert.is(on.stdout, '', 'zookeeper/datadir-in-tmp is off');
  writeFileSync(join(dir, '.hacheckrc.json'), JSON.stringify({ rules: { 'zookeeper/datadir-in-tmpp': 'off' } }));
  const bad = loadedSources('--format', 'compact', dir);
  assert.is(bad.stderr, `hacheck: ${dir}/.hacheckrc.json:1:11: rules: unknown rule id "zookeeper/datadir-in-tmpp"; did you mean "zookeeper/datadir-in-tmp"?\n`);
  assert.is(bad.status, 2);
});

test('the Hadoop property-name catalogue is shipped as data, not computed from the defaults at run time', () => {
  const run = loadedSources('--format', 'compact', join(ROOT, 'fixtures/clusters/seed-blog'));
  assert.ok(run.sources.has('src/rules-support/hadoop-property-names.ts'));
  assert.ok(run.sources.has('src/knowledge/hadoop-name-catalogue.generated.ts'));
});

test.run();
