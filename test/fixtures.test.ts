import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatCompact } from '../src/format/compact.ts';
import { lintDirectory } from '../src/lint.ts';
import { loadConfig } from '../src/config/load.ts';
import { lintOptionsOf } from '../src/config/resolve.ts';
import { expectOutput } from './support/expect.ts';
import { clusterCases, rel, ruleCases } from './support/fixtures.ts';

// Each rule case runs with its rule alone: a valid case must stay silent,
// an invalid case must print exactly its expected.txt.
// RULE=<prefix> limits the run to rules whose id starts with the prefix (while writing a rule).
const only = process.env['RULE'];
for (const c of ruleCases().filter((x) => !only || x.ruleId.startsWith(only))) {
  test(`${c.ruleId} ${c.kind}/${c.name}`, async () => {
    // A case may hold a configuration file, e.g. a small maxFileSize for syntax/file-too-large.
    const config = existsSync(join(c.dir, '.hacheckrc.json')) ? lintOptionsOf(await loadConfig(c.dir)) : {};
    const result = await lintDirectory(c.dir, { ...config, only: [c.ruleId] });
    assert.equal(result.internalErrors, []);
    const out = formatCompact(result.findings);
    if (c.kind === 'valid') {
      assert.is(out, '', `${rel(c.dir)} should produce no finding`);
      assert.not.ok(existsSync(join(c.dir, 'expected.txt')), `${rel(c.dir)} is valid and must not hold expected.txt`);
    } else {
      assert.ok(out !== '' || process.env['UPDATE'] === '1', `${rel(c.dir)} should produce a finding`);
      expectOutput(c.dir, out);
    }
  });
}

// Whole clusters run with every rule, to catch noise and duplicates.
for (const c of only ? [] : clusterCases()) {
  test(`cluster ${c.name}`, async () => {
    const result = await lintDirectory(c.dir);
    assert.equal(result.internalErrors, []);
    expectOutput(c.dir, formatCompact(result.findings));
  });
}

test.run();
