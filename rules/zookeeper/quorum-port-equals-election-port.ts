import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import { javaPort, serverFiles } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/quorum-port-equals-election-port',
    severity: 'error',
    description: 'A server.N line uses the same port for quorum and leader election traffic',
    rationale:
      'Each server listens on two ports: the quorum port (followers connect to the leader) and the election port. ' +
      'ZooKeeper 3.5+ refuses such a line (`Client and election port must be different! Please update the ' +
      'configuration file on server.<N>`). ZooKeeper 3.4 does not check it: the election listener binds the port ' +
      'at startup, and when that server is elected leader it cannot bind the same port for the quorum ' +
      '(`Address already in use`), so it never leads.',
    fix: 'Use two different ports, conventionally `2888` for the quorum and `3888` for elections.',
    references: [
      'QuorumPeer.java (ZooKeeper master) L401-404; (3.5.10) L269; (3.8.6) L363',
      'hadoop-zookeeper-facts.md d.5: no such check in 3.4.14, conflicts surface as BindException at run time',
    ],
    upstreamMessage:
      'Client and election port must be different! Please update the configuration file on server.<N>' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Client and election port must be different! Please update the configuration file on server.2',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const outcome = atLeast(v, 3, 5) ? `which ZooKeeper refuses${assumedNote(v)}` : `so ZooKeeper ${v.label} cannot bind both`;
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        for (const a of s.addresses) {
          if (!a.quorumPort || !a.electionPort) continue;
          const q = javaPort(a.quorumPort.value);
          if (q === undefined || q !== javaPort(a.electionPort.value)) continue;
          report({
            span: a.electionPort.span,
            message: `${s.entry.key.value} uses port ${quote(a.electionPort.value)} for both quorum and election, ${outcome}`,
            related: [{ span: a.quorumPort.span, message: `the quorum port is ${quote(a.quorumPort.value)}` }],
          });
        }
      }
    }
  },
});
