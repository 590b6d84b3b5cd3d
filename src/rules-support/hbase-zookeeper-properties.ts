/**
 * HBase's `hbase.zookeeper.property.<key>` settings against the zoo.cfg of the ensemble HBase
 * connects to, for hbase/zookeeper-property-mismatch.
 *
 * ZKConfig.makeZKPropsFromHbaseConfig (apache/hbase @02dd2567, L57-102) strips the prefix and
 * hands every such key to the ZooKeeper *server* HBase starts itself (HQuorumPeer, when HBase
 * manages ZooKeeper). A master, RegionServer or client connecting to an external ensemble reads
 * only `clientPort` of them, as the port of a quorum entry written without one
 * (getZKQuorumServersStringFromHbaseConfig, L108-115; buildZKQuorumServerString).
 */
import type { ConfProperty, HbaseConf } from '../model/types.ts';
import { zooValue, type ZooCfg, type ZooEntry } from '../parse/zoo-cfg.ts';
import { zooKey, type ZooKey } from '../knowledge/zookeeper-keys.ts';
import { hbaseProperty } from './hbase.ts';
import { javaInt, javaLong } from './zookeeper.ts';

/** HConstants.ZK_CFG_PROPERTY_PREFIX. */
export const HBASE_ZK_PROPERTY_PREFIX = 'hbase.zookeeper.property.';

/**
 * What ZooKeeper uses for a key zoo.cfg leaves out, for the keys whose default is one number:
 * ZooKeeperServer.DEFAULT_TICK_TIME = 3000 (3.4.14 L103, master L198); QuorumPeerConfig
 * maxClientCnxns = 60 (docs/reference/hadoop-zookeeper-facts.md, QPC L55), purgeInterval = 0
 * (3.4.14 L77) and snapRetainCount = 3 (3.4.14 L95). Keys without a default (dataDir,
 * initLimit, syncLimit) or whose default derives from another (min/maxSessionTimeout) are only
 * compared when zoo.cfg sets them.
 */
const ZOOKEEPER_DEFAULTS: Readonly<Record<string, string>> = {
  tickTime: '3000',
  maxClientCnxns: '60',
  'autopurge.purgeInterval': '0',
  'autopurge.snapRetainCount': '3',
};

/** One `hbase.zookeeper.property.<key>` HBase reads, with the ZooKeeper key it stands for. */
export interface HbaseZkProperty {
  readonly property: ConfProperty;
  /** The zoo.cfg key: the name without the prefix. */
  readonly zkKey: string;
  readonly key: ZooKey;
}

/**
 * The set, resolved `hbase.zookeeper.property.*` of a configuration that are zoo.cfg keys.
 * Others are left out: HBase 2.5+ passes client-side keys (`client.secure`, `ssl.keyStore.*`,
 * `clientCnxnSocket`) to its own ZooKeeper client (ZKConfig.getZKClientConfig), which the
 * ensemble's server-side `ssl.*` need not equal, and keys ZooKeeper does not have mean nothing
 * to compare.
 */
export function hbaseZkProperties(conf: HbaseConf): HbaseZkProperty[] {
  const out: HbaseZkProperty[] = [];
  for (const name of Object.keys(conf.effective).sort()) {
    if (!name.startsWith(HBASE_ZK_PROPERTY_PREFIX)) continue;
    const zkKey = name.slice(HBASE_ZK_PROPERTY_PREFIX.length);
    const key = zooKey(zkKey);
    const property = hbaseProperty(conf, name);
    // server.N and the other numbered families describe membership: hbase.zookeeper.quorum
    // builds HBase's own server.N lines (makeZKPropsFromHbaseConfig L82-99).
    if (!key || !property) continue;
    out.push({ property, zkKey, key });
  }
  return out;
}

/** What the ensemble uses for a key: zoo.cfg's own line, else ZooKeeper's default when it has a simple one. */
export function ensembleValue(zoo: ZooCfg, zkKey: string): { entry: ZooEntry | undefined; value: string } | undefined {
  const entry = zooValue(zoo, zkKey);
  if (entry) return entry.value.value === '' ? undefined : { entry, value: entry.value.value };
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype.
  const fallback = Object.hasOwn(ZOOKEEPER_DEFAULTS, zkKey) ? ZOOKEEPER_DEFAULTS[zkKey] : undefined;
  return fallback === undefined ? undefined : { entry: undefined, value: fallback };
}

/** Without trailing slashes, "/" kept: /var/lib/zookeeper/ and /var/lib/zookeeper are one directory. */
function normalPath(p: string): string {
  const stripped = p.replace(/\/+$/, '');
  return stripped === '' && p !== '' ? '/' : stripped;
}

/**
 * Whether HBase's value and the ensemble's mean the same to ZooKeeper: numbers as parsed
 * (`02000` is 2000), booleans without case, paths without trailing slashes. A value ZooKeeper
 * could not parse is never "the same", but is left out by the caller (zookeeper/invalid-number
 * reports zoo.cfg's).
 */
export function sameSetting(key: ZooKey, hbase: string, ensemble: string): boolean {
  switch (key.type) {
    case 'int': {
      const a = javaInt(hbase);
      return a !== undefined && a === javaInt(ensemble);
    }
    case 'long': {
      const a = javaLong(hbase);
      return a !== undefined && a === javaLong(ensemble);
    }
    case 'boolean':
      return hbase.toLowerCase() === ensemble.toLowerCase();
    case 'path':
      return normalPath(hbase) === normalPath(ensemble);
    default:
      return hbase === ensemble;
  }
}

/** Whether both values parse as the key's type: comparing an unparsable value says nothing new. */
export function comparable(key: ZooKey, hbase: string, ensemble: string): boolean {
  if (key.type === 'int') return javaInt(hbase) !== undefined && javaInt(ensemble) !== undefined;
  if (key.type === 'long') return javaLong(hbase) !== undefined && javaLong(ensemble) !== undefined;
  if (key.type === 'boolean') return [hbase, ensemble].every((v) => /^(true|false)$/i.test(v));
  return true;
}
