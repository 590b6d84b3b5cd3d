import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_CLIENT_DEFAULT_PORT } from '../../src/knowledge/default-ports.ts';
import { connectEntries, locatedValue } from '../../src/model/hdfs-topology.ts';
import { isIpAddress, sameHost } from '../../src/model/host-names.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { OncePerContent, confsByPath } from '../../src/rules-support/cluster-hosts.ts';
import { javaPort, serverSetOf } from '../../src/rules-support/zookeeper.ts';
import { trimLocated } from '../../src/text/sub-span.ts';

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
    const primary = cluster.zooConfigs[0];
    const set = primary && serverSetOf(cluster, primary);
    if (!primary || !set || set.servers.length === 0) return;
    const servers = set.servers;
    const clientPortEntry = zooValue(primary.zoo, 'clientPort');
    const names = servers.flatMap((s) => s.addresses.map((a) => a.host.value));

    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, 'core-site.xml')) {
      const q = conf.hdfs.zkQuorum;
      // Configurations that differ elsewhere may share this core-site.xml: check each content once.
      if (!q || q.property.unresolved.length > 0 || !once.first(q.property.file.hash, q.property.prop.span)) continue;
      // With ${var} expanded the raw entries are not what the ZKFC reads: take the expanded value.
      const entries = q.property.raw.includes('${') ? connectEntries(locatedValue(q.property)) : q.entries;
      for (const e of entries) {
        const host = trimLocated(e.host);
        if (host.value === '') continue;
        const server = servers.find((s) => s.addresses.some((a) => sameHost(a.host.value, host.value)));
        if (!server) {
          const ip = isIpAddress(host.value);
          // An IP address and a host name may be the same machine: without name resolution, stay silent.
          if (names.some((n) => isIpAddress(n) !== ip)) continue;
          report({
            span: host.span,
            message: `ha.zookeeper.quorum names ${quote(host.value)}, which is not a server of the ZooKeeper ensemble`,
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
        report(written === undefined || written.value === ''
          ? {
              span: host.span,
              message: `ha.zookeeper.quorum names ${quote(host.value)} without a port, so the ZKFC connects to ${ZOOKEEPER_CLIENT_DEFAULT_PORT}, but the ensemble's client port is ${expectedPort}`,
              related: [{ span: expected.span, message: where }],
            }
          : {
              span: written.span,
              message: `ha.zookeeper.quorum connects to ${quote(host.value)} on port ${quote(written.value)}, but the ensemble's client port is ${expectedPort}`,
              related: [{ span: expected.span, message: where }],
            });
      }
    }
  },
});
