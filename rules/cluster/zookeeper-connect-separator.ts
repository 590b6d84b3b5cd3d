import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { wrongSeparator } from '../../src/rules-support/connect-separators.ts';
import { connectHostsPart } from '../../src/model/connect-string.ts';
import { clientConnectStrings } from '../../src/rules-support/zookeeper-clients.ts';
import { spanWithin } from '../../src/text/sub-span.ts';

/** What the client makes of one comma-separated piece (ConnectStringParser: the port follows the last ":"). */
function asOneServer(piece: string): string {
  const colon = piece.lastIndexOf(':');
  const port = colon < 0 ? '' : piece.slice(colon + 1);
  // Integer.parseInt: an optional sign, then digits.
  if (port !== '' && !/^[+-]?\d+$/.test(port)) return `whose port ${quote(port)} is not a number`;
  return `named ${quote(colon < 0 ? piece : piece.slice(0, colon))}, which does not resolve`;
}

export default defineRule({
  meta: {
    id: 'cluster/zookeeper-connect-separator',
    severity: 'error',
    description: 'A ZooKeeper connect string separates its servers with ";" or blanks instead of ","',
    rationale:
      'Every ZooKeeper client reads its servers from a connect string, `zk1:2181,zk2:2181,zk3:2181[/chroot]`: ' +
      '`ha.zookeeper.quorum` (the ZKFC), `hadoop.zk.address` / `yarn.resourcemanager.zk-address` (the ' +
      'ResourceManager), `hbase.zookeeper.quorum` (HBase splits it on commas and appends its client port to the ' +
      'entries without one) and Kafka\'s `zookeeper.connect`. ZooKeeper\'s `ConnectStringParser` splits the ' +
      'servers on `,` alone, then takes what follows the last `:` of each piece as its port. Written with `;`, ' +
      'spaces or tabs between them, `zk1:2181;zk2:2181;zk3:2181` is one server, host `zk1:2181;zk2:2181;zk3` on ' +
      'port 2181, a name no DNS resolves (`zk1:2181;zk2` has the port `2181;zk2`, which `Integer.parseInt` ' +
      'rejects, and the client does not start). The client never connects: it retries the name forever (ZooKeeper ' +
      '3.8 logs "Unable to resolve address" at each attempt). When the value also has ' +
      'commas, the pieces without a wrong separator still work, and the client has fewer servers than it seems.\n\n' +
      'Whitespace next to a comma is another matter, reported by `cluster/zookeeper-quorum-spaces` where the ' +
      'client keeps it (ZooKeeper 3.4); this rule reports blanks between two servers with no comma at all.',
    fix: 'Separate the servers with commas: `zk1:2181,zk2:2181,zk3:2181`.',
    references: [
      'ConnectStringParser.java (ZooKeeper 3.4.14) L65-76: connectString.split(","), the port after host.lastIndexOf(\':\')',
      'ConnectStringParser.java (ZooKeeper 3.8.4) L69-89: split(connectString, ","); (master @53a78e36) L120-139',
      'StaticHostProvider.java (ZooKeeper 3.4.14) L162-172: an unresolvable host is retried as it is; (3.8.4) L148: "Unable to resolve address: {}"',
      'ZKConfig.java (apache/hbase @02dd2567) getZKQuorumServersStringFromHbaseConfig, buildZKQuorumServerString: conf.getStrings (commas), the client port appended to an entry without ":"',
      'Kafka broker configs (kafka.apache.org/27/configuration/broker-configs) zookeeper.connect: "hostname1:port1,hostname2:port2,hostname3:port3"',
    ],
    upstreamMessage: 'Unable to resolve address: {}',
  },
  check(cluster, report) {
    for (const c of clientConnectStrings(cluster)) {
      const hosts = connectHostsPart(c.value);
      const wrong = wrongSeparator(hosts.value);
      if (!wrong) continue;
      const piece = hosts.value.slice(wrong.pieceFrom, wrong.pieceTo);
      report({
        // After ${var} expansion a position in the value is none in the file: the whole value then.
        span: c.verbatim ? spanWithin(hosts, wrong.from, wrong.to) : c.value.span,
        message: `${c.key} ${quote(c.value.value)} separates servers with ${wrong.name} instead of ",", so ${c.client} reads ${quote(piece)} as one server ${asOneServer(piece)}`,
      });
    }
  },
});
