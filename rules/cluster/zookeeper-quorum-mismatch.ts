import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../../src/knowledge/default-ports.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { connectEntries } from '../../src/model/connect-string.ts';
import { OncePerContent, confsByPath } from '../../src/rules-support/cluster-hosts.ts';
import { compareWithEnsemble, ensembleEvidence, mergeMismatches, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';

export default defineRule({
  meta: {
    id: 'cluster/zookeeper-quorum-mismatch',
    severity: 'error',
    description: 'ha.zookeeper.quorum names a host that is not a ZooKeeper server, or a port other than the ensemble client port',
    rationale:
      'The ZKFC connects to ZooKeeper with the connect string in `ha.zookeeper.quorum`; a host without a port means ' +
      'port 2181, the ZooKeeper client default. The string must name the servers of the ensemble (the `server.N` hosts ' +
      'of zoo.cfg) on the port they serve clients on (`clientPort`, or the `;port` part of a 3.5+ server line). An entry ' +
      'that names another host or port is a server the ZKFC can never reach: with all entries wrong the ZKFC cannot ' +
      'start or elect an active NameNode, with some wrong it loses ZooKeeper sooner than the ensemble does.\n\n' +
      'hacheck compares with the ensemble of the most common zoo.cfg. It cannot resolve names, so it does not compare an ' +
      'IP address with a host name.',
    fix:
      'List the ZooKeeper servers with their client port, for example `zk1:2181,zk2:2181,zk3:2181`, or change ' +
      '`clientPort` / the `server.N` lines if the ensemble is the one that is wrong.',
    references: [
      'hadoop-zookeeper-facts.md a.2 #10: ha.zookeeper.quorum must match the server.N hosts and clientPort',
      'ConnectStringParser.java (ZooKeeper 3.4.14) L37, L67-75: a missing port means 2181; (master) L41, L116-140',
      'HDFSHighAvailabilityWithQJM.md (Hadoop 3.4.1) L586-593: ha.zookeeper.quorum',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L315-317: clientPort',
    ],
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, 'core-site.xml')) {
      const q = conf.hdfs.zkQuorum;
      // Configurations that differ elsewhere may share this core-site.xml: check each content once.
      if (!q || q.property.unresolved.length > 0 || !once.first(q.property.file.hash, q.property.prop.span)) continue;
      // With ${var} expanded the raw entries are not what the ZKFC reads: take the expanded value.
      const entries = q.property.raw.includes('${') ? connectEntries(locatedValue(q.property)) : q.entries;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, entries, ZOOKEEPER_CLIENT_DEFAULT_PORT))) {
        if (m.kind === 'not-a-server') {
          report({
            span: m.host.span,
            message: `ha.zookeeper.quorum names ${m.names}, ${m.hosts.length > 1 ? 'which are not servers' : 'which is not a server'} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others],
          });
          continue;
        }
        report(m.written === undefined
          ? {
              span: m.host.span,
              message: `ha.zookeeper.quorum names ${m.names} without a port, so the ZKFC connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
              related: [{ span: m.expected.span, message: m.where }, ...m.others],
            }
          : {
              span: m.written.span,
              message: `ha.zookeeper.quorum connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
              related: [{ span: m.expected.span, message: m.where }, ...m.others],
            });
      }
    }
  },
});
