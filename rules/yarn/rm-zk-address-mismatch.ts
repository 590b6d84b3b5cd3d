import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../../src/knowledge/default-ports.ts';
import { isIpAddress, sameHost } from '../../src/model/host-names.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { yarnConfsByPath } from '../../src/rules-support/yarn.ts';
import { javaPort, serverSetOf } from '../../src/rules-support/zookeeper.ts';
import { trimLocated } from '../../src/text/sub-span.ts';

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
    const primary = cluster.zooConfigs[0];
    const set = primary && serverSetOf(cluster, primary);
    if (!primary || !set || set.servers.length === 0) return;
    const servers = set.servers;
    const clientPortEntry = zooValue(primary.zoo, 'clientPort');
    const names = servers.flatMap((s) => s.addresses.map((a) => a.host.value));
    for (const conf of yarnConfsByPath(cluster)) {
      const zk = conf.yarn.zkAddress;
      if (!zk || zk.property.unresolved.length > 0 || zk.property.raw.includes('${')) continue;
      const key = zk.property.name;
      for (const e of zk.entries) {
        const host = trimLocated(e.host);
        if (host.value === '') continue;
        const server = servers.find((s) => s.addresses.some((a) => sameHost(a.host.value, host.value)));
        if (!server) {
          if (names.some((n) => isIpAddress(n) !== isIpAddress(host.value))) continue;
          once({
            span: host.span,
            message: `${key} names ${quote(host.value)}, which is not a server of the ZooKeeper ensemble`,
            related: [{ span: servers[0]!.entry.span, message: `the ensemble's servers are ${quote(names.join(', '))}` }],
          });
          continue;
        }
        const expected = server.client?.port ?? clientPortEntry?.value;
        const expectedPort = expected && javaPort(expected.value.trim());
        if (expected === undefined || expectedPort === undefined) continue;
        const written = e.port ? trimLocated(e.port) : undefined;
        const used = written === undefined || written.value === '' ? ZOOKEEPER_CLIENT_DEFAULT_PORT : javaPort(written.value);
        if (used === undefined || used === expectedPort) continue;
        const where = server.client ? `${server.entry.key.value} serves clients on port ${quote(expected.value)}` : `clientPort is ${quote(expected.value)}`;
        once(written === undefined || written.value === ''
          ? {
              span: host.span,
              message: `${key} names ${quote(host.value)} without a port, so the ResourceManager connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but the ensemble's client port is ${expectedPort}`,
              related: [{ span: expected.span, message: where }],
            }
          : {
              span: written.span,
              message: `${key} connects to ${quote(host.value)} on port ${quote(written.value)}, but the ensemble's client port is ${expectedPort}`,
              related: [{ span: expected.span, message: where }],
            });
      }
    }
  },
});
