/**
 * Synthetic per-host snapshots of a correct Hadoop 3 HA cluster, for the benchmark
 * (bench/run.ts) and for test/bench-generator.test.ts, in three families (issue #17):
 *
 * - `identical`: every host holds the same copy of each file (node00001-node00002 run
 *   the NameNodes and ZKFCs, node00001-node00003 the JournalNodes, node00001-node00005
 *   the ZooKeeper servers, every other host a DataNode listed in workers). Each host has
 *   core-site.xml, hdfs-site.xml, workers and /etc/ntp.conf; the ZooKeeper hosts also
 *   zoo.cfg and /var/lib/zookeeper/myid.
 * - `differ`: the same cluster, but every host's core-site.xml, hdfs-site.xml and ntp.conf
 *   is its own content, as real snapshots are: a configuration-management header naming
 *   the host, and a per-host `dfs.datanode.hostname` (a key cluster/config-drift does not
 *   compare). Still correct: only the injected defects give findings.
 * - `project`: the layout of fixtures/clusters/hadoop3-per-host scaled up: Hadoop 3.4.1
 *   with yarn-site.xml (ResourceManager HA) and mapred-site.xml, the stock commented
 *   ntp.conf and zoo.cfg, NameNodes and ResourceManagers on node00001-node00002, the
 *   three ZooKeeper servers on the first workers node00003-node00005, every host from
 *   node00003 a DataNode.
 *
 * Defects can be injected on DataNode hosts (from node00006 in every family); each is
 * distinct content, so each gives exactly one finding at that host's own copy, which
 * `expectedFindings` predicts (compact format) from the generator's own text, without
 * running hacheck.
 *
 * In the identical and project families every host's workers file lists every DataNode, as
 * real snapshots copy it, so their input grows as hosts squared in bytes (1.3 GB at 10,000
 * hosts) although each copy is parsed once. The differ family, which measures whether
 * hacheck's own work is linear up to 30,000 hosts, keeps workers on the NameNode hosts only
 * (where start-dfs.sh reads it): its input grows linearly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Family = 'identical' | 'differ' | 'project';
export const FAMILIES: readonly Family[] = ['identical', 'differ', 'project'];

export const HADOOP_DIR = 'opt/hadoop-3.3.6/etc/hadoop';
export const PROJECT_HADOOP_DIR = 'opt/hadoop-3.4.1/etc/hadoop';
export const ZOOKEEPER_DIR = 'opt/apache-zookeeper-3.8.4-bin/conf';
export const NAMESERVICE = 'hacluster';
const PROJECT_NAMESERVICE = 'hdfs-ha';
const ZK_COUNT = 5;
/** The first host that only runs a DataNode in every family: defects go from here on. */
const FIRST_PLAIN_DATANODE = ZK_COUNT + 1;

/**
 * `data-dir`: the host's hdfs-site.xml sets its own dfs.datanode.data.dir (cluster/config-drift).
 * `ntp-source`: the host's ntp.conf follows another time server (ntp/source-drift).
 */
export type DefectKind = 'data-dir' | 'ntp-source';
export interface Defect {
  readonly host: string;
  readonly kind: DefectKind;
}

export function hostName(i: number): string {
  return `node${String(i).padStart(5, '0')}`;
}

function property(name: string, value: string): string {
  return `  <property>\n    <name>${name}</name>\n    <value>${value}</value>\n  </property>\n`;
}

const XML_PROLOGUE = '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>\n';

function site(props: readonly (readonly [string, string])[], header = ''): string {
  return `${XML_PROLOGUE}${header}<configuration>\n${props.map(([n, v]) => property(n, v)).join('\n')}</configuration>\n`;
}

/** The header configuration management writes at the top of the files it owns, naming the host. */
function managedBy(host: string): string {
  return `Managed by Puppet for ${host}: local changes will be overwritten.`;
}

const ZK_HOSTS = Array.from({ length: ZK_COUNT }, (_, i) => hostName(i + 1));
const DATA_DIR = 'file:///data/hadoop/hdfs/data';

