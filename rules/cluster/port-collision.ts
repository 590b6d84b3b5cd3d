import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { HDFS_PORTS, YARN_PORTS, ZOOKEEPER_ADMIN_PORT, portFor, type DefaultPort } from '../../src/knowledge/default-ports.ts';
import { assumedNote } from '../../src/model/versions.ts';
import type { PortUse, Role } from '../../src/model/types.ts';
import { compareSpans, hostList, ownSpan, spanKey } from '../../src/rules-support/cluster-hosts.ts';

const LABEL: Record<Role, string> = {
  NameNode: 'NameNode',
  JournalNode: 'JournalNode',
  ZKFC: 'ZKFC',
  DataNode: 'DataNode',
  ZooKeeper: 'ZooKeeper',
  ZooKeeperObserver: 'ZooKeeper observer',
  ResourceManager: 'ResourceManager',
  NodeManager: 'NodeManager',
  JobHistoryServer: 'JobHistoryServer',
};

const isZooKeeper = (r: Role) => r === 'ZooKeeper' || r === 'ZooKeeperObserver';

function describe(u: PortUse): string {
  return `${LABEL[u.daemon]} ${u.purpose}${u.isDefault ? ' (default)' : ''}`;
}

/** The port a daemon takes by default or by the documented convention (ZooKeeper's sample configuration). */
function conventionalPort(u: PortUse, hadoopMajor: number): number | undefined {
  const zk: Record<string, number> = { clientPort: 2181, 'quorum port': 2888, 'election port': 3888, 'admin.serverPort': ZOOKEEPER_ADMIN_PORT };
  if (isZooKeeper(u.daemon)) return zk[u.purpose];
  const hdfs: Partial<Record<Role, Record<string, DefaultPort>>> = {
    NameNode: { 'rpc-address': HDFS_PORTS.namenodeRpc, 'http-address': HDFS_PORTS.namenodeHttp, 'https-address': HDFS_PORTS.namenodeHttps },
    JournalNode: { 'rpc-address': HDFS_PORTS.journalRpc, 'http-address': HDFS_PORTS.journalHttp },
    ZKFC: { 'dfs.ha.zkfc.port': HDFS_PORTS.zkfc },
    DataNode: { 'dfs.datanode.address': HDFS_PORTS.datanodeData, 'dfs.datanode.ipc.address': HDFS_PORTS.datanodeIpc, 'dfs.datanode.http.address': HDFS_PORTS.datanodeHttp },
    // YARN and MapReduce daemons name their ports by the property that sets them.
    ...Object.fromEntries((['ResourceManager', 'NodeManager', 'JobHistoryServer'] as const).map((r) => [r, Object.fromEntries(Object.values(YARN_PORTS).map((d) => [d.key, d]))])),
  };
  const d = hdfs[u.daemon]?.[u.purpose];
  return d && portFor(d, hadoopMajor);
}

/**
 * The order in which listeners claim a port: defaults first, then ports set
 * to their usual value, then the others in file, line and column order. The
 * first is kept; the findings are anchored at the others, the unusual ones.
 */
function claimOrder(hadoopMajor: number) {
  const rank = (u: PortUse) => (u.isDefault ? 0 : conventionalPort(u, hadoopMajor) === u.port ? 1 : 2);
  return (a: PortUse, b: PortUse) => rank(a) - rank(b) || compareSpans(a.span, b.span);
}

export default defineRule({
  meta: {
    id: 'cluster/port-collision',
    severity: 'error',
    description: 'Two daemons placed on one host listen on the same port',
    rationale:
      'Every daemon placed on a host binds its own ports: NameNode RPC, service RPC, HTTP and HTTPS, ZKFC, ' +
      'JournalNode, DataNode, the ZooKeeper client, quorum, election and admin ports, and the ResourceManager, ' +
      'NodeManager (with the MapReduce shuffle) and JobHistoryServer ports. Hadoop and ZooKeeper never ' +
      'compare the ports of different daemons; whichever starts second fails to bind (`Problem binding to [...] ' +
      'java.net.BindException: Address already in use`, or `Port in use` for an HTTP server) and does not start.\n\n' +
      'hacheck counts default ports too (the version defaults of Hadoop 2.x and 3.x, ZooKeeper 3.5+ AdminServer on 8080): ' +
      'a DataNode left at its default port collides as surely as one set explicitly. Two listeners of one daemon ' +
      'kind (for example two NameNode ids with one address) are checked by the HDFS and ZooKeeper rules, not here.',
    fix:
      'Give one of the two daemons another port, or move it to another host. The finding points at the port that is ' +
      'neither a default nor the usual value of its setting (for example a NameNode `http-address` on 2181, the ' +
      'ZooKeeper client port), which is usually the one to change.',
    references: [
      'hadoop-zookeeper-facts.md a.2 #13: co-located daemons need distinct ports; the second bind fails at runtime',
      'NetUtils.java (Hadoop 3.4.1) L856-865: "Problem binding to [...] java.net.BindException"',
      'HttpServer2.java (Hadoop 3.4.1) L1463: "Port in use: "',
      'hadoop-zookeeper-facts.md c.1, c.2: default ports of Hadoop 2.7.7 / 3.4.1 and ZooKeeper',
    ],
    upstreamMessage: 'Problem binding to [...] java.net.BindException',
  },
  check(cluster, report) {
    const found = new Map<string, { kept: PortUse; clash: PortUse; hosts: Set<string> }>();
    const order = claimOrder(cluster.hadoopVersion.major);
    for (const host of cluster.hosts) {
      const byPort = new Map<number, PortUse[]>();
      // Point at the host's own copy of a file when it has one (per-host snapshots).
      for (const use0 of host.ports) {
        const use = { ...use0, span: ownSpan(cluster, host, use0.span) };
        const list = byPort.get(use.port);
        if (list) list.push(use);
        else byPort.set(use.port, [use]);
      }
      for (const uses of byPort.values()) {
        if (uses.length < 2) continue;
        const sorted = [...uses].sort(order);
        const kept = sorted[0]!;
        for (const clash of sorted.slice(1)) {
          // The same daemon kind twice is one listener seen twice, or a matter for that daemon's own rules.
          if (clash.daemon === kept.daemon) continue;
          // Hosts sharing a configuration repeat the finding: one per place; a default is placed per host, so its daemon is the key.
          const keptKey = kept.isDefault ? `${kept.daemon}\0${kept.port}` : spanKey(kept.span);
          const key = `${spanKey(clash.span)}\0${keptKey}\0${clash.purpose}\0${kept.purpose}`;
          const entry = found.get(key);
          if (entry) entry.hosts.add(host.name);
          else found.set(key, { kept, clash, hosts: new Set([host.name]) });
        }
      }
    }
    for (const { kept, clash, hosts } of found.values()) {
      const notes = [kept, clash].filter((u) => u.isDefault)
        .map((u) => assumedNote(isZooKeeper(u.daemon) ? cluster.zookeeperVersion : cluster.hadoopVersion));
      const note = [...new Set(notes)].join('');
      report({
        span: clash.span,
        message: `port ${quote(String(clash.port))} of the ${describe(clash)} is also used by the ${describe(kept)} on ${hostList([...hosts])}${note}`,
        related: [{
          span: kept.span,
          message: kept.isDefault
            ? `the ${LABEL[kept.daemon]} placed here uses ${kept.purpose} ${kept.port} by default`
            : `the ${LABEL[kept.daemon]} ${kept.purpose} is set to ${quote(String(kept.port))} here`,
        }],
      });
    }
  },
});
