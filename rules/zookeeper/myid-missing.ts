import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { myidLocation, pathOnHost, serverListOf, serversOf } from '../../src/rules-support/zookeeper-ensemble.ts';
import { hasOwnFiles } from '../../src/model/snapshot.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/myid-missing',
    severity: 'error',
    description: 'A ZooKeeper server of a quorum has no myid file at <dataDir>/myid',
    rationale:
      'Every server of a ZooKeeper quorum finds out which `server.N` line it is from `<dataDir>/myid` ' +
      '(`new File(dataDir, "myid")`), dataDir taken from its own zoo.cfg; `dataLogDir` and every other folder ' +
      'are never searched. Without that file the server does not start: ZooKeeper 3.4 throws ' +
      '`<dataDir>/myid file is missing` when zoo.cfg lists more than one participant, 3.5 and later ' +
      '`myid file is missing` when the configuration is distributed. A standalone server needs no myid, so ' +
      'a zoo.cfg with fewer than two participants is not checked. A myid that hacheck could not read as text ' +
      '(syntax/binary-file, syntax/file-too-large) counts as present.\n\n' +
      'A relative dataDir is resolved against the directory ZooKeeper is started from, which a snapshot does not ' +
      'record: the myid may then sit below any directory of the host, and the rule reports only when none does. ' +
      'A host folder is checked when it holds ZooKeeper files (its own zoo.cfg, or a myid anywhere), so a folder ' +
      'that only holds, say, ntp.conf is not taken for a complete snapshot.',
    fix:
      'Create the file on that host with the id of its `server.N` line, e.g. `echo 1 > /var/lib/zookeeper/myid` ' +
      'for `server.1`. If a myid exists elsewhere (listed as a note), move it to `<dataDir>/myid` or correct dataDir.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L406-410',
      'QuorumPeerConfig.java (ZooKeeper master 3.10.0-SNAPSHOT) L724-729, L814-816',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-221, L1272-1277',
    ],
    upstreamMessage: '<dataDir>/myid file is missing (3.4); myid file is missing (3.5+)',
  },
  check(cluster, report) {
    for (const host of cluster.hosts) {
      const { zoo } = host;
      // A container given no myid at all gets one at start (its command, an init container): container/value-unknown says so.
      if (!hasOwnFiles(host) || !zoo || host.myid || (host.container && host.strayMyids.length === 0)) continue;
      // Only a folder that holds this host's ZooKeeper files (its own zoo.cfg, or a myid
      // somewhere) shows that the snapshot covers ZooKeeper; a folder with only ntp.conf does not.
      if (zoo.host !== host.name && host.strayMyids.length === 0) continue;
      // A myid hacheck could not parse (binary, too large) is there: syntax/* reports it.
      if (cluster.unchecked.some((u) => u.kind === 'myid' && u.host === host.name)) continue;
      const list = serverListOf(cluster, zoo);
      const where = myidLocation(zoo.zoo);
      if (!list?.distributed || !where) continue;
      const own = serversOf(list, host)[0];
      if (!own) continue;
      const relative = !where.path.startsWith('/');
      report({
        span: own.entry.span,
        message: relative
          ? `${host.name} has no myid file at ${quote(where.path)} below any directory`
          : `${host.name} has no myid file at ${quote(where.path)}`,
        related: [
          { span: where.dataDir.value.span, message: `dataDir is ${quote(where.dataDir.value.value)}` },
          ...host.strayMyids.map((m) => ({
            span: m.start,
            message: `a myid at ${quote(m.container?.target ?? pathOnHost(host, m.path))}, which ZooKeeper does not read`,
          })),
        ],
      });
    }
  },
});
