import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isKubernetesManifest, kubernetesProject } from '../src/containers/kubernetes/index.ts';
import type { ContainerEnv, ContainerMount, ContainerService, SourcedText } from '../src/containers/types.ts';
import type { Span } from '../src/text/span.ts';

// The Kubernetes manifest reader on the shapes real repositories hold: a ConfigMap of
// apache/hadoop-image variables, the Kubernetes ZooKeeper tutorial's StatefulSet, a zoo.cfg
// in a block scalar, rendered and unrendered Helm charts.

const at = (s: Span) => `${s.file}:${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
const st = (t: SourcedText | undefined) => (t ? `${t.value} @${at(t.span)}` : 'undefined');
const env = (e: ContainerEnv) => `${st(e.name)} = ${st(e.value)}`;
const mount = (m: ContainerMount) =>
  m.kind === 'inline' ? `inline ${m.target} [${m.files.map((f) => f.target).join(', ')}] @${at(m.span)}` : `${m.kind} ${m.target} @${at(m.span)}`;
const service = (s: ContainerService) => ({
  name: st(s.name),
  names: s.names.map((n) => n.value),
  hostname: st(s.hostname),
  image: st(s.image),
  env: s.env.map(env),
  mounts: s.mounts.map(mount),
  replicas: s.replicas,
  hostNetwork: s.hostNetwork,
  extraHosts: s.extraHosts.map((h) => `${st(h.name)} -> ${st(h.address)}`),
  span: at(s.span),
});

// The shape of flokkr/docker-hadoop's examples/hdfs-ha/hdfs-config-configmap.yaml (written here, not copied).
const FLOKKR = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: hdfs-config',
  'data:',
  '  HDFS-SITE.XML_dfs.nameservices: sh',
  "  LOG4J.PROPERTIES_log4j.rootLogger: 'INFO, stdout'",
  '  CORE-SITE.XML_fs.defaultFS: hdfs://sh',
  '  HDFS-SITE.XML_dfs.ha.automatic-failover.enabled: "false"',
  '  NOT_A_FILE: x',
  '',
].join('\n');

test('a ConfigMap of apache/hadoop-image variables alone: unattached, each key an env variable at its key and value', () => {
  assert.ok(isKubernetesManifest(FLOKKR));
  const p = kubernetesProject([{ path: 'k8s/hdfs-config.yaml', text: FLOKKR }]);
  assert.equal(p.services, []);
  assert.equal(p.problems, []);
  assert.equal(p.unattached.length, 1);
  const cm = p.unattached[0]!;
  assert.is(st(cm.name), 'hdfs-config @k8s/hdfs-config.yaml:4:9-4:20');
  assert.equal(cm.files, []);
  assert.equal(cm.env.map(env), [
    'HDFS-SITE.XML_dfs.nameservices @k8s/hdfs-config.yaml:6:3-6:33 = sh @k8s/hdfs-config.yaml:6:35-6:37',
    "LOG4J.PROPERTIES_log4j.rootLogger @k8s/hdfs-config.yaml:7:3-7:36 = INFO, stdout @k8s/hdfs-config.yaml:7:39-7:51",
    'CORE-SITE.XML_fs.defaultFS @k8s/hdfs-config.yaml:8:3-8:29 = hdfs://sh @k8s/hdfs-config.yaml:8:31-8:40',
    'HDFS-SITE.XML_dfs.ha.automatic-failover.enabled @k8s/hdfs-config.yaml:9:3-9:50 = false @k8s/hdfs-config.yaml:9:53-9:58',
  ]);
  assert.is(at(cm.env[0]!.span), 'k8s/hdfs-config.yaml:6:3-6:37');
});

// The Kubernetes tutorial "Running ZooKeeper, A Distributed System Coordinator" (kubernetes/website
// content/en/examples/application/zookeeper/zookeeper.yaml), reduced to what the reader reads.
const TUTORIAL = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: zk-hs',
  'spec:',
  '  ports:',
  '  - port: 2888',
  '    name: server',
  '  clusterIP: None',
  '  selector:',
  '    app.kubernetes.io/name: zk',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: zk-cs',
  'spec:',
  '  ports:',
  '  - port: 2181',
  '  selector:',
  '    app.kubernetes.io/name: zk',
  '---',
  'apiVersion: policy/v1',
  'kind: PodDisruptionBudget',
  'metadata:',
  '  name: zk-pdb',
  'spec:',
  '  maxUnavailable: 1',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: zk',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app.kubernetes.io/name: zk',
  '  serviceName: zk-hs',
  '  replicas: 3',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app.kubernetes.io/name: zk',
  '    spec:',
  '      containers:',
  '      - name: kubernetes-zookeeper',
  '        image: "registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10"',
  '        ports:',
  '        - containerPort: 2181',
  '        volumeMounts:',
  '        - name: datadir',
  '          mountPath: /var/lib/zookeeper',
  '  volumeClaimTemplates:',
  '  - metadata:',
  '      name: datadir',
  '',
].join('\n');

test('the tutorial ZooKeeper StatefulSet: three pods zk-0..2 with their per-pod names under zk-hs, then both Services', () => {
  const p = kubernetesProject([{ path: 'zookeeper.yaml', text: TUTORIAL }]);
  assert.equal(p.problems, []);
  assert.equal(p.templates, []);
  assert.equal(p.unattached, []);
  assert.equal(p.files, ['zookeeper.yaml']);
  assert.equal(p.services.map(service), [0, 1, 2].map((i) => ({
    name: `zk-${i} @zookeeper.yaml:33:9-33:11`,
    names: [
      `zk-${i}`,
      `zk-${i}.zk-hs`,
      `zk-${i}.zk-hs.default`,
      `zk-${i}.zk-hs.default.svc`,
      `zk-${i}.zk-hs.default.svc.cluster.local`,
      'zk-hs',
      'zk-hs.default',
      'zk-hs.default.svc',
      'zk-hs.default.svc.cluster.local',
      'zk-cs',
      'zk-cs.default',
      'zk-cs.default.svc',
      'zk-cs.default.svc.cluster.local',
    ],
    hostname: `zk-${i} @zookeeper.yaml:33:9-33:11`,
    image: 'registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10 @zookeeper.yaml:47:17-47:64',
    env: [],
    mounts: ['opaque /var/lib/zookeeper @zookeeper.yaml:52:22-52:40'],
    replicas: undefined,
    hostNetwork: false,
    extraHosts: [],
    span: 'zookeeper.yaml:33:9-33:11',
  })));
  assert.is(st(p.services[0]!.names[5]), 'zk-hs @zookeeper.yaml:4:9-4:14');
});

test('a StatefulSet in another namespace: the names carry its namespace, and a Service of another namespace does not select it', () => {
  const text = TUTORIAL.replace('  name: zk\n', '  name: zk\n  namespace: coord\n').replace('  replicas: 3', '  replicas: 1');
  const p = kubernetesProject([{ path: 'zk.yaml', text }]);
  assert.equal(p.services.map((s) => s.names.map((n) => n.value)), [['zk-0', 'zk-0.zk-hs', 'zk-0.zk-hs.coord', 'zk-0.zk-hs.coord.svc', 'zk-0.zk-hs.coord.svc.cluster.local']]);
});

// A zoo.cfg in a literal block scalar, mounted by the StatefulSet at /conf.
const ZOO_CFG = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: zk-config',
  'data:',
  '  zoo.cfg: |',
  '    tickTime=2000',
  '    dataDir=/data',
  '',
  '    server.1=zk-0.zk-hs:2888:3888',
  '    server.2=zk-1.zk-hs:2888:3888',
  '  myid: "1"',
  '  log4j.properties: >-',
  '    log4j.rootLogger=INFO,',
  '    CONSOLE',
  '  readme.txt: not a configuration file',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: zk',
  'spec:',
  '  serviceName: zk-hs',
  '  replicas: 2',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: zookeeper',
  '        image: zookeeper:3.8',
  '        volumeMounts:',
  '        - name: conf',
  '          mountPath: /conf',
  '        - name: conf',
  '          mountPath: /opt/zk/zoo.cfg',
  '          subPath: zoo.cfg',
  '      volumes:',
  '      - name: conf',
  '        configMap:',
  '          name: zk-config',
  '',
].join('\n');

test('a zoo.cfg in a ConfigMap block scalar: the file a mounted volume holds, every line and column at the manifest', () => {
  const p = kubernetesProject([{ path: 'zk/all.yaml', text: ZOO_CFG }]);
  assert.equal(p.problems, []);
  assert.equal(p.unattached, []);
  assert.equal(p.services.map((s) => s.mounts.map(mount)), [0, 1].map(() => [
    'inline /conf [/conf/zoo.cfg, /conf/myid, /conf/log4j.properties] @zk/all.yaml:32:22-32:27',
    'inline /opt/zk/zoo.cfg [/opt/zk/zoo.cfg] @zk/all.yaml:34:22-34:37',
  ]));
  const [zoo, myid, log4j] = (p.services[0]!.mounts[0] as Extract<ContainerMount, { kind: 'inline' }>).files;
  assert.is(zoo!.text.text, 'tickTime=2000\ndataDir=/data\n\nserver.1=zk-0.zk-hs:2888:3888\nserver.2=zk-1.zk-hs:2888:3888\n');
  assert.is(zoo!.text.path, 'zk/all.yaml');
  assert.is(at(zoo!.span), 'zk/all.yaml:6:3-6:10');
  const find = (s: string) => zoo!.text.text.indexOf(s);
  assert.is(at(zoo!.text.span(find('zk-1.zk-hs'), find('zk-1.zk-hs') + 10)), 'zk/all.yaml:11:14-11:24');
  assert.is(at(zoo!.text.span(0, 13)), 'zk/all.yaml:7:5-7:18');
  // The parsers count lines in the generated text; its line 4 is the manifest's line 10.
  assert.is(at(zoo!.text.span(zoo!.text.lineStarts[3]!)), 'zk/all.yaml:10:5-10:5');
  assert.is(at(myid!.text.span(0, 1)), 'zk/all.yaml:12:10-12:11');
  // A folded value is not the text as written: the whole value is its place.
  assert.is(log4j!.text.text, 'log4j.rootLogger=INFO, CONSOLE');
  assert.is(at(log4j!.text.span(0, 5)), 'zk/all.yaml:13:21-15:12');
});

test('literal block chomping: |- drops the last line break, |+ keeps the trailing empty lines, each copied from the manifest', () => {
  const cm = (indicator: string, tail: string) =>
    ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: c', 'data:', `  zoo.cfg: ${indicator}`, '      clientPort=2181', '        # indented more', tail].join('\n');
  const strip = kubernetesProject([{ path: 'a.yaml', text: cm('|-', '') }]).unattached[0]!.files[0]!;
  assert.is(strip.text.text, 'clientPort=2181\n  # indented more');
  assert.is(at(strip.text.span(16, 18)), 'a.yaml:8:7-8:9');
  const keep = kubernetesProject([{ path: 'a.yaml', text: cm('|+', '\n\n') }]).unattached[0]!.files[0]!;
  assert.is(keep.text.text, 'clientPort=2181\n  # indented more\n\n\n');
  assert.is(at(keep.text.span(keep.text.text.length - 1)), 'a.yaml:10:1-10:1');
});

const APP = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: env',
  'data:',
  '  ZK: zk-cs:2181',
  '  ZOO_MY_ID: "3"',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: kafka',
  'spec:',
  '  selector:',
  '    app: kafka',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: kafka',
  'spec:',
  '  replicas: 2',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: kafka',
  '        tier: data',
  '    spec:',
  '      hostNetwork: true',
  '      hostAliases:',
  '      - ip: 10.0.0.5',
  '        hostnames: [zk1, zk1.example.org]',
  '      initContainers:',
  '      - name: init',
  '        image: busybox',
  '      containers:',
  '      - name: broker',
  '        image: bitnami/kafka',
  '        envFrom:',
  '        - configMapRef:',
  '            name: env',
  '          prefix: CFG_',
  '        - secretRef:',
  '            name: creds',
  '        env:',
  '        - name: KAFKA_CFG_ZOOKEEPER_CONNECT',
  '          valueFrom:',
  '            configMapKeyRef:',
  '              name: env',
  '              key: ZK',
  '        - name: PASSWORD',
  '          valueFrom:',
  '            secretKeyRef: {name: creds, key: pw}',
  '        - name: POD_IP',
  '          valueFrom:',
  '            fieldRef: {fieldPath: status.podIP}',
  '        - name: MISSING',
  '          valueFrom:',
  '            configMapKeyRef: {name: nowhere, key: x}',
  '        - name: EMPTY',
  '        - name: PORT',
  '          value: "9092"',
  '        volumeMounts:',
  '        - name: logs',
  '          mountPath: /logs',
  '        - name: other',
  '          mountPath: /other',
  '      volumes:',
  '      - name: logs',
  '        emptyDir: {}',
  '      - name: other',
  '        configMap: {name: not-here}',
  '',
].join('\n');

test('a Deployment: one service with its replicas, named by the Services selecting it; env from ConfigMaps resolved, Secrets and fields unknown', () => {
  const p = kubernetesProject([{ path: 'app.yaml', text: APP }]);
  assert.equal(p.problems, []);
  assert.equal(p.unattached, [], 'the ConfigMap is used by envFrom');
  assert.equal(p.services.map(service), [
    {
      name: 'kafka @app.yaml:20:9-20:14',
      names: ['kafka', 'kafka.default', 'kafka.default.svc', 'kafka.default.svc.cluster.local'],
      hostname: 'undefined',
      image: 'bitnami/kafka @app.yaml:38:16-38:29',
      env: [
        'CFG_ZK @app.yaml:6:3-6:5 = zk-cs:2181 @app.yaml:6:7-6:17',
        'CFG_ZOO_MY_ID @app.yaml:7:3-7:12 = 3 @app.yaml:7:15-7:16',
        'KAFKA_CFG_ZOOKEEPER_CONNECT @app.yaml:46:17-46:44 = zk-cs:2181 @app.yaml:6:7-6:17',
        'PASSWORD @app.yaml:51:17-51:25 = undefined',
        'POD_IP @app.yaml:54:17-54:23 = undefined',
        'MISSING @app.yaml:57:17-57:24 = undefined',
        'EMPTY @app.yaml:60:17-60:22 =  @app.yaml:60:11-60:22',
        'PORT @app.yaml:61:17-61:21 = 9092 @app.yaml:62:19-62:23',
      ],
      mounts: ['opaque /logs @app.yaml:65:22-65:27', 'opaque /other @app.yaml:67:22-67:28'],
      replicas: 2,
      hostNetwork: true,
      extraHosts: ['zk1 @app.yaml:32:21-32:24 -> 10.0.0.5 @app.yaml:31:13-31:21', 'zk1.example.org @app.yaml:32:26-32:41 -> 10.0.0.5 @app.yaml:31:13-31:21'],
      span: 'app.yaml:20:9-20:14',
    },
  ]);
});

test('configMap volume items and a DaemonSet: only the listed keys, at their paths; a DaemonSet has no replica count', () => {
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: site}',
    'data:',
    '  core: "<configuration/>"',
    '  hdfs-site.xml: "<configuration/>"',
    '---',
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata: {name: dn}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '      - name: dn',
    '        volumeMounts: [{name: site, mountPath: /etc/hadoop/}]',
    '      volumes:',
    '      - name: site',
    '        configMap:',
    '          name: site',
    '          items: [{key: core, path: conf/core-site.xml}]',
    '',
  ].join('\n');
  const p = kubernetesProject([{ path: 'dn.yaml', text }]);
  assert.equal(p.services.map((s) => [st(s.name), s.replicas, s.names, s.mounts.map(mount)]), [
    ['dn @dn.yaml:10:18-10:20', undefined, [], ['inline /etc/hadoop/ [/etc/hadoop/conf/core-site.xml] @dn.yaml:16:48-16:60']],
  ]);
  const file = (p.services[0]!.mounts[0] as Extract<ContainerMount, { kind: 'inline' }>).files[0]!;
  assert.is(at(file.text.span(1, 14)), 'dn.yaml:5:11-5:24');
});

// `helm template` output: `# Source:` comments, an empty template's lone `---`.
const RENDERED = [
  '---',
  '# Source: zookeeper/templates/empty.yaml',
  '---',
  '# Source: zookeeper/templates/configmap.yaml',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: release-zookeeper',
  '  labels:',
  '    helm.sh/chart: zookeeper-1.0.0',
  'data:',
  '  zoo.cfg: |-',
  '    clientPort=2181',
  '  alerts.tmpl: "{{ $labels.instance }} is down"',
  '',
].join('\n');

