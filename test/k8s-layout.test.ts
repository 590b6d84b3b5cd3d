import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './support/fixtures.ts';
import { distinctFindings, places, withoutPlaces, withoutRule } from './support/layout-findings.ts';
import { makeTree } from './support/tree.ts';
import { lintCompact, runCli } from './support/twin.ts';

// fixtures/layouts/k8s-zookeeper-kafka(-defects): Kubernetes manifests in two files, several
// documents each: a ZooKeeper StatefulSet of three `zookeeper:3.8.4` pods behind the headless
// Service zk-hs, its zoo.cfg a ConfigMap mounted at /conf, its myid written by the container's
// command from the pod ordinal; a StatefulSet of three `confluentinc/cp-kafka` brokers whose
// shared environment sets no broker id (generated ones) and advertises `$(POD_NAME).kafka-hs`.
// The plain twin is the same cluster as host folders named after the pods, holding the files
// written out here by hand, not with hacheck's code:
// - zoo.cfg is the ConfigMap's text: 31z4/zookeeper-docker docker-entrypoint.sh L11-48 writes
//   zoo.cfg only when $ZOO_CONF_DIR/zoo.cfg is missing, and myid only when $ZOO_DATA_DIR/myid is;
// - myid is the command's `$((${HOSTNAME##*-}+1))`, and a StatefulSet pod's hostname is
//   `<statefulset>-<ordinal>` (kubernetes.io, "StatefulSets: Stable Network ID");
// - kafka.properties is what Confluent's configure renders from the KAFKA_* variables (keys
//   sorted, log.dirs /var/lib/kafka/data when unset; confluentinc/kafka-images configure L46-50,
//   L134), `$(POD_NAME)` expanded by Kubernetes from the earlier POD_NAME variable (core/v1
//   EnvVar.value: "Variable references $(VAR_NAME) are expanded using the previously defined
//   environment variables in the container").
const LAYOUTS = join(ROOT, 'fixtures/layouts');

function zooCfg(defects: boolean): string {
  return (
    'dataDir=/data\ndataLogDir=/datalog\ntickTime=2000\ninitLimit=5\nsyncLimit=2\nautopurge.snapRetainCount=3\n' +
    'autopurge.purgeInterval=24\n4lw.commands.whitelist=srvr,ruok,mntr\n' +
    'server.1=zk-0.zk-hs:2888:3888;2181\nserver.2=zk-1.zk-hs:2888:3888;2181\nserver.3=zk-2.zk-hs:2888:3888;2181\n' +
    (defects ? 'server.4=zk-3.zk-hs:2888:3888;2181\n' : '')
  );
}

function brokerProperties(pod: number, defects: boolean): string {
  const connect = `zk-0.zk-hs:2181,zk-1.zk-hs:${defects ? 2182 : 2181},zk-2.zk-hs:2181/kafka`;
  return (
    `advertised.listeners=PLAINTEXT://kafka-${pod}.kafka-hs:9092\ndefault.replication.factor=3\nlisteners=PLAINTEXT://0.0.0.0:9092\n` +
    `log.dirs=/var/lib/kafka/data\nmin.insync.replicas=${defects ? 4 : 2}\nnum.partitions=3\noffsets.topic.replication.factor=3\n` +
    `transaction.state.log.min.isr=2\ntransaction.state.log.replication.factor=3\nzookeeper.connect=${connect}\n`
  );
}

function plainTwin(defects: boolean): string {
  const files: Record<string, string> = {};
  for (const pod of [0, 1, 2]) {
    files[`zk-${pod}/conf/zoo.cfg`] = zooCfg(defects);
    files[`zk-${pod}/data/myid`] = `${pod + 1}\n`;
    files[`kafka-${pod}/etc/kafka/kafka.properties`] = brokerProperties(pod, defects);
  }
  return makeTree(files);
}

/**
 * What only the manifests give: the myid is computed by a shell command when the pod starts,
 * which hacheck does not run, so each ZooKeeper pod gets a note instead of a checked myid.
 */
function unseenMyids(line: number): string {
  return [0, 1, 2]
    .map((pod) => `zookeeper.yaml:${line}:9: info: no myid reaches zk-${pod} from its definition, so it is written when the container starts (by its command or an init container) and is not checked here [container/value-unknown]\n`)
    .join('');
}

