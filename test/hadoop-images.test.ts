import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { hadoopImageTranslation } from '../src/containers/images/hadoop-images.ts';
import type { ImageTranslation } from '../src/containers/images/types.ts';
import type { Span } from '../src/text/span.ts';
import { nothingMounted, serviceFrom } from './support/env-service.ts';

const at = (s: Span) => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;

function files(t: ImageTranslation | undefined): string[] {
  assert.ok(t);
  return t.files.flatMap((f) =>
    'properties' in f ? f.properties.map((p) => `${f.target} ${f.image}: ${p.name.value}=${p.value!.value} @ ${at(p.name.span)} ${at(p.value!.span)}`) : [],
  );
}

// Kutim/docker-hadoop (bde2020 images, hadoop.env as environment entries).
const BDE = `namenode:
    environment:
      - CORE_CONF_fs_defaultFS=hdfs://namenode:9000
      - HDFS_CONF_dfs_namenode_datanode_registration_ip___hostname___check=false
      - YARN_CONF_yarn_log___aggregation___enable= true
      - HBASE_CONF_hbase_rootdir=hdfs://namenode:9000/hbase
      - HDFS_CONF_dfs_replication
`;

test('big-data-europe hadoop image: CORE_CONF_/HDFS_CONF_/YARN_CONF_ with ___ -> -, _ -> ., value trimmed, at /etc/hadoop; HBASE_CONF_ is not its; an unknown value noted', () => {
  const t = hadoopImageTranslation(serviceFrom(BDE, 'bde2020/hadoop-namenode:2.0.0-hadoop3.2.1-java8'), nothingMounted);
  assert.equal(files(t), [
    '/etc/hadoop/core-site.xml big-data-europe image: fs.defaultFS=hdfs://namenode:9000 @ 3:19-3:31 3:32-3:52',
    '/etc/hadoop/hdfs-site.xml big-data-europe image: dfs.namenode.datanode.registration.ip-hostname-check=false @ 4:19-4:75 4:76-4:81',
    '/etc/hadoop/yarn-site.xml big-data-europe image: yarn.log-aggregation-enable=true @ 5:19-5:50 5:52-5:56',
  ]);
  assert.equal(t!.notes.map((n) => `${at(n.span)} ${n.message}`), [
    '7:9-7:34 HDFS_CONF_dfs_replication has no value hacheck can know, so dfs.replication of hdfs-site.xml is written from a value not checked here',
  ]);
});

test('big-data-europe: a mounted site file gets the properties appended (extended, no note); apache/hadoop: written over it (replaced, noted as ignored)', () => {
  const bde = hadoopImageTranslation(serviceFrom('nn:\n  - CORE_CONF_fs_defaultFS=hdfs://nn:8020\n', 'bde2020/hadoop-namenode'), (p) => p === '/etc/hadoop/core-site.xml');
  assert.equal(bde!.notes, []);
  assert.equal(bde!.files.map((f) => f.mountedFile), ['extended']);
  const apache = hadoopImageTranslation(serviceFrom('nn:\n  - CORE-SITE.XML_fs.defaultFS=hdfs://nn\n', 'apache/hadoop:3'), (p) => p.startsWith('/opt/hadoop/etc/hadoop/'));
  assert.equal(files(apache), ['/opt/hadoop/etc/hadoop/core-site.xml apache/hadoop image: fs.defaultFS=hdfs://nn @ 2:19-2:31 2:32-2:41']);
  assert.equal(apache!.files.map((f) => f.mountedFile), ['replaced']);
  assert.equal(apache!.notes.map((n) => [n.kind, n.message]), [['ignored', 'the file mounted at /opt/hadoop/etc/hadoop/core-site.xml is not used: the apache/hadoop image writes it anew from the CORE-SITE.XML_ variables']]);
});

test('apache/hadoop image: CORE-SITE.XML_<key> and HDFS-SITE.XML_<key>, the key kept as written, the value stripped of spaces and quotes; CORE_CONF_ is not its', () => {
  const t = hadoopImageTranslation(serviceFrom('nn:\n  - HDFS-SITE.XML_dfs.replication= "1"\n  - CORE_CONF_fs_defaultFS=x\n', 'flokkr/hadoop'), nothingMounted);
  assert.equal(files(t), ['/opt/hadoop/etc/hadoop/hdfs-site.xml apache/hadoop image: dfs.replication=1 @ 2:19-2:34 2:37-2:38']);
});

test('an unknown image (build: only): both forms translated, nothing noted; nothing of these forms: undefined; a Kafka image: undefined', () => {
  const t = hadoopImageTranslation(serviceFrom('nn:\n  - CORE_CONF_fs_defaultFS=hdfs://a\n  - HBASE_CONF_hbase_zookeeper_quorum=zk\n', undefined), nothingMounted);
  assert.equal(files(t), [
    '/etc/hadoop/core-site.xml big-data-europe image: fs.defaultFS=hdfs://a @ 2:15-2:27 2:28-2:36',
    '/etc/hbase/hbase-site.xml big-data-europe image: hbase.zookeeper.quorum=zk @ 3:16-3:38 3:39-3:41',
  ]);
  assert.equal(t!.notes, []);
  assert.equal(hadoopImageTranslation(serviceFrom('x:\n  - FOO=1\n', 'myorg/app'), nothingMounted), undefined);
  assert.equal(hadoopImageTranslation(serviceFrom('x:\n  - CORE_CONF_fs_defaultFS=1\n', 'bitnami/kafka'), nothingMounted), undefined);
});

test.run();
