import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../../src/knowledge/default-ports.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { yarnConfsByPath } from '../../src/rules-support/yarn.ts';
import { compareWithEnsemble, ensembleEvidence, mergeMismatches, primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-zk-address-mismatch',
    severity: 'error',
    description: 'The ResourceManager ZooKeeper address names a host that is not a ZooKeeper server, or a port other than the ensemble client port',
    rationale:
      'The ResourceManagers connect to ZooKeeper with the connect string in `yarn.resourcemanager.zk-address` (2.x) ' +
      'or `hadoop.zk.address` (3.x), for leader election and the ZKRMStateStore; a host without a port means 2181, ' +
      'the ZooKeeper client default. The string must name the servers of the ensemble (the `server.N` hosts of ' +
      'zoo.cfg) on their client port (`clientPort`, or the `;port` part of a 3.5+ server line), as ' +
      '`ha.zookeeper.quorum` must for the ZKFCs. An entry that names another host or port is a server the RMs can ' +
      'never reach: with all entries wrong no RM becomes active, with some wrong YARN loses ZooKeeper sooner than ' +
      'the ensemble does.\n\nhacheck compares with the ensemble of the most common zoo.cfg, and does not compare an ' +
      'IP address with a host name.',
    fix: 'List the ZooKeeper servers with their client port, usually the same string as `ha.zookeeper.quorum`.',
    references: [
      'ResourceManagerHA.md (Hadoop 3.4.1) "Configurations": hadoop.zk.address, "Address of the ZK-quorum"',
      'yarn-default.xml (2.7.7) L368: yarn.resourcemanager.zk-address',
      'ConnectStringParser.java (ZooKeeper 3.4.14) L37, L67-75: a missing port means 2181',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L315-317: clientPort',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    const ensemble = primaryEnsemble(cluster);
    if (!ensemble) return;
    for (const conf of yarnConfsByPath(cluster)) {
      const zk = conf.yarn.zkAddress;
      if (!zk || zk.property.unresolved.length > 0 || zk.property.raw.includes('${')) continue;
      const key = zk.property.name;
      for (const m of mergeMismatches(compareWithEnsemble(ensemble, zk.entries, ZOOKEEPER_CLIENT_DEFAULT_PORT))) {
        if (m.kind === 'not-a-server') {
          once({
            span: m.host.span,
            message: `${key} names ${m.names}, ${m.hosts.length > 1 ? 'which are not servers' : 'which is not a server'} of the ZooKeeper ensemble`,
            related: [ensembleEvidence(ensemble), ...m.others],
          });
        } else {
          once(m.written === undefined
            ? {
                span: m.host.span,
                message: `${key} names ${m.names} without a port, so the ResourceManager connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but ${m.serves}`,
                related: [{ span: m.expected.span, message: m.where }, ...m.others],
              }
            : {
                span: m.written.span,
                message: `${key} connects to ${m.names} on port ${quote(m.written.value)}, but ${m.serves}`,
                related: [{ span: m.expected.span, message: m.where }, ...m.others],
              });
        }
      }
    }
  },
});