test('k8s-zookeeper-kafka-defects gives the findings of its plain twin, each at the manifest line that set the value, and exit 1', async () => {
  const twin = plainTwin(true);
  try {
    const plain = await lintCompact(twin);
    const k8s = await lintCompact(join(LAYOUTS, 'k8s-zookeeper-kafka-defects'));
    assert.equal([k8s.code, k8s.stderr, plain.code], [1, '', 1]);
    // The twin's host folders have no cluster DNS: that server.4 names no pod is what only the manifests tell.
    const shared = withoutRule(withoutRule(k8s.stdout, 'container/value-unknown'), 'container/unresolvable-host');
    assert.equal(distinctFindings(shared), distinctFindings(plain.stdout));
    assert.ok(k8s.stdout.endsWith(unseenMyids(44)), k8s.stdout);
    assert.equal(
      k8s.stdout.split('\n').filter((l) => l.endsWith('[container/unresolvable-host]')),
      ['zookeeper.yaml:39:14: error: server.4 names "zk-3.zk-hs", which no pod of the headless Service "zk-hs" is: its pods are "zk-0.zk-hs", "zk-1.zk-hs", "zk-2.zk-hs" [container/unresolvable-host]'],
    );
    assert.equal(withoutPlaces(shared), [
      'error: zookeeper.connect connects to "zk-1.zk-hs" on port "2182", but the ensemble\'s client port is 2181 [kafka/zookeeper-connect-mismatch]',
      '  note: server.2 serves clients on port "2181"',
      'error: min.insync.replicas is "4" but default.replication.factor is "3", so every acks=all write to a topic created with the default replication factor fails with NotEnoughReplicas [kafka/min-insync-above-replication]',
      '  note: default.replication.factor is "3" here',
      'warning: the ensemble has 4 participants, which tolerate 1 failure, no more than 3 would [zookeeper/ensemble-size]',
      '',
    ].join('\n'));
    assert.equal(places(k8s.stdout), [
      'kafka.yaml:42:49',
      'zookeeper.yaml:37:35',
      'kafka.yaml:52:23',
      'kafka.yaml:50:23',
      'zookeeper.yaml:36:5',
      'zookeeper.yaml:39:14',
      'zookeeper.yaml:44:9',
      'zookeeper.yaml:44:9',
      'zookeeper.yaml:44:9',
    ]);
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('k8s-zookeeper-kafka, the clean twin: exit 0, and no output but the myids its commands write, as its plain twin gives none', async () => {
  const twin = plainTwin(false);
  try {
    assert.equal(await lintCompact(twin), { code: 0, stdout: '', stderr: '' });
    assert.equal(await lintCompact(join(LAYOUTS, 'k8s-zookeeper-kafka')), { code: 0, stdout: unseenMyids(43), stderr: '' });
  } finally {
    rmSync(twin, { recursive: true, force: true });
  }
});

test('hacheck files names each manifest file and, for each pod, the file it gets and where', async () => {
  const run = await runCli(['files', join(LAYOUTS, 'k8s-zookeeper-kafka')]);
  assert.equal([run.code, run.stderr], [0, '']);
  assert.equal(run.stdout, [
    'kafka.yaml      used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka-0, host kafka-0',
    'kafka.yaml      used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka-1, host kafka-1',
    'kafka.yaml      used: server.properties at /etc/kafka/kafka.properties, written by the Confluent Kafka image from the environment; service kafka-2, host kafka-2',
    'kafka.yaml      used: Kubernetes manifests of services kafka-0, kafka-1, kafka-2, zk-0, zk-1, zk-2',
    'zookeeper.yaml  used: zoo.cfg at /conf/zoo.cfg, written in the definition; service zk-0, host zk-0',
    'zookeeper.yaml  used: zoo.cfg at /conf/zoo.cfg, written in the definition; service zk-1, host zk-1',
    'zookeeper.yaml  used: zoo.cfg at /conf/zoo.cfg, written in the definition; service zk-2, host zk-2',
    'zookeeper.yaml  used: Kubernetes manifests of services kafka-0, kafka-1, kafka-2, zk-0, zk-1, zk-2',
    '',
  ].join('\n'));
});

test.run();