export function coreSite(header = ''): string {
  return site(
    [
      ['fs.defaultFS', `hdfs://${NAMESERVICE}`],
      ['hadoop.tmp.dir', '/data/hadoop/tmp'],
      ['ha.zookeeper.quorum', ZK_HOSTS.map((h) => `${h}:2181`).join(',')],
      ['io.file.buffer.size', '131072'],
    ],
    header,
  );
}

/** `datanodeHostname`: the host's own dfs.datanode.hostname (the differ family). */
export function hdfsSite(dataDir = DATA_DIR, header = '', datanodeHostname?: string): string {
  const nn = [hostName(1), hostName(2)];
  return site(
    [
      ['dfs.replication', '3'],
      ['dfs.namenode.name.dir', 'file:///data/hadoop/hdfs/name'],
      ['dfs.datanode.data.dir', dataDir],
      ['dfs.journalnode.edits.dir', '/data/hadoop/hdfs/journal'],
      ['dfs.nameservices', NAMESERVICE],
      [`dfs.ha.namenodes.${NAMESERVICE}`, 'nn1,nn2'],
      [`dfs.namenode.rpc-address.${NAMESERVICE}.nn1`, `${nn[0]}:8020`],
      [`dfs.namenode.rpc-address.${NAMESERVICE}.nn2`, `${nn[1]}:8020`],
      [`dfs.namenode.http-address.${NAMESERVICE}.nn1`, `${nn[0]}:9870`],
      [`dfs.namenode.http-address.${NAMESERVICE}.nn2`, `${nn[1]}:9870`],
      ['dfs.namenode.shared.edits.dir', `qjournal://${hostName(1)}:8485;${hostName(2)}:8485;${hostName(3)}:8485/${NAMESERVICE}`],
      [`dfs.client.failover.proxy.provider.${NAMESERVICE}`, 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider'],
      ['dfs.ha.fencing.methods', 'sshfence\nshell(/bin/true)'],
      ['dfs.ha.fencing.ssh.private-key-files', '/home/hdfs/.ssh/id_rsa'],
      ['dfs.ha.automatic-failover.enabled', 'true'],
      ['dfs.blocksize', '268435456'],
      ['dfs.namenode.handler.count', '100'],
      ...(datanodeHostname === undefined ? [] : [['dfs.datanode.hostname', datanodeHostname] as const]),
    ],
    header,
  );
}

/** One host a line, from `first` to `hosts`. */
export function workers(hosts: number, first = ZK_COUNT + 1): string {
  let out = '';
  for (let i = first; i <= hosts; i++) out += `${hostName(i)}\n`;
  return out;
}

const NTP_POOL = 'ubuntu.pool.ntp.org';
/** ntp.conf following the numbered pool zone, or one `server` when given; `header` is a first comment line. */
export function ntpConf(server?: string, header?: string): string {
  return (
    (header === undefined ? '' : `# ${header}\n`) +
    '# /etc/ntp.conf, configuration for ntpd; see ntp.conf(5) for help\n\ndriftfile /var/lib/ntp/ntp.drift\n' +
    'leapfile /usr/share/zoneinfo/leap-seconds.list\n\n' +
    (server ? `server ${server} iburst\n` : [0, 1, 2, 3].map((n) => `pool ${n}.${NTP_POOL} iburst\n`).join('')) +
    '\nrestrict -4 default kod notrap nomodify nopeer noquery limited\nrestrict -6 default kod notrap nomodify nopeer noquery limited\n' +
    'restrict 127.0.0.1\nrestrict ::1\nrestrict source notrap nomodify noquery\n'
  );
}

export function zooCfg(): string {
  return (
    'tickTime=2000\ninitLimit=10\nsyncLimit=5\ndataDir=/var/lib/zookeeper\nclientPort=2181\n' +
    'autopurge.snapRetainCount=3\nautopurge.purgeInterval=24\nadmin.enableServer=false\n4lw.commands.whitelist=srvr,ruok,mntr\n' +
    ZK_HOSTS.map((h, i) => `server.${i + 1}=${h}:2888:3888\n`).join('')
  );
}

// The project family: fixtures/clusters/hadoop3-per-host, its namenode1/namenode2 as
// node00001/node00002 and its worker<k> as node<k + 2>.
const PROJECT_ZK_HOSTS = [hostName(3), hostName(4), hostName(5)];
const PROJECT_QUORUM = PROJECT_ZK_HOSTS.map((h) => `${h}:2181`).join(',');
const SITE_COMMENT = '<!-- Put site-specific property overrides in this file. -->\n';

function spacedSite(comment: string, body: string): string {
  return `${XML_PROLOGUE}${comment}<configuration>\n${body}</configuration>\n`;
}

export function projectCoreSite(): string {
  return spacedSite(
    SITE_COMMENT,
    [
      property('fs.defaultFS', `hdfs://${PROJECT_NAMESERVICE}`),
      property('hadoop.tmp.dir', '/data/hadoop/tmp'),
      property('ha.zookeeper.quorum', PROJECT_QUORUM),
    ].join('\n'),
  );
}

export function projectHdfsSite(dataDir = DATA_DIR): string {
  const ns = PROJECT_NAMESERVICE;
  const [nn1, nn2, jn3] = [hostName(1), hostName(2), hostName(3)];
  return spacedSite(
    SITE_COMMENT,
    [
      property('dfs.replication', '3'),
      property('dfs.namenode.name.dir', 'file:///data/hadoop/hdfs/name'),
      property('dfs.datanode.data.dir', dataDir),
      property('dfs.journalnode.edits.dir', '/data/hadoop/hdfs/journal'),
      property('dfs.nameservices', ns),
      property(`dfs.ha.namenodes.${ns}`, 'nn1,nn2'),
      property(`dfs.namenode.rpc-address.${ns}.nn1`, `${nn1}:8020`),
      property(`dfs.namenode.rpc-address.${ns}.nn2`, `${nn2}:8020`),
      property(`dfs.namenode.http-address.${ns}.nn1`, `${nn1}:9870`),
      property(`dfs.namenode.http-address.${ns}.nn2`, `${nn2}:9870`),
      property('dfs.namenode.shared.edits.dir', `qjournal://${nn1}:8485;${nn2}:8485;${jn3}:8485/${ns}`),
      property(`dfs.client.failover.proxy.provider.${ns}`, 'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider'),
      '  <!-- One method a line: sshfence first, then a method that always succeeds. -->\n' +
        property('dfs.ha.fencing.methods', 'sshfence\nshell(/bin/true)'),
      property('dfs.ha.fencing.ssh.private-key-files', '/home/hdfs/.ssh/id_rsa'),
      property('dfs.ha.automatic-failover.enabled', 'true'),
    ].join('\n'),
  );
}

export function projectYarnSite(): string {
  return spacedSite(
    '<!-- ResourceManager HA: two RMs on the NameNode hosts, state and election in the ZooKeeper ensemble. -->\n',
    [
      ['yarn.resourcemanager.ha.enabled', 'true'],
      ['yarn.resourcemanager.cluster-id', 'bench-project'],
      ['yarn.resourcemanager.ha.rm-ids', 'rm1,rm2'],
      ['yarn.resourcemanager.hostname.rm1', hostName(1)],
      ['yarn.resourcemanager.hostname.rm2', hostName(2)],
      ['yarn.resourcemanager.webapp.address.rm1', `${hostName(1)}:8088`],
      ['yarn.resourcemanager.webapp.address.rm2', `${hostName(2)}:8088`],
      ['yarn.resourcemanager.recovery.enabled', 'true'],
      ['yarn.resourcemanager.store.class', 'org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore'],
      ['hadoop.zk.address', PROJECT_QUORUM],
      ['yarn.nodemanager.aux-services', 'mapreduce_shuffle'],
    ]
      .map(([n, v]) => property(n!, v!))
      .join(''),
  );
}

export function projectMapredSite(): string {
  return spacedSite(
    '<!-- MapReduce on YARN; the JobHistoryServer runs on the first ResourceManager host. -->\n',
    [
      ['mapreduce.framework.name', 'yarn'],
      ['mapreduce.jobhistory.address', `${hostName(1)}:10020`],
      ['mapreduce.jobhistory.webapp.address', `${hostName(1)}:19888`],
    ]
      .map(([n, v]) => property(n!, v!))
      .join(''),
  );
}

/** Ubuntu's stock ntp.conf, as the fixture has it; one `server` instead of the pools when given. */
export function projectNtpConf(server?: string): string {
  return (
    '# /etc/ntp.conf, configuration for ntpd; see ntp.conf(5) for help\n\ndriftfile /var/lib/ntp/ntp.drift\n\n' +
    '# Leap seconds definition provided by tzdata\nleapfile /usr/share/zoneinfo/leap-seconds.list\n\n' +
    '# Specify one or more NTP servers.\n\n' +
    '# Use servers from the NTP Pool Project. Approved by Ubuntu Technical Board\n' +
    '# on 2011-02-08 (LP: #104525). See http://www.pool.ntp.org/join.html for\n# more information.\n' +
    (server ? `server ${server} iburst\n` : [0, 1, 2, 3].map((n) => `pool ${n}.${NTP_POOL} iburst\n`).join('')) +
    "\n# By default, exchange time with everybody, but don't allow configuration.\n" +
    'restrict -4 default kod notrap nomodify nopeer noquery limited\nrestrict -6 default kod notrap nomodify nopeer noquery limited\n\n' +
    '# Local users may interrogate the ntp server more closely.\nrestrict 127.0.0.1\nrestrict ::1\n\n' +
    '# Needed for adding pool entries\nrestrict source notrap nomodify noquery\n'
  );
}

/** ZooKeeper's stock zoo_sample.cfg with the ensemble, as the fixture has it. */
export function projectZooCfg(): string {
  return (
    '# The number of milliseconds of each tick\ntickTime=2000\n# The number of ticks that the initial \n' +
    '# synchronization phase can take\ninitLimit=10\n# The number of ticks that can pass between \n' +
    '# sending a request and getting an acknowledgement\nsyncLimit=5\n# the directory where the snapshot is stored.\n' +
    'dataDir=/var/lib/zookeeper\n# the port at which the clients will connect\nclientPort=2181\n' +
    '# the maximum number of client connections.\n# increase this if you need to handle more clients\n#maxClientCnxns=60\n#\n' +
    '# Be sure to read the maintenance section of the \n# administrator guide before turning on autopurge.\n#\n' +
    '# https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_maintenance\n#\n' +
    '# The number of snapshots to retain in dataDir\nautopurge.snapRetainCount=3\n# Purge task interval in hours\n' +
    '# Set to "0" to disable auto purge feature\nautopurge.purgeInterval=24\n' +
    '# Four-letter words the health checks and the monitoring send (3.5.3+ answers only srvr by default).\n' +
    '4lw.commands.whitelist=srvr,ruok,mntr\n\n## Metrics Providers\n#\n# https://prometheus.io Metrics Exporter\n' +
    '#metricsProvider.className=org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider\n' +
    '#metricsProvider.httpHost=0.0.0.0\n#metricsProvider.httpPort=7000\n#metricsProvider.exportJvmInfo=true\n\n' +
    '# AdminServer (3.5+)\nadmin.enableServer=false\n\n# The ensemble: server.<myid>=<host>:<quorum port>:<election port>\n' +
    PROJECT_ZK_HOSTS.map((h, i) => `server.${i + 1}=${h}:2888:3888\n`).join('')
  );
}

/** A host's own data directory, distinct per host so that each defect is its own content. */
function defectDataDir(host: string): string {
  return `file:///data/hadoop/hdfs/data-${host}`;
}
function defectNtpServer(host: string): string {
  return `time-${host}.example.net`;
}

/**
 * `count` defects spread evenly over the plain DataNode hosts (from node00006, in every
 * family), alternating kinds; one per 1,000 hosts by default (at least one).
 */
export function defaultDefects(hosts: number, count = Math.max(1, Math.floor(hosts / 1000))): Defect[] {
  const dataNodes = hosts - ZK_COUNT;
  if (dataNodes <= 0) return [];
  const out: Defect[] = [];
  for (let k = 0; k < Math.min(count, dataNodes); k++) {
    const i = FIRST_PLAIN_DATANODE + Math.floor(((k + 0.5) * dataNodes) / count);
    out.push({ host: hostName(Math.min(i, hosts)), kind: k % 2 === 0 ? 'data-dir' : 'ntp-source' });
  }
  return out;
}

export interface GenerateOptions {
  readonly hosts: number;
  readonly defects?: readonly Defect[];
  /** `identical` when absent. */
  readonly family?: Family;
}

type HostFile = readonly [path: string, text: string];

/**
 * The files of each host of a family. The shared texts are built once per cluster: at
 * 30,000 hosts the identical and project families write one string per file kind.
 */
function familyFiles(family: Family, hosts: number): (i: number, defect: Defect | undefined) => HostFile[] {
  if (family === 'project') {
    const core = projectCoreSite();
    const hdfs = projectHdfsSite();
    const yarn = projectYarnSite();
    const mapred = projectMapredSite();
    const work = workers(hosts, 3);
    const ntp = projectNtpConf();
    const zoo = projectZooCfg();
    const d = PROJECT_HADOOP_DIR;
    return (i, defect) => {
      const host = hostName(i);
      const zk = PROJECT_ZK_HOSTS.indexOf(host);
      return [
        [`${d}/core-site.xml`, core],
        [`${d}/hdfs-site.xml`, defect?.kind === 'data-dir' ? projectHdfsSite(defectDataDir(host)) : hdfs],
        [`${d}/yarn-site.xml`, yarn],
        [`${d}/mapred-site.xml`, mapred],
        [`${d}/workers`, work],
        ['etc/ntp.conf', defect?.kind === 'ntp-source' ? projectNtpConf(defectNtpServer(host)) : ntp],
        ...(zk < 0
          ? []
          : ([
              [`${ZOOKEEPER_DIR}/zoo.cfg`, zoo],
              ['var/lib/zookeeper/myid', `${zk + 1}\n`],
            ] as const)),
      ];
    };
  }
  const differ = family === 'differ';
  const core = coreSite();
  const hdfs = hdfsSite();
  const work = workers(hosts);
  const ntp = ntpConf();
  const zoo = zooCfg();
  return (i, defect) => {
    const host = hostName(i);
    const header = differ ? `<!-- ${managedBy(host)} -->\n` : '';
    const dataDir = defect?.kind === 'data-dir' ? defectDataDir(host) : DATA_DIR;
    const server = defect?.kind === 'ntp-source' ? defectNtpServer(host) : undefined;
    return [
      [`${HADOOP_DIR}/core-site.xml`, differ ? coreSite(header) : core],
      [`${HADOOP_DIR}/hdfs-site.xml`, differ || defect?.kind === 'data-dir' ? hdfsSite(dataDir, header, differ ? host : undefined) : hdfs],
      // Only the NameNode hosts, where start-dfs.sh reads it: a copy on every host would make the input grow as hosts squared in bytes.
      ...(differ && i > 2 ? [] : ([[`${HADOOP_DIR}/workers`, work]] as const)),
      ['etc/ntp.conf', differ || server ? ntpConf(server, differ ? managedBy(host) : undefined) : ntp],
      ...(i <= ZK_COUNT
        ? ([
            [`${ZOOKEEPER_DIR}/zoo.cfg`, zoo],
            ['var/lib/zookeeper/myid', `${i}\n`],
          ] as const)
        : []),
    ];
  };
}

/** Writes the cluster under `dir` (which must be empty or absent). Returns the number of files written. */
export function generateCluster(dir: string, options: GenerateOptions): number {
  const { hosts } = options;
  if (hosts < FIRST_PLAIN_DATANODE) throw new Error(`at least ${FIRST_PLAIN_DATANODE} hosts`);
  const defects = new Map((options.defects ?? []).map((d) => [d.host, d]));
  const filesOf = familyFiles(options.family ?? 'identical', hosts);
  const made = new Set<string>();
  let files = 0;
  for (let i = 1; i <= hosts; i++) {
    const host = hostName(i);
    made.clear();
    for (const [path, text] of filesOf(i, defects.get(host))) {
      const parent = join(dir, host, path, '..');
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      writeFileSync(join(dir, host, path), text);
      files++;
    }
  }
  return files;
}

/** One hdfs-site.xml of `count` properties (with descriptions, as *-default.xml has), in `dir`/conf. */
export function generateLargeSite(dir: string, count = 10_000): void {
  mkdirSync(join(dir, 'conf'), { recursive: true });
  let body = '';
  for (let i = 0; i < count; i++) {
    body +=
      `  <property>\n    <name>bench.generated.property.${String(i).padStart(5, '0')}</name>\n    <value>value-${i}</value>\n` +
      `    <description>Generated property ${i} of ${count}, with a description of the usual length for a Hadoop default file.</description>\n  </property>\n`;
  }
  writeFileSync(join(dir, 'conf/hdfs-site.xml'), `<?xml version="1.0"?>\n<configuration>\n${body}</configuration>\n`);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/** Position of the value `value` inside its <value> element. */
function valuePosition(xml: string, value: string): { line: number; column: number } {
  const p = positionOf(xml, `<value>${value}</value>`);
  return { line: p.line, column: p.column + '<value>'.length };
}

/**
 * The findings hacheck must report on a generated cluster, in the compact format
 * (sorted by path as hacheck sorts them), derived from the generator's own text:
 * each defect's position in its host's file, and the note at the first host's copy.
 */
export function expectedFindings(options: GenerateOptions): string[] {
  const { hosts } = options;
  const filesOf = familyFiles(options.family ?? 'identical', hosts);
  const defects = [...(options.defects ?? [])].sort((a, b) => (a.host < b.host ? -1 : 1));
  const first = hostName(1);
  const firstFiles = new Map(filesOf(1, undefined));
  const textOf = (files: Map<string, string>, name: string): [string, string] => {
    for (const [path, text] of files) if (path.endsWith(name)) return [path, text];
    throw new Error(`no ${name}`);
  };
  const out: string[] = [];
  const dataDirDefects = defects.filter((d) => d.kind === 'data-dir').length;
  const ntpDefects = defects.filter((d) => d.kind === 'ntp-source').length;
  for (const d of defects) {
    const own = new Map(filesOf(Number(d.host.slice('node'.length)), d));
    if (d.kind === 'data-dir') {
      const [path, text] = textOf(own, '/hdfs-site.xml');
      const p = valuePosition(text, defectDataDir(d.host));
      const q = valuePosition(textOf(firstFiles, '/hdfs-site.xml')[1], DATA_DIR);
      out.push(
        `${d.host}/${path}:${p.line}:${p.column}: warning: dfs.datanode.data.dir is "${defectDataDir(d.host)}" in this copy but "${DATA_DIR}" on ${hosts - dataDirDefects} of ${hosts} hosts [cluster/config-drift]`,
        `  ${first}/${path}:${q.line}:${q.column}: note: ${first}'s copy sets "${DATA_DIR}"`,
      );
    } else {
      const p = positionOf(textOf(own, 'ntp.conf')[1], defectNtpServer(d.host));
      const q = positionOf(textOf(firstFiles, 'ntp.conf')[1], `0.${NTP_POOL}`);
      out.push(
        `${d.host}/etc/ntp.conf:${p.line}:${p.column}: warning: "${d.host}" takes its time from "${defectNtpServer(d.host)}" but ${hosts - ntpDefects} of ${hosts} hosts take it from "${NTP_POOL}" [ntp/source-drift]`,
        `  ${first}/etc/ntp.conf:${q.line}:${q.column}: note: "${first}" takes its time from "${NTP_POOL}"`,
      );
    }
  }
  return out;
}