test('rendered Helm output is plain manifests; `{{ }}` inside ConfigMap data is file content, not a template', () => {
  assert.ok(isKubernetesManifest(RENDERED));
  const p = kubernetesProject([{ path: 'rendered.yaml', text: RENDERED }]);
  assert.equal(p.problems, []);
  assert.equal(p.templates, []);
  assert.equal(p.unattached.map((u) => [st(u.name), u.files.map((f) => `${f.target}: ${f.text.text} @${at(f.text.span(0, 10))}`)]), [
    ['release-zookeeper @rendered.yaml:8:9-8:26', ['zoo.cfg: clientPort=2181 @rendered.yaml:13:5-13:15']],
  ]);
});

const TEMPLATE = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: plain}',
  'data: {zoo.cfg: "tickTime=2000"}',
  '---',
  'apiVersion: apps/v1',
  'kind: StatefulSet',
  'metadata:',
  '  name: {{ include "zookeeper.fullname" . }}',
  'spec:',
  '  replicas: {{ .Values.replicaCount }}',
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: "{{ .Release.Name }}-zookeeper"',
  '',
].join('\n');

test('an unrendered Helm template: its documents are skipped and the file is listed, not reported as broken YAML', () => {
  assert.ok(isKubernetesManifest(TEMPLATE));
  const p = kubernetesProject([{ path: 'chart/templates/zk.yaml', text: TEMPLATE }]);
  assert.equal(p.problems, []);
  assert.equal(p.templates, ['chart/templates/zk.yaml']);
  assert.equal(p.services, []);
  assert.equal(p.unattached.map((u) => u.name.value), ['plain']);
});

