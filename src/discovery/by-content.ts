/**
 * Whether a file recognised by a broad name is configuration, decided from the
 * content the loader parsed anyway (no second read), and whether a recognised
 * file is a template. Source of the key lists: Kafka's broker configs
 * documentation (kafka.apache.org/documentation/#brokerconfigs), ZooKeeper's
 * QuorumPeerConfig.parseProperties and its shipped conf/zoo_sample.cfg.
 */
import { kafkaValue, type KafkaProperties } from '../parse/kafka-properties.ts';
import { zooValue, type ZooCfg } from '../parse/zoo-cfg.ts';
import { KAFKA_ZOOKEEPER_SAMPLES, ZOO_SAMPLE_SETTINGS } from '../knowledge/zookeeper-sample.ts';

/** Keys only a broker sets: producers, consumers, Connect and log4j files set none of them. */
const BROKER_ONLY_KEYS = ['broker.id', 'node.id', 'zookeeper.connect', 'process.roles', 'log.dirs', 'log.dir'];

/** Keys a broker sets but Kafka Connect's REST server sets too (connect-distributed.properties). */
const LISTENER_KEYS = ['listeners', 'advertised.listeners'];

/**
 * A Kafka broker configuration: it sets a key only brokers set, or listeners
 * without bootstrap.servers (every client and Connect worker needs that one, a broker never reads it).
 */
export function isBrokerConfig(props: KafkaProperties): boolean {
  if (BROKER_ONLY_KEYS.some((k) => kafkaValue(props, k) !== undefined)) return true;
  return LISTENER_KEYS.some((k) => kafkaValue(props, k) !== undefined) && kafkaValue(props, 'bootstrap.servers') === undefined;
}

/**
 * A ZooKeeper server configuration: QuorumPeerConfig requires dataDir, and a server
 * serves clients on clientPort or secureClientPort, or is one of an ensemble's server.N.
 */
export function isZookeeperServerConfig(cfg: ZooCfg): boolean {
  if (zooValue(cfg, 'dataDir') === undefined) return false;
  return zooValue(cfg, 'clientPort') !== undefined || zooValue(cfg, 'secureClientPort') !== undefined || cfg.servers.length > 0;
}

/** Whether the file sets exactly these settings, whatever its comments. */
function setsExactly(cfg: ZooCfg, settings: ReadonlyMap<string, string>): boolean {
  const keys = new Set(cfg.entries.map((e) => e.key.value));
  if (keys.size !== settings.size) return false;
  for (const [key, value] of settings) if (zooValue(cfg, key)?.value.value !== value) return false;
  return true;
}

/**
 * A stock sample, by its name: zoo_sample.cfg as ZooKeeper ships it, or Kafka's quickstart
 * zookeeper.properties. Compared by settings rather than bytes because the releases differ
 * only in comments, and a sample someone edited is a configuration again.
 */
export function isStockSample(fileName: string, cfg: ZooCfg): boolean {
  if (fileName === 'zoo_sample.cfg') return setsExactly(cfg, ZOO_SAMPLE_SETTINGS);
  if (fileName === 'zookeeper.properties') return KAFKA_ZOOKEEPER_SAMPLES.some((s) => setsExactly(cfg, s));
  return false;
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
