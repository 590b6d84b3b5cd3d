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
  test(`nn2's host written as ${placeholder}: only the placeholder findings`, async () => {
    const dir = withNn2As(placeholder);
    try {
      const r = await lintCompact(dir);
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

test('placeholders in zoo.cfg and server.properties: only the placeholder rules speak, each at the placeholder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-placeholder-'));
  try {
    const zoo = 'tickTime=2000\ninitLimit=${INIT_LIMIT}\nsyncLimit=5\ndataDir=/tmp/${ZOO_DATA}\nclientPort=$ZOO_PORT\nstandaloneEnabled=@STANDALONE@\nserver.1=${ZK1}:2888:3888\nserver.2=zk2:2888:3888\nserver.3=zk3:2888:3888\n';
    const broker = (n: number) => `broker.id=\${BROKER_ID}\nlog.dirs=/tmp/\${DATA}\nzookeeper.connect=\${ZK_CONNECT}\nlisteners=PLAINTEXT://0.0.0.0:909${n}\n`;
    writeFileSync(join(dir, 'zoo.cfg'), zoo);
    cpSync(join(dir, 'zoo.cfg'), join(dir, 'zoo.cfg.bak'));
    writeFileSync(join(dir, 'server-1.properties'), broker(1));
    writeFileSync(join(dir, 'server-2.properties'), broker(2));
    const r = await lintCompact(dir);
    assert.is(r.code, 1);
    const rules = r.stdout.split('\n').filter((l) => /: error: /.test(l)).map((l) => /\[([a-z]+\/[a-z-]+)\]$/.exec(l)![1]);
    assert.equal([...new Set(rules)], ['kafka/unresolved-placeholder', 'zookeeper/unresolved-placeholder']);
    assert.equal(rules.length, 11);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
