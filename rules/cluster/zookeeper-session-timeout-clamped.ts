import { defineRule } from '../../src/engine/rule.ts';
import { sessionBounds, sessionRequests } from '../../src/rules-support/session-timeouts.ts';
import { primaryEnsemble } from '../../src/rules-support/zookeeper-connect.ts';

export default defineRule({
  meta: {
    id: 'cluster/zookeeper-session-timeout-clamped',
    severity: 'warning',
    description: "A ZooKeeper client asks for a session timeout outside the ensemble's bounds, and silently gets the bound",
    rationale:
      'A ZooKeeper client only proposes its session timeout: the server moves a proposal below `minSessionTimeout` up ' +
      'to it and one above `maxSessionTimeout` down to it (ZooKeeperServer.processConnectRequest), and the client ' +
      'learns the result only as the "negotiated timeout" in its log. An unset bound is 2 × `tickTime` and 20 × ' +
      '`tickTime` (`tickTime` defaults to 3000 ms), so with the sample `tickTime=2000` no client gets more than 40 ' +
      'seconds. HBase asks for 90 seconds by default (`zookeeper.session.timeout`, 90000) and gets 40: RegionServers ' +
      'are declared dead after a GC pause the configuration was written to survive. A timeout below the minimum is ' +
      'raised: failover is slower than configured.\n\n' +
      'hacheck checks the clients whose connect string names a server of the ensemble of the most common zoo.cfg: ' +
      'HBase (`zookeeper.session.timeout`, its default counted when hbase-site.xml runs HBase distributed), the ZKFC ' +
      '(`ha.zookeeper.session-timeout.ms`, with automatic failover), the ResourceManager (`hadoop.zk.timeout-ms` on ' +
      '3.x, `yarn.resourcemanager.zk-timeout-ms` on 2.x, with its embedded elector or ZooKeeper state store) and ' +
      'Kafka brokers (`zookeeper.session.timeout.ms`). Except for HBase only a written timeout is checked. A bound ' +
      'ZooKeeper refuses to start with is `zookeeper/session-timeout-range`\'s.',
    fix:
      'Ask for a timeout within the bounds, or widen the bounds in zoo.cfg on every server: `maxSessionTimeout` ' +
      '(for HBase, at least its `zookeeper.session.timeout`) or `minSessionTimeout`.',
    references: [
      'ZooKeeperServer.java (ZooKeeper 3.4.14) L928-934, (master) L1521-1527: processConnectRequest clamps the requested timeout into [getMinSessionTimeout(), getMaxSessionTimeout()]',
      'ZooKeeperServer.java (ZooKeeper master) getMinSessionTimeout / getMaxSessionTimeout: minSessionTimeout == -1 ? tickTime * 2, maxSessionTimeout == -1 ? tickTime * 20; DEFAULT_TICK_TIME = 3000',
      'hbase-default.xml (apache/hbase @000e4d12) zookeeper.session.timeout: default 90000, "the ensemble can have a max timeout lower than this and it will take precedence"',
      'core-default.xml (Hadoop 2.7.7) L1538-1539, (3.4.1) L3253-3254: ha.zookeeper.session-timeout.ms',
      'core-default.xml (Hadoop 3.4.1) L4200: hadoop.zk.timeout-ms; yarn-default.xml (Hadoop 2.7.7) L403: yarn.resourcemanager.zk-timeout-ms',
      'Kafka broker configs: zookeeper.session.timeout.ms (6000 before 2.5, 18000 since, KIP-537)',
    ],
  },
  check(cluster, report) {
    const ensemble = primaryEnsemble(cluster);
    const primary = cluster.zooConfigs[0];
    if (!ensemble || !primary) return;
    const bounds = sessionBounds(cluster, primary.zoo);
    if (!bounds) return;
    for (const r of sessionRequests(cluster, ensemble)) {
      const bound = r.requested > bounds.max.value ? bounds.max : r.requested < bounds.min.value ? bounds.min : undefined;
      if (!bound) continue;
      const asked = r.isDefault ? `${r.key} is not set, so ${r.client} asks for its default ${r.requested} ms` : `${r.key} asks for ${r.requested} ms`;
      report({
        span: r.span,
        message: `${asked}, but the ZooKeeper ensemble grants ${r.client} ${bound.value} ms: ${bound.why}`,
        ...(bound.entry ? { related: [{ span: bound.entry.span, message: `${bound.entry.key.value} is set here` }] } : {}),
      });
    }
  },
});
