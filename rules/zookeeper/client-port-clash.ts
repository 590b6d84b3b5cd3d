import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { effectiveServers, javaPort, serverFiles, settingsFor } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/client-port-clash',
    severity: 'error',
    description: "A server's quorum or election port is the client port it serves clients on",
    rationale:
      'Each server listens on the client port (the `;clientPort` part of its own `server.N` line on 3.5+, else ' +
      '`clientPort`) on every interface, on its election port, and, while it leads, on its quorum port. When ' +
      'one of its line\'s ports is its client port, ZooKeeper does not notice when it reads the file: the second ' +
      'bind fails at run time with `java.net.BindException: Address already in use` and the server exits (an ' +
      'election port, at startup) or cannot lead (a quorum port, when it is elected). ' +
      '`zookeeper/quorum-port-equals-election-port` covers the quorum and election ports of one line, and ' +
      '`zookeeper/duplicate-server-address` ports shared by two lines.',
    fix: 'Keep the conventional ports: `2181` for clients, `2888` for the quorum and `3888` for elections.',
    references: [
      'hadoop-zookeeper-facts.md d.5: no config-time check of duplicate ports; conflicts surface as BindException at run time',
      'QuorumPeerConfig.java (ZooKeeper master) L424-435 (clientPort); QuorumPeer.java (ZooKeeper master) L323-447 (server line, client part)',
    ],
    upstreamMessage:
      'ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.net.BindException: Address already in use (the server exits with code 14)',
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const clientPortKey = zooValue(settingsFor(cluster, file), 'clientPort');
      for (const s of effectiveServers(file.zoo.servers)) {
        // The line's own client part wins over clientPort (3.5+); ports that do not parse are other rules'.
        const client = s.client?.port ?? clientPortKey?.value;
        const clientPort = client ? javaPort(client.value) : undefined;
        if (!client || clientPort === undefined || clientPort === 0) continue;
        for (const a of s.addresses) {
          for (const [label, loc] of [['quorum', a.quorumPort], ['election', a.electionPort]] as const) {
            if (!loc || javaPort(loc.value) !== clientPort) continue;
            report({
              span: loc.span,
              message: `${s.entry.key.value} uses port ${quote(loc.value)} for ${label}, which is also its client port, so the server cannot bind both`,
              related: [{ span: client.span, message: `the client port is ${quote(client.value)}` }],
            });
          }
        }
      }
    }
  },
});
