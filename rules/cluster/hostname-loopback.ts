import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { namenodesOnHost } from '../../src/model/daemons-on-host.ts';
import { sameHost } from '../../src/model/host-names.ts';
import { zooBool } from '../../src/rules-support/zookeeper.ts';
import { hostsWithEtcHosts, isLoopback, resolveOn } from '../../src/rules-support/name-resolution.ts';
import type { Located } from '../../src/text/span.ts';

export default defineRule({
  meta: {
    id: 'cluster/hostname-loopback',
    severity: 'error',
    description: "A host's /etc/hosts maps its own name to a loopback address while its daemons bind to that name",
    rationale:
      'Debian and Ubuntu installers write `127.0.1.1 <hostname>` into `/etc/hosts`, and many images map the host ' +
      'name to `127.0.0.1`. A daemon that binds to the address its configured name resolves to then listens on ' +
      'loopback only, reachable from nowhere else: a NameNode binds its RPC server to the host of its ' +
      '`dfs.namenode.rpc-address` (unless `dfs.namenode.rpc-bind-host` is set), and a ZooKeeper server binds its ' +
      'quorum and election ports to the host of its own `server.N` line (unless `quorumListenOnAllIPs=true`). The ' +
      'other NameNode, the DataNodes and the ZooKeeper peers then cannot connect, and the ensemble never forms ' +
      'a quorum.\n\n' +
      'hacheck resolves the name through the host\'s own `<host folder>/etc/hosts`, first matching line first, as ' +
      'the glibc `files` source does. A loopback mapping on a host whose daemons do not bind to the name (a ' +
      'DataNode binds to 0.0.0.0 by default) is not reported.',
    fix:
      'Map the host name to the address the other hosts use for it (remove it from the `127.0.0.1`/`127.0.1.1` ' +
      'line), or make the daemons bind to all interfaces (`dfs.namenode.rpc-bind-host=0.0.0.0`, ' +
      '`quorumListenOnAllIPs=true`).',
    references: [
      'hadoop-zookeeper-facts.md f #18: a host mapping its own name to 127.0.0.1/127.0.1.1 makes daemons that bind to the resolved address listen on loopback only',
      'hadoop-zookeeper-facts.md b.4: NetUtils.isLocalAddress treats loopback as local',
      'hdfs-default.xml (3.4.1) dfs.namenode.rpc-bind-host: "the actual address the RPC server will bind to"',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) quorumListenOnAllIPs',
    ],
  },
  check(cluster, report) {
    for (const host of hostsWithEtcHosts(cluster.hosts)) {
      // Where the configuration makes a daemon of this host bind to a name of it.
      const binds: { name: Located<string>; what: string }[] = [];
      const conf = host.conf;
      if (conf && !(conf.effective['dfs.namenode.rpc-bind-host']?.value)) {
        for (const { nn } of namenodesOnHost(conf.hdfs, host.name)) {
          binds.push({ name: nn.rpc!.host!, what: `the NameNode ${nn.id.value} binds to its rpc-address` });
        }
      }
      const zoo = host.zoo;
      if (zoo && host.zooServer && zooBool(zoo.zoo, 'quorumListenOnAllIPs') !== true) {
        for (const a of host.zooServer.addresses) {
          if (sameHost(a.host.value, host.name)) binds.push({ name: a.host, what: `ZooKeeper binds its quorum ports to ${host.zooServer.entry.key.value}` });
        }
      }
      // The binds to each name, for the related locations: filtering all binds per finding is quadratic.
      const bindsOfName = new Map<string, typeof binds>();
      for (const b of binds) {
        const key = b.name.value.toLowerCase();
        const list = bindsOfName.get(key);
        if (list) list.push(b);
        else bindsOfName.set(key, [b]);
      }
      const seen = new Set<string>();
      for (const b of binds) {
        const r = resolveOn(host, b.name.value);
        if (!r || !isLoopback(r.address.value)) continue;
        const key = `${r.entry.span.line}\0${r.name.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report({
          span: r.address.span,
          message: `${host.name}'s /etc/hosts maps its own name ${quote(r.name.value)} to the loopback address ${quote(r.address.value)}, so daemons bound to that name listen on loopback only`,
          related: bindsOfName
            .get(b.name.value.toLowerCase())!
            .map((x) => ({ span: x.name.span, message: `${x.what} ${quote(x.name.value)}` })),
        });
      }
    }
  },
});