test('invalid YAML: a problem at the place, with the error code and none of the file text; the other documents are read', () => {
  const text = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: a}', 'data:', '  zoo.cfg: [secret', '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: b}', ''].join('\n');
  const p = kubernetesProject([{ path: 'bad.yaml', text }]);
  assert.equal(p.problems.map((x) => `${at(x.span)} ${x.message}`), ['bad.yaml:6:1-6:1 the file is not valid YAML (BAD_INDENT)']);
  assert.equal(p.unattached.map((u) => u.name.value), ['b']);
});

test('a kind: List is its items', () => {
  const text = ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata: {name: zk, labels: {a: b}}', '  spec:', '    hostname: zoo', '    subdomain: zk-hs', '    containers: [{name: c, image: zookeeper}]', ''].join('\n');
  const p = kubernetesProject([{ path: 'list.yaml', text }]);
  assert.equal(p.services.map((s) => [st(s.name), st(s.hostname), s.names.map((n) => n.value)]), [
    ['zk @list.yaml:6:20-6:22', 'zoo @list.yaml:8:15-8:18', ['zoo', 'zoo.zk-hs', 'zoo.zk-hs.default', 'zoo.zk-hs.default.svc', 'zoo.zk-hs.default.svc.cluster.local']],
  ]);
});

