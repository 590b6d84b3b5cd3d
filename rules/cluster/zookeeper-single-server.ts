import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { connectEntries, connectHostsPart } from '../../src/model/connect-string.ts';
import { distinctHosts, sameMachine } from '../../src/rules-support/cluster-hosts.ts';
import { wrongSeparator } from '../../src/rules-support/connect-separators.ts';
import { clientConnectStrings } from '../../src/rules-support/zookeeper-clients.ts';
import { ensembleEvidence, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';
import { trimLocated } from '../../src/text/sub-span.ts';

export default defineRule({
  meta: {
    id: 'cluster/zookeeper-single-server',
    severity: 'warning',
    description: 'A ZooKeeper connect string names one server of an ensemble of three or more',
    rationale:
      'A ZooKeeper client connects to the servers its connect string lists, and only to them: when its server ' +
      'goes down it reconnects to another server of the string within the session timeout, and keeps its ' +
      'session, ephemeral nodes and watches. A string that names a single server of a replicated ensemble ' +
      'has no other to go to: when that server is down (a restart, an upgrade, a crash) the client loses ' +
      'ZooKeeper although the quorum is alive. The ZKFC (`ha.zookeeper.quorum`) then gives up its lock and ' +
      'no NameNode can fail over, the ResourceManager (`hadoop.zk.address` / `yarn.resourcemanager.zk-address`) ' +
      'loses leader election and its state store, HBase (`hbase.zookeeper.quorum`) loses its master and ' +
      'RegionServer sessions, and a Kafka broker (`zookeeper.connect`) its registration and controller.\n\n' +
      'hacheck compares with the ensemble of the most common zoo.cfg and reports only when it has three ' +
      'servers or more on more than one machine, and the string names one of them by name: a name that is no ' +
      'server may be a DNS name for all of them (the client tries every address a name resolves to), and a ' +
      'one-machine ensemble is lost with that machine anyway.',
    fix: 'List every server of the ensemble: `zk1:2181,zk2:2181,zk3:2181` (after the hosts, a Kafka chroot as `/kafka`).',
    references: [
      'zookeeperProgrammers.md (ZooKeeper 3.8.4) L336-344: the connect string "comma separated host:port pairs, each corresponding to a ZooKeeper server"; the client "will pick an arbitrary server and try to connect to it. If this connection fails, or if the client becomes disconnected from the server for any reason, the client will automatically try the next server in the list"',
      'StaticHostProvider.java (ZooKeeper 3.8.4) L138-150: resolve() picks among every address a name resolves to',
      'hadoop-zookeeper-facts.md a.2 #10: ha.zookeeper.quorum must match the server.N hosts',
    ],
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble || ensemble.servers.length < 3 || distinctHosts(ensemble.names).length < 2) return;
    for (const c of clientConnectStrings(cluster)) {
      const hosts = connectHostsPart(c.value);
      // Written with ";" or blanks the string is one broken server: cluster/zookeeper-connect-separator reports it.
      if (wrongSeparator(hosts.value)) continue;
      const entries = connectEntries(hosts).map((e) => ({ host: trimLocated(e.host).value, port: e.port ? trimLocated(e.port).value : '' }));
      const distinct = new Set(entries.map((e) => `${e.host.toLowerCase()}:${e.port}`));
      if (distinct.size !== 1) continue;
      const host = entries[0]!.host;
      if (!ensemble.names.some((n) => sameMachine(n, host))) continue;
      report({
        span: trimLocated(hosts).span,
        message: `${c.key} names only ${quote(host)} of the ${ensemble.servers.length} ZooKeeper servers, so ${c.client} loses ZooKeeper whenever ${host} is down, although the quorum is alive`,
        related: [ensembleEvidence(ensemble)],
      });
    }
  },
});
