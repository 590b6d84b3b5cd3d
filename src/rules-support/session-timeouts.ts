/**
 * ZooKeeper session timeouts: the bounds an ensemble grants (from its zoo.cfg) and the
 * timeouts its clients ask for (HBase, the ZKFC, the ResourceManager, Kafka brokers), for
 * cluster/zookeeper-session-timeout-clamped.
 *
 * ZooKeeperServer.processConnectRequest (ZooKeeper 3.4.14 L928-934, master L1521-1527) moves a
 * requested timeout below getMinSessionTimeout() up to it and one above getMaxSessionTimeout()
 * down to it, without telling the client beyond the negotiated value; an unset bound is
 * 2 × tickTime and 20 × tickTime (getMinSessionTimeout / getMaxSessionTimeout).
 */
import { quote } from '../engine/quote.ts';
import { locatedValue } from '../model/hdfs-topology.ts';
import { connectEntries } from '../model/connect-string.ts';
import { atLeast } from '../model/versions.ts';
import type { Cluster, ConfProperty, ZkConnectEntry } from '../model/types.ts';
import { kafkaValue } from '../parse/kafka-properties.ts';
import { zooValue, type ZooCfg, type ZooEntry } from '../parse/zoo-cfg.ts';
import type { Span } from '../text/span.ts';
import { trimLocated } from '../text/sub-span.ts';
import { OncePerContent, confsByPath } from './cluster-hosts.ts';
import { hbaseProperty, quorumEntries } from './hbase.ts';
import { distinctBrokerFiles } from './kafka.ts';
import { placeholderIn } from './placeholders.ts';
import { yarnConfsByPath } from './yarn.ts';
import { compareWithEnsemble, type Ensemble } from './zookeeper-connect.ts';
import { javaInt } from './zookeeper.ts';

/** ZooKeeperServer.DEFAULT_TICK_TIME (3.4.14 L103, master L198): the tickTime of a zoo.cfg without one. */
const DEFAULT_TICK_TIME = 3000;

/** HConstants.DEFAULT_ZK_SESSION_TIMEOUT; hbase-default.xml zookeeper.session.timeout = 90000. */
export const HBASE_DEFAULT_SESSION_TIMEOUT = 90000;

export interface SessionBound {
  readonly value: number;
  /** 'maxSessionTimeout is "60000"' or "maxSessionTimeout defaults to 20 × tickTime 2000". */
  readonly why: string;
  /** The zoo.cfg line that decides it: the bound, else tickTime; undefined when both are unset. */
  readonly entry: ZooEntry | undefined;
}

export interface SessionBounds {
  readonly min: SessionBound;
  readonly max: SessionBound;
}

/**
 * The bounds a zoo.cfg grants sessions, undefined when ZooKeeper would not start with them
 * (zookeeper/session-timeout-range and zookeeper/invalid-number report that) or a value does
 * not parse.
 */
export function sessionBounds(cluster: Cluster, zoo: ZooCfg): SessionBounds | undefined {
  const read = (key: string) => {
    const entry = zooValue(zoo, key);
    return { entry, value: entry ? javaInt(entry.value.value) : undefined };
  };
  const tick = read('tickTime');
  const min = read('minSessionTimeout');
  const max = read('maxSessionTimeout');
  if ([tick, min, max].some((r) => r.entry && r.value === undefined)) return undefined;
  const tickTime = tick.value ?? DEFAULT_TICK_TIME;
  // tickTime=0 is "tickTime is not set"; a negative one makes no sense of the multiples.
  if (tickTime <= 0) return undefined;
  // 3.4 compares the raw settings, an unset maxSessionTimeout being -1: it refuses to start.
  if (min.entry && !max.entry && !atLeast(cluster.zookeeperVersion, 3, 5)) return undefined;
  const tickText = tick.entry ? `tickTime ${quote(tick.entry.value.value)}` : `the default tickTime ${DEFAULT_TICK_TIME}`;
  const bound = (r: typeof min, key: string, factor: number): SessionBound =>
    r.entry && r.value !== undefined
      ? { value: r.value, why: `${key} is ${quote(r.entry.value.value)}`, entry: r.entry }
      // tickTime * 2 and tickTime * 20 are Java int products: a huge tickTime wraps around,
      // and ZooKeeper 3.5+ then refuses to start (min > max), which the check below leaves out.
      : { value: Math.imul(factor, tickTime), why: `${key} defaults to ${factor} × ${tickText}`, entry: tick.entry };
  const bounds = { min: bound(min, 'minSessionTimeout', 2), max: bound(max, 'maxSessionTimeout', 20) };
  return bounds.min.value <= bounds.max.value ? bounds : undefined;
}

/** One client's requested session timeout. */
export interface SessionRequest {
  /** "HBase", "the ZKFC", "the ResourceManager", "the Kafka broker". */
  readonly client: string;
  readonly key: string;
  readonly requested: number;
  /** Where it is written; for HBase's default, its hbase.zookeeper.quorum value. */
  readonly span: Span;
  /** True when the value is the client's default, not written. */
  readonly isDefault: boolean;
}

