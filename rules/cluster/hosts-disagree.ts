import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isIpAddress } from '../../src/model/host-names.ts';
import { hostList, sameMachine, weightedGroups } from '../../src/rules-support/cluster-hosts.ts';
import { hostsWithEtcHosts, isLoopback, normalizeAddress, resolveOn } from '../../src/rules-support/name-resolution.ts';

export default defineRule({
  meta: {
    id: 'cluster/hosts-disagree',
    severity: 'error',
    description: "A host named in the configuration resolves to different addresses in the hosts' /etc/hosts files",
    rationale:
      'Every daemon finds its peers by the names the configuration gives them, and a host resolves a name from its ' +
      'own `/etc/hosts` before DNS. When the snapshots of two hosts map one name to different addresses, those ' +
      'hosts talk to different machines under that name: a DataNode registers with a NameNode that is not the one ' +
      "the other hosts know, a ZooKeeper server connects to a peer address nobody listens on, a ZKFC's fencing " +
      'reaches the wrong machine. Public HA outage reports often end with a stale or hand-edited hosts file on one ' +
      'node.\n\n' +
      'hacheck reads `/etc/hosts` only at `<host folder>/etc/hosts` and knows nothing of DNS, so it compares only ' +
      'the hosts files that map the name. The first line that lists a name wins, as in the glibc `files` source. ' +
      'A host that maps its own name to a loopback address is `cluster/hostname-loopback`, not this rule. The ' +
      'address most hosts agree on is taken as the right one; each other mapping is reported.',
    fix: 'Give every host the same mapping for the cluster names (one `/etc/hosts` distributed by configuration management, or DNS), then restart the daemons that resolved the old address.',
    references: [
      'hadoop-zookeeper-facts.md f #18: each host must resolve every name to the same routable IP',
      'hosts(5) (Linux man-pages): one line per IP address, canonical host name, then aliases',
      'nsswitch.conf(5): `hosts: files dns` consults /etc/hosts first',
    ],
  },
  check(cluster, report) {
    const hosts = hostsWithEtcHosts(cluster.hosts);
    if (hosts.length < 2) return;
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      const mappings = hosts.flatMap((h) => {
        const r = resolveOn(h, named.name);
        // Its own name on loopback is cluster/hostname-loopback's concern.
        if (!r || (sameMachine(h.name, named.name) && isLoopback(r.address.value))) return [];
        return [{ host: h, r }];
      });
      const groups = weightedGroups(mappings, (m) => normalizeAddress(m.r.address.value), () => 1);
      if (groups.length < 2) continue;
      const [major, ...others] = groups;
      const first = major!.items[0]!;
      const who = hostList(major!.items.map((m) => m.host.name));
      for (const g of others) {
        for (const m of g.items) {
          report({
            span: m.r.address.span,
            message: `${m.host.name}'s /etc/hosts maps ${quote(m.r.name.value)} to ${quote(m.r.address.value)}, but ${who} ${major!.items.length === 1 ? 'maps' : 'map'} it to ${quote(first.r.address.value)}`,
            related: [{ span: first.r.entry.span, message: `${first.host.name}'s /etc/hosts maps ${quote(first.r.name.value)} to ${quote(first.r.address.value)}` }],
          });
        }
      }
    }
  },
});
