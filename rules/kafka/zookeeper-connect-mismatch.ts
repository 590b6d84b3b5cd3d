import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../../src/knowledge/default-ports.ts';
import { connectEntries } from '../../src/model/connect-string.ts';
import { kafkaValue, type KafkaProperties } from '../../src/parse/kafka-properties.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { compareWithEnsemble, ensembleEvidence, mergeMismatches, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

/**
 * Whether the broker connects to ZooKeeper over TLS: `zookeeper.ssl.client.enable` (Kafka 2.5+,
 * KIP-515), which overrides the `zookeeper.client.secure` system property; undefined when the
 * file leaves it to that property, which hacheck cannot see.
 */
function zookeeperTls(props: KafkaProperties): boolean | undefined {
  const value = kafkaValue(props, 'zookeeper.ssl.client.enable')?.value.value.trim().toLowerCase();
  return value === undefined ? undefined : value === 'true';
}

export default defineRule({
  meta: {
    id: 'kafka/zookeeper-connect-mismatch',
    severity: 'error',
    description: 'zookeeper.connect names a host that is not a ZooKeeper server, or a port other than the ensemble client port',
    rationale:
      'A Kafka broker in ZooKeeper mode connects to the ensemble with the connect string in `zookeeper.connect`, ' +
      '`hostname1:port1,hostname2:port2,hostname3:port3[/chroot]`; a host without a port means 2181, the ZooKeeper ' +
      'client default. An entry that names a host outside the ensemble, or a port the servers do not serve clients ' +
      'on, is a server the broker never reaches: with every entry wrong the broker cannot start, with some wrong it ' +
      'loses ZooKeeper (and its controller and partition leadership) sooner than the ensemble does. Ports taken ' +
      'from a Docker host mapping (2182, 2183) instead of the container port are a common case.\n\n' +
      'hacheck compares with the ensemble of the most common zoo.cfg, as `cluster/zookeeper-quorum-mismatch` does for ' +
      'the ZKFC. It cannot resolve names, so it does not compare an IP address with a host name. A broker with ' +
      '`zookeeper.ssl.client.enable=true` connects over TLS, to the `secureClientPort` when the ensemble sets one; ' +
      'without the key the broker may still use TLS through the `zookeeper.client.secure` system property, so ' +
      'either port is accepted. A host named by several server lines runs several servers, each on its own client ' +
      'port, and any of their ports is accepted.',
    fix: 'List the ZooKeeper servers of zoo.cfg with their `clientPort`, for example `zk1:2181,zk2:2181,zk3:2181/kafka`.',
    references: [
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3/chroot/path"',
      'ConnectStringParser.java (ZooKeeper master @05d994a0): chroot from the first "/", DEFAULT_PORT = 2181',
      'hadoop-zookeeper-facts.md a.2 #10, c.2: the client default port 2181',
      'KIP-515 (Kafka 2.5): zookeeper.ssl.client.enable overrides the zookeeper.client.secure system property',
    ],
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const file of distinctBrokerFiles(cluster)) {
      const connect = kafkaValue(file.kafka, 'zookeeper.connect');
      // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
      if (!connect || connect.value.value === '' || placeholderIn('zookeeper.connect', connect.value.value)) continue;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, connectEntries(connect.value), ZOOKEEPER_CLIENT_DEFAULT_PORT, zookeeperTls(file.kafka)))) {
        if (m.kind === 'not-a-server') {
          report({
            span: m.host.span,
            message: `zookeeper.connect names ${m.names}, ${m.hosts.length > 1 ? 'which are not servers' : 'which is not a server'} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others],
          });
          continue;
        }
        report(m.written === undefined
          ? {
              span: m.host.span,
              message: `zookeeper.connect names ${m.names} without a port, so the broker connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
              related: [{ span: m.expected.span, message: m.where }, ...m.others],
            }
          : {
              span: m.written.span,
              message: `zookeeper.connect connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
              related: [{ span: m.expected.span, message: m.where }, ...m.others],
            });
      }
    }
  },
});
