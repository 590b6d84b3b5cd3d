/**
 * Whether a file recognised by a broad name is configuration, decided from the
 * content the loader parsed anyway (no second read), and whether a recognised
 * file is a template. Source of the key lists: Kafka's broker configs
 * documentation (kafka.apache.org/documentation/#brokerconfigs), ZooKeeper's
 * QuorumPeerConfig.parseProperties and its shipped conf/zoo_sample.cfg.
 */
import { kafkaValue, type KafkaProperties } from '../parse/kafka-properties.ts';
import { zooValue, type ZooCfg, type ZooEntry } from '../parse/zoo-cfg.ts';
import { KAFKA_ZOOKEEPER_SAMPLES, ZOO_SAMPLE_SETTINGS } from '../knowledge/zookeeper-sample.ts';
import { KAFKA_SHIPPED_CONFIGS } from '../knowledge/kafka-samples.ts';

/**
 * Keys only a broker sets. Not node.id alone (Presto's and Trino's node.properties set it; a
 * KRaft node sets process.roles with it) nor zookeeper.connect alone (Confluent Control
 * Center sets it beside bootstrap.servers).
 */
const BROKER_ONLY_KEYS = ['broker.id', 'process.roles', 'log.dirs', 'log.dir'];

/**
 * A Kafka broker configuration: it sets a key only brokers set, and not bootstrap.servers,
 * which every client, Connect worker, Streams application and Confluent component needs and a
 * broker never reads (its own clients are configured under prefixes). Schema Registry's
 * `listeners` and Control Center's `zookeeper.connect` are so not taken for a broker's.
 */
export function isBrokerConfig(props: KafkaProperties): boolean {
  if (kafkaValue(props, 'bootstrap.servers') !== undefined) return false;
  return BROKER_ONLY_KEYS.some((k) => kafkaValue(props, k) !== undefined);
}

/**
 * A ZooKeeper server configuration: QuorumPeerConfig requires dataDir, and a server
 * serves clients on clientPort or secureClientPort, or is one of an ensemble's server.N.
 */
export function isZookeeperServerConfig(cfg: ZooCfg): boolean {
  if (zooValue(cfg, 'dataDir') === undefined) return false;
  return zooValue(cfg, 'clientPort') !== undefined || zooValue(cfg, 'secureClientPort') !== undefined || cfg.servers.length > 0;
}

/** Whether the entries set exactly these settings (the last of duplicates wins, as in Properties), whatever the comments. */
function setsExactly(entries: readonly ZooEntry[], settings: ReadonlyMap<string, string>): boolean {
  const last = new Map<string, string>();
  for (const e of entries) last.set(e.key.value, e.value.value);
  if (last.size !== settings.size) return false;
  for (const [key, value] of settings) if (last.get(key) !== value) return false;
  return true;
}

/**
 * A stock sample, by its name: zoo_sample.cfg as ZooKeeper ships it, or Kafka's quickstart
 * zookeeper.properties. Compared by settings rather than bytes because the releases differ
 * only in comments, and a sample someone edited is a configuration again.
 */
export function isStockSample(fileName: string, cfg: ZooCfg): boolean {
  if (fileName === 'zoo_sample.cfg') return setsExactly(cfg.entries, ZOO_SAMPLE_SETTINGS);
  if (fileName === 'zookeeper.properties') return KAFKA_ZOOKEEPER_SAMPLES.some((s) => setsExactly(cfg.entries, s));
  return false;
}

/**
 * The unpacked Kafka release a path lies in: `kafka_<scala>-<version>/` (the binary
 * download, kafka_2.13-3.6.1) or `kafka-<version>-src/` (the source release), at any depth.
 */
const KAFKA_RELEASE_CONFIG = /(?:^|\/)(?:kafka_\d+\.\d+-\d+(?:\.\d+)+|kafka-\d+(?:\.\d+)+-src)\/config\/(?:kraft\/)?[^/]+$/;

