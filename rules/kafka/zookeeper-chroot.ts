import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { distinctBrokerFiles } from '../../src/rules-support/kafka.ts';
import { pieceOf } from '../../src/text/sub-span.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

/** Why ZooKeeper's PathUtils.validatePath rejects a chroot, or undefined when it accepts it. */
function invalidChroot(path: string): string | undefined {
  if (path.endsWith('/')) return 'a chroot must not end with "/"';
  if (path.includes('//')) return 'a chroot must not hold an empty node name ("//")';
  if (path.split('/').some((n) => n === '.' || n === '..')) return 'a chroot must not hold "." or ".." (relative paths are not allowed)';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'kafka/zookeeper-chroot',
    severity: 'error',
    description: 'The chroot of zookeeper.connect is repeated after each host, or is not a valid ZooKeeper path',
    rationale:
      'A chroot applies to the whole connect string and is written once, at its end: ' +
      '`zk1:2181,zk2:2181,zk3:2181/kafka`. ZooKeeper\'s client takes everything from the first `/` as the chroot, ' +
      'so `zk1:2181/kafka,zk2:2181/kafka,zk3:2181/kafka` connects to zk1 alone (the broker loses ZooKeeper when zk1 ' +
      'goes down) under the chroot `/kafka,zk2:2181/kafka,zk3:2181/kafka`, a different znode from the one brokers ' +
      'written the documented way use, so they form separate clusters. The chroot must also be a valid path: ' +
      'ZooKeeper rejects a trailing `/`, an empty node name (`//`) and `.` or `..` ("Path must not end with / ' +
      'character", "empty node name specified", "relative paths not allowed"), and the broker does not start. A ' +
      'chroot of `/` alone means none.',
    fix: 'Write the chroot once, after the last host: `zk1:2181,zk2:2181,zk3:2181/kafka`, without a trailing `/`.',
    references: [
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3/chroot/path"',
      'ConnectStringParser.java (ZooKeeper master @05d994a0): the chroot is connectString.substring(indexOf(\'/\')), "/" alone is none, PathUtils.validatePath',
      'PathUtils.java (ZooKeeper) validatePath: "Path must not end with / character", "empty node name specified", "relative paths not allowed"',
    ],
    upstreamMessage: 'Path must not end with / character',
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const connect = kafkaValue(file.kafka, 'zookeeper.connect');
      // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
      if (!connect || placeholderIn('zookeeper.connect', connect.value.value)) continue;
      const value = connect.value;
      const slash = value.value.indexOf('/');
      if (slash < 0) continue;
      const chroot = pieceOf(value, slash, value.value.length);
      if (chroot.value.includes(',')) {
        const hosts = value.value.slice(0, slash).split(',').filter((h) => h.trim() !== '');
        report({
          span: chroot.span,
          message: `zookeeper.connect repeats its chroot after a host, so the broker connects to ${quote(hosts.join(','))} only, under the chroot ${quote(chroot.value)}`,
        });
        continue;
      }
      if (chroot.value === '/') continue;
      const why = invalidChroot(chroot.value);
      if (why) report({ span: chroot.span, message: `The chroot ${quote(chroot.value)} of zookeeper.connect is not a valid ZooKeeper path: ${why}` });
    }
  },
});
