import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isIpAddress } from '../../src/model/host-names.ts';
import type { Host } from '../../src/model/types.ts';
import { hostListOf, sameMachine, weightedGroups } from '../../src/rules-support/cluster-hosts.ts';
import { contentsByName, hostsContents, hostsWithEtcHosts, isLoopback, normalizeAddress, resolveOn, type Mapping } from '../../src/rules-support/name-resolution.ts';

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
    const position = new Map(hosts.map((h, i) => [h, i]));
    const byPosition = (a: Host, b: Host) => position.get(a)! - position.get(b)!;
    // Hosts sharing one /etc/hosts content resolve alike: the work is per content and per name it
    // maps, not per host and name (which, with a scan of the file each time, took minutes for 1,000 hosts).
    const mappedBy = contentsByName(hostsContents(hosts));
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      const items: { users: readonly Host[]; mapping: Mapping }[] = [];
      for (const { content, mapping } of mappedBy.get(named.name.toLowerCase()) ?? []) {
        // Its own name on loopback is cluster/hostname-loopback's concern.
        const users = isLoopback(mapping.entry.address.value) ? content.hosts.filter((h) => !sameMachine(h.name, named.name)) : content.hosts;
        if (users.length > 0) items.push({ users, mapping });
      }
      // In host order, as the groups and their first hosts were when each host was asked in turn.
      items.sort((a, b) => byPosition(a.users[0]!, b.users[0]!));
      const groups = weightedGroups(items, (m) => normalizeAddress(m.mapping.entry.address.value), (m) => m.users.length);
      if (groups.length < 2) continue;
      const [major, ...others] = groups;
      const firstHost = major!.items[0]!.users[0]!;
      const first = resolveOn(firstHost, named.name)!;
      const shown = major!.items.flatMap((i) => i.users.slice(0, 3)).sort(byPosition).slice(0, 3);
      const who = hostListOf(shown.map((h) => h.name), major!.weight);
      for (const g of others) {
        for (const host of g.items.flatMap((i) => i.users).sort(byPosition)) {
          const r = resolveOn(host, named.name)!;
          report({
            span: r.address.span,
            message: `${host.name}'s /etc/hosts maps ${quote(r.name.value)} to ${quote(r.address.value)}, but ${who} ${major!.weight === 1 ? 'maps' : 'map'} it to ${quote(first.address.value)}`,
            related: [{ span: first.entry.span, message: `${firstHost.name}'s /etc/hosts maps ${quote(first.name.value)} to ${quote(first.address.value)}` }],
          });
        }
      }
    }
  },
});
