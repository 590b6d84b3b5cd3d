import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { lintCompact } from './support/twin.ts';

// A placeholder a deployment tool never filled in, inside an otherwise real and correct file:
// hadoop/unresolved-placeholder reports it, and no other rule judges the value that holds it.
const CLEAN = join(ROOT, 'fixtures/clusters/hadoop3-shared');
const HDFS_SITE = 'hadoop-3.3.6/etc/hadoop/hdfs-site.xml';

/** hadoop3-shared (correct, silent) with nn2's host written as `placeholder` in every address. */
function withNn2As(placeholder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-placeholder-'));
  cpSync(CLEAN, dir, { recursive: true });
  rmSync(join(dir, 'expected.txt'));
  const file = join(dir, HDFS_SITE);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('master2.dc1.example.net:', `${placeholder}:`));
  return dir;
}

for (const [placeholder, kind] of [
  ['${NN2_HOST}', 'is a variable that nothing defines'],
  ['$NN2_HOST', 'is a template placeholder that was never filled in'],
  ['@NN2_HOST@', 'is a template placeholder that was never filled in'],
  ['%%NN2_HOST%%', 'is a template placeholder that was never filled in'],
] as const) {
  test(`nn2's host written as ${placeholder}: only the placeholder findings`, () => {
    const dir = withNn2As(placeholder);
    try {
      const r = lintCompact(dir);
      assert.equal([r.code, r.stderr], [1, '']);
      const at = (line: number, column: number, name: string) =>
        `${HDFS_SITE}:${line}:${column}: error: "${placeholder}" in "${name}" ${kind}; Hadoop keeps it literally [hadoop/unresolved-placeholder]`;
      assert.is(
        r.stdout,
        [at(42, 12, 'dfs.namenode.rpc-address.dc1.nn2'), at(52, 12, 'dfs.namenode.http-address.dc1.nn2'), at(57, 52, 'dfs.namenode.shared.edits.dir'), ''].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test.run();