/**
 * A broker configuration a Kafka release ships, left untouched in its release folder
 * (`kafka_2.13-3.6.1/config/server.properties`, `.../config/kraft/broker.properties`).
 *
 * Only inside a release folder: elsewhere a file with the stock settings was put there by
 * someone, into a host's folder or a role's files, and it is what a broker runs (Kafka's
 * quickstart starts broker 0 from the stock config/server.properties), so its findings are
 * real. In the unpacked download it is what the release contained, and comparing its
 * broker.id=0 and zookeeper.connect=localhost:2181 with the repository's brokers gives
 * only false findings. `hacheck files` lists it as a stock sample, so nothing is dropped
 * in silence. By settings, not bytes, like isStockSample: an edited sample is read.
 */
export function isStockKafkaSample(path: string, props: KafkaProperties, distributionFolders: ReadonlySet<string> = new Set()): boolean {
  if (!KAFKA_RELEASE_CONFIG.test(path) && !inDistributionFolder(path, distributionFolders)) return false;
  return KAFKA_SHIPPED_CONFIGS.some((c) => setsExactly(props.entries, c.settings));
}

/**
 * Files only a Kafka distribution's config folder holds, all of them beside server.properties:
 * Connect's, the console tools' and the tools' log4j settings. A folder holding three of them is
 * a copy of a release's config/ folder (a repository that is the unpacked release itself, or an
 * image's /etc/kafka copied per container), whatever its name.
 */
const DISTRIBUTION_ONLY = new Set([
  'connect-standalone.properties', 'connect-distributed.properties', 'connect-console-sink.properties', 'connect-console-source.properties',
  'connect-file-sink.properties', 'connect-file-source.properties', 'connect-log4j.properties', 'connect-mirror-maker.properties', 'tools-log4j.properties',
]);

/** The folders (relative paths) holding at least three of a distribution's own config files. */
export function kafkaDistributionFolders(paths: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    if (!DISTRIBUTION_ONLY.has(p.slice(slash + 1))) continue;
    const folder = slash < 0 ? '' : p.slice(0, slash);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([folder]) => folder));
}

/** Whether `path` lies in such a folder, or in its kraft/ sub-folder. */
function inDistributionFolder(path: string, folders: ReadonlySet<string>): boolean {
  if (folders.size === 0) return false;
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash);
  const parent = folder === 'kraft' ? '' : folder.endsWith('/kraft') ? folder.slice(0, -'/kraft'.length) : undefined;
  return folders.has(folder) || (parent !== undefined && folders.has(parent));
}

/**
 * Jinja (`{{ x }}`, `{% if %}`, `{# note #}`) or ERB (`<%= x %>`, `<% if %>`) syntax on one
 * line. `${VAR}`, `$VAR` and `@VAR@` are placeholders in a real file, not template syntax, and
 * so is `{{JAVA_HOME}}`: the NodeManager expands `{{NAME}}` of an environment variable in
 * classpaths and container environments (ApplicationConstants.PARAMETER_EXPANSION_LEFT;
 * mapred-default.xml ships `{{HADOOP_MAPRED_HOME}}`), so a bare upper-case name in double
 * braces is left to hadoop/unresolved-placeholder.
 */
export function holdsTemplateSyntax(text: string): boolean {
  // Most files hold none of the openers: a plain search first keeps the cost off large clusters.
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('{#') && !text.includes('<%')) return false;
  // Line by line with indexOf, not one regular expression: a lazy `\{\{.*?\}\}` retried at every
  // `{{` of a long line without `}}` is quadratic, a hang on a crafted file.
  return text.split('\n').some((line) => pairOnLine(line, '{%', '%}') || pairOnLine(line, '{#', '#}') || pairOnLine(line, '<%', '%>') || jinjaExpression(line));
}

/** Whether `open` is followed later on the line by `close`. */
function pairOnLine(line: string, open: string, close: string): boolean {
  const at = line.indexOf(open);
  return at >= 0 && line.lastIndexOf(close) >= at + open.length;
}

const BARE_VARIABLE = /^\s*[A-Z_][A-Z0-9_]*\s*$/;

/** A `{{ ... }}` on the line other than the NodeManager's `{{NAME}}`. */
function jinjaExpression(line: string): boolean {
  for (let from = 0; ; ) {
    const open = line.indexOf('{{', from);
    if (open < 0) return false;
    const close = line.indexOf('}}', open + 2);
    if (close < 0) return false;
    if (!BARE_VARIABLE.test(line.slice(open + 2, close))) return true;
    from = close + 2;
  }
}
