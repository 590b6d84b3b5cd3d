/**
 * Synthetic per-host snapshots of a correct Hadoop 3 HA cluster, for the benchmark
 * (bench/run.ts) and for test/bench-generator.test.ts.
 *
 * Hosts node00001..nodeNNNNN. node00001-node00002 run the NameNodes (and ZKFCs),
 * node00001-node00003 the JournalNodes, node00001-node00005 the ZooKeeper servers,
 * every other host a DataNode (listed in workers). Every host has core-site.xml,
 * hdfs-site.xml and workers (one copy of the same content everywhere) and
 * /etc/ntp.conf; the ZooKeeper hosts also have zoo.cfg and /var/lib/zookeeper/myid.
 *
 * Defects can be injected on DataNode hosts; each is distinct content, so each gives
 * exactly one finding at that host's own copy, which `expectedFindings` predicts
 * (compact format) without running hacheck.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HADOOP_DIR = 'opt/hadoop-3.3.6/etc/hadoop';
export const ZOOKEEPER_DIR = 'opt/apache-zookeeper-3.8.4-bin/conf';
export const NAMESERVICE = 'hacluster';
const ZK_COUNT = 5;

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

function site(props: readonly (readonly [string, string])[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>\n' +
    `<configuration>\n${props.map(([n, v]) => property(n, v)).join('\n')}</configuration>\n`
  );
}

const ZK_HOSTS = Array.from({ length: ZK_COUNT }, (_, i) => hostName(i + 1));
const DATA_DIR = 'file:///data/hadoop/hdfs/data';

export function coreSite(): string {
  return site([
    ['fs.defaultFS', `hdfs://${NAMESERVICE}`],
    ['hadoop.tmp.dir', '/data/hadoop/tmp'],
    ['ha.zookeeper.quorum', ZK_HOSTS.map((h) => `${h}:2181`).join(',')],
    ['io.file.buffer.size', '131072'],
  ]);
}

export function hdfsSite(dataDir = DATA_DIR): string {
  const nn = [hostName(1), hostName(2)];
  return site([
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
  ]);
}

export function workers(hosts: number): string {
  let out = '';
  for (let i = ZK_COUNT + 1; i <= hosts; i++) out += `${hostName(i)}\n`;
  return out;
}

const NTP_POOL = 'ubuntu.pool.ntp.org';
/** ntp.conf following the numbered pool zone, or one `server` when given. */
export function ntpConf(server?: string): string {
  return (
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

/** A host's own data directory, distinct per host so that each defect is its own content. */
function defectDataDir(host: string): string {
  return `file:///data/hadoop/hdfs/data-${host}`;
}
function defectNtpServer(host: string): string {
  return `time-${host}.example.net`;
}

/**
 * `count` defects spread evenly over the DataNode hosts, alternating kinds; one per
 * 1,000 hosts by default (at least one).
 */
export function defaultDefects(hosts: number, count = Math.max(1, Math.floor(hosts / 1000))): Defect[] {
  const dataNodes = hosts - ZK_COUNT;
  if (dataNodes <= 0) return [];
  const out: Defect[] = [];
  for (let k = 0; k < Math.min(count, dataNodes); k++) {
    const i = ZK_COUNT + 1 + Math.floor(((k + 0.5) * dataNodes) / count);
    out.push({ host: hostName(Math.min(i, hosts)), kind: k % 2 === 0 ? 'data-dir' : 'ntp-source' });
  }
  return out;
}

export interface GenerateOptions {
  readonly hosts: number;
  readonly defects?: readonly Defect[];
}

/** Writes the cluster under `dir` (which must be empty or absent). Returns the number of files written. */
export function generateCluster(dir: string, options: GenerateOptions): number {
  const { hosts } = options;
  if (hosts < ZK_COUNT + 1) throw new Error(`at least ${ZK_COUNT + 1} hosts`);
  const defects = new Map((options.defects ?? []).map((d) => [d.host, d]));
  const core = coreSite();
  const hdfs = hdfsSite();
  const work = workers(hosts);
  const ntp = ntpConf();
  const zoo = zooCfg();
  let files = 0;
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    files++;
  };
  for (let i = 1; i <= hosts; i++) {
    const host = hostName(i);
    const defect = defects.get(host);
    mkdirSync(join(dir, host, HADOOP_DIR), { recursive: true });
    mkdirSync(join(dir, host, 'etc'), { recursive: true });
    write(`${host}/${HADOOP_DIR}/core-site.xml`, core);
    write(`${host}/${HADOOP_DIR}/hdfs-site.xml`, defect?.kind === 'data-dir' ? hdfsSite(defectDataDir(host)) : hdfs);
    write(`${host}/${HADOOP_DIR}/workers`, work);
    write(`${host}/etc/ntp.conf`, defect?.kind === 'ntp-source' ? ntpConf(defectNtpServer(host)) : ntp);
    if (i <= ZK_COUNT) {
      mkdirSync(join(dir, host, ZOOKEEPER_DIR), { recursive: true });
      mkdirSync(join(dir, host, 'var/lib/zookeeper'), { recursive: true });
      write(`${host}/${ZOOKEEPER_DIR}/zoo.cfg`, zoo);
      write(`${host}/var/lib/zookeeper/myid`, `${i}\n`);
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

/** 1-based line and column of the `nth` occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function valuePosition(xml: string, value: string): { line: number; column: number } {
  return positionOf(xml, `<value>${value}</value>`);
}

/**
 * The findings hacheck must report on a generated cluster, in the compact format
 * (sorted by path as hacheck sorts them), derived from the generator's own text.
 */
export function expectedFindings(options: GenerateOptions): string[] {
  const { hosts } = options;
  const defects = [...(options.defects ?? [])].sort((a, b) => (a.host < b.host ? -1 : 1));
  const first = hostName(1);
  const out: string[] = [];
  const dataDirDefects = defects.filter((d) => d.kind === 'data-dir').length;
  const ntpDefects = defects.filter((d) => d.kind === 'ntp-source').length;
  for (const d of defects) {
    if (d.kind === 'data-dir') {
      const own = hdfsSite(defectDataDir(d.host));
      const p = valuePosition(own, defectDataDir(d.host));
      const q = valuePosition(hdfsSite(), DATA_DIR);
      out.push(
        `${d.host}/${HADOOP_DIR}/hdfs-site.xml:${p.line}:${p.column + '<value>'.length}: warning: dfs.datanode.data.dir is "${defectDataDir(d.host)}" in this copy but "${DATA_DIR}" on ${hosts - dataDirDefects} of ${hosts} hosts [cluster/config-drift]`,
        `  ${first}/${HADOOP_DIR}/hdfs-site.xml:${q.line}:${q.column + '<value>'.length}: note: ${first}'s copy sets "${DATA_DIR}"`,
      );
    } else {
      const own = ntpConf(defectNtpServer(d.host));
      const p = positionOf(own, defectNtpServer(d.host));
      const q = positionOf(ntpConf(), `0.${NTP_POOL}`);
      out.push(
        `${d.host}/etc/ntp.conf:${p.line}:${p.column}: warning: "${d.host}" takes its time from "${defectNtpServer(d.host)}" but ${hosts - ntpDefects} of ${hosts} hosts take it from "${NTP_POOL}" [ntp/source-drift]`,
        `  ${first}/etc/ntp.conf:${q.line}:${q.column}: note: "${first}" takes its time from "${NTP_POOL}"`,
      );
    }
  }
  return out;
}