/** Whether a connect string names a server of the ensemble (an IP address against host names counts, unresolved). */
function namesEnsemble(ensemble: Ensemble, entries: readonly ZkConnectEntry[]): boolean {
  return entries
    .filter((e) => trimLocated(e.host).value !== '')
    .some((e) => compareWithEnsemble(ensemble, [e], 0).every((m) => m.kind !== 'not-a-server'));
}

/** A written, resolved Hadoop property holding a positive Java int. */
function positiveInt(p: ConfProperty | undefined): number | undefined {
  if (!p || p.value === '' || p.unresolved.length > 0) return undefined;
  const n = javaInt(p.value);
  return n !== undefined && n > 0 ? n : undefined;
}

function written(client: string, p: ConfProperty, requested: number): SessionRequest {
  return { client, key: p.name, requested, span: locatedValue(p).span, isDefault: false };
}

/**
 * Every session timeout a client of the ensemble asks for: only clients whose connect string
 * names a server of the ensemble and that run with it, one request per distinct content.
 */
export function sessionRequests(cluster: Cluster, ensemble: Ensemble): SessionRequest[] {
  const out: SessionRequest[] = [];

  // HBase: RecoverableZooKeeper gets zookeeper.session.timeout (default 90000). Only a
  // distributed HBase uses the external ensemble: standalone starts its own in the master's JVM.
  for (const conf of cluster.hbaseConfs) {
    const quorum = hbaseProperty(conf, 'hbase.zookeeper.quorum');
    if (!quorum || conf.effective['hbase.cluster.distributed']?.value.toLowerCase() !== 'true') continue;
    if (!namesEnsemble(ensemble, quorumEntries(quorum))) continue;
    const p = conf.effective['zookeeper.session.timeout'];
    if (p && p.value !== '') {
      const n = positiveInt(p);
      if (n !== undefined) out.push(written('HBase', p, n));
    } else {
      out.push({ client: 'HBase', key: 'zookeeper.session.timeout', requested: HBASE_DEFAULT_SESSION_TIMEOUT, span: locatedValue(quorum).span, isDefault: true });
    }
  }

  // The ZKFC runs only with automatic failover; it reads ha.zookeeper.session-timeout.ms.
  const once = new OncePerContent();
  for (const conf of confsByPath(cluster, 'core-site.xml')) {
    const q = conf.hdfs.zkQuorum;
    if (!q || !conf.hdfs.automaticFailover || q.property.unresolved.length > 0) continue;
    const p = conf.effective['ha.zookeeper.session-timeout.ms'];
    const n = positiveInt(p);
    if (!p || n === undefined || !namesEnsemble(ensemble, connectEntries(locatedValue(q.property)))) continue;
    if (once.first(p.file.hash, p.prop.span)) out.push(written('the ZKFC', p, n));
  }

  // The ResourceManager talks to ZooKeeper for its embedded elector and its ZooKeeper state
  // store. 3.x reads hadoop.zk.timeout-ms, whose deprecated name is yarn.resourcemanager.zk-timeout-ms.
  const rmOnce = new OncePerContent();
  for (const conf of yarnConfsByPath(cluster)) {
    const zk = conf.yarn.zkAddress;
    if (!zk || zk.property.unresolved.length > 0 || !(conf.yarn.embeddedFailover || conf.yarn.zkStateStore)) continue;
    const set = (key: string) => (conf.effective[key]?.value ? conf.effective[key] : undefined);
    const p = cluster.hadoopVersion.major >= 3
      ? set('hadoop.zk.timeout-ms') ?? set('yarn.resourcemanager.zk-timeout-ms')
      : set('yarn.resourcemanager.zk-timeout-ms');
    const n = positiveInt(p);
    if (!p || n === undefined || !namesEnsemble(ensemble, connectEntries(locatedValue(zk.property)))) continue;
    if (rmOnce.first(p.file.hash, p.prop.span)) out.push(written('the ResourceManager', p, n));
  }

  // Kafka brokers in ZooKeeper mode: zookeeper.session.timeout.ms (an INT, trimmed by ConfigDef).
  for (const file of distinctBrokerFiles(cluster)) {
    const connect = kafkaValue(file.kafka, 'zookeeper.connect');
    if (!connect || connect.value.value === '' || placeholderIn('zookeeper.connect', connect.value.value)) continue;
    const t = kafkaValue(file.kafka, 'zookeeper.session.timeout.ms');
    const n = t ? javaInt(t.value.value) : undefined;
    if (!t || n === undefined || n <= 0 || !namesEnsemble(ensemble, connectEntries(connect.value))) continue;
    out.push({ client: 'the Kafka broker', key: 'zookeeper.session.timeout.ms', requested: n, span: t.value.span, isDefault: false });
  }
  return out;
}