test('hostile: a billion replicas read as 256 pods with a problem; an alias bomb is refused before any alias is followed', () => {
  const big = TUTORIAL.replace('  replicas: 3', '  replicas: 999999999');
  const p = kubernetesProject([{ path: 'big.yaml', text: big }]);
  assert.is(p.services.length, 256);
  assert.equal(p.problems.map((x) => `${at(x.span)} ${x.message}`), ['big.yaml:39:13-39:22 999999999 replicas: only the first 256 pods are read']);
  const bomb = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: x}', 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b]', ''].join('\n');
  const q = kubernetesProject([{ path: 'bomb.yaml', text: bomb }]);
  assert.equal(q.problems.map((x) => x.message), ['not loaded: its YAML aliases expand beyond the limit of 20 (a document of aliases of aliases grows exponentially)']);
  assert.equal(q.unattached, []);
});

test('isKubernetesManifest: a compose file, a values.yaml and a non-map document are not manifests', () => {
  assert.not.ok(isKubernetesManifest('services:\n  zk:\n    image: zookeeper\n'));
  assert.not.ok(isKubernetesManifest('kind: thing\nreplicaCount: 3\n'));
  assert.not.ok(isKubernetesManifest('- apiVersion: v1\n- kind: Pod\n'));
  assert.ok(isKubernetesManifest('# header\n---\napiVersion: v1\nkind: Pod\n'));
});

test.run();
