import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCluster } from '../src/model/build.ts';
import type { Cluster } from '../src/model/types.ts';

// Where Hadoop places an included file's properties: at the include, in document order, so
// that a later definition wins over an included one and an included one over an earlier one;
// each keeps the included file's position. Fallback properties count only when the file is missing.

const XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"';
const prop = (name: string, value: string) => `<property><name>${name}</name><value>${value}</value></property>\n`;
const doc = (body: string) => `<?xml version="1.0"?>\n<configuration ${XI}>\n${body}</configuration>\n`;

async function clusterOf(files: Record<string, string>): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'hacheck-xinclude-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return await buildCluster(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** name=value@file:line for every definition, in load order. */
function definitions(cluster: Cluster): string[] {
  return cluster.confs[0]!.definitions.map((d) => `${d.name}=${d.raw}@${d.prop.span.file}:${d.prop.span.line}`);
}

test('included properties take the include\'s place, with the included file\'s lines', async () => {
  const cluster = await clusterOf({
    'conf/hdfs-site.xml': doc(prop('a', 'site-1') + '<xi:include href="ha/hdfs-ha.xml"/>\n' + prop('c', 'site-3')),
    'conf/ha/hdfs-ha.xml': doc('\n' + prop('a', 'ha-1') + prop('b', 'ha-2') + prop('c', 'ha-3') + '<xi:include href="../more.xml"/>\n'),
    'conf/more.xml': doc(prop('d', 'more-1')),
  });
  assert.equal(definitions(cluster), [
    'a=site-1@conf/hdfs-site.xml:3',
    'a=ha-1@conf/ha/hdfs-ha.xml:4',
    'b=ha-2@conf/ha/hdfs-ha.xml:5',
    'c=ha-3@conf/ha/hdfs-ha.xml:6',
    'd=more-1@conf/more.xml:3',
    'c=site-3@conf/hdfs-site.xml:5',
  ]);
  const effective = cluster.confs[0]!.effective;
  assert.is(effective['a']!.raw, 'ha-1');
  assert.is(effective['c']!.raw, 'site-3');
});

test('the fallback stands in for a missing file only', async () => {
  const include = (href: string) => `<xi:include href="${href}"><xi:fallback>\n${prop('f', 'fallback')}</xi:fallback></xi:include>\n`;
  const missing = await clusterOf({ 'hdfs-site.xml': doc(include('absent.xml')) });
  assert.equal(definitions(missing), ['f=fallback@hdfs-site.xml:4']);
  const present = await clusterOf({ 'hdfs-site.xml': doc(include('present.xml')), 'present.xml': doc(prop('p', 'present')) });
  assert.equal(definitions(present), ['p=present@present.xml:3']);
});

test('two identical site files that include different files are two configurations', async () => {
  const site = doc('<xi:include href="hdfs-ha.xml"/>\n');
  const cluster = await clusterOf({
    'nn1/hdfs-site.xml': site,
    'nn1/hdfs-ha.xml': doc(prop('dfs.nameservices', 'ns1') + prop('dfs.ha.namenodes.ns1', 'nn1,nn2')),
    'nn2/hdfs-site.xml': site,
    'nn2/hdfs-ha.xml': doc(prop('dfs.nameservices', 'ns2') + prop('dfs.ha.namenodes.ns2', 'nn1,nn2')),
  });
  const hashes = cluster.files.filter((f) => f.kind === 'hdfs-site.xml').map((f) => f.hash);
  assert.is(new Set(hashes).size, 2);
  assert.equal(cluster.distinctFiles.filter((f) => f.kind === 'hdfs-site.xml').map((f) => f.path), ['nn1/hdfs-site.xml', 'nn2/hdfs-site.xml']);
});

test.run();
