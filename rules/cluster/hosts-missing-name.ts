import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isIpAddress } from '../../src/model/host-names.ts';
import { hostList, sameMachine } from '../../src/rules-support/cluster-hosts.ts';
import { hostsWithEtcHosts, isLoopback, resolveOn, type Resolution } from '../../src/rules-support/name-resolution.ts';

export default defineRule({
  meta: {
    id: 'cluster/hosts-missing-name',
    severity: 'warning',
    description: "A host's /etc/hosts lacks a cluster host name that the other hosts' /etc/hosts files map",
    rationale:
      'When the hosts of a cluster carry the cluster names in `/etc/hosts`, those names are usually not in DNS. A ' +
      'host whose own `/etc/hosts` lacks one of them falls back to DNS for it and fails to resolve it, or resolves ' +
      'it to another machine: the daemons on that host cannot reach that peer (a DataNode its NameNode, a ' +
      'ZooKeeper server its peers, a ZKFC the other NameNode).\n\n' +
      'hacheck knows nothing of DNS. It says nothing about a name that no hosts file maps, and it reports a missing ' +
      'name only on a host that has an `/etc/hosts` of its own (at `<host folder>/etc/hosts`) while another host\'s ' +
      'file maps that name to an address other than loopback. A host\'s own name is left out: hosts usually resolve ' +
      'it through their host name (nss-myhostname, DHCP).',
    fix: 'Add the missing names to that host\'s `/etc/hosts`, with the addresses the other hosts use, or distribute one hosts file to every host.',
    references: [
      'hadoop-zookeeper-facts.md f #18: each host must resolve every name to the same routable IP',
      'nsswitch.conf(5): `hosts: files dns` consults /etc/hosts first, then DNS',
      'hosts(5) (Linux man-pages)',
    ],
  },
  check(cluster, report) {
    const hosts = hostsWithEtcHosts(cluster.hosts);
    if (hosts.length < 2) return;
    // Names some host maps to a routable address, with the first such mapping as evidence.
    const mapped: { name: string; evidence: { host: string; r: Resolution } }[] = [];
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      for (const h of hosts) {
        const r = resolveOn(h, named.name);
        if (r && !isLoopback(r.address.value)) {
          mapped.push({ name: named.name, evidence: { host: h.name, r } });
          break;
        }
      }
    }
    for (const h of hosts) {
      const missing = mapped.filter((m) => !sameMachine(m.name, h.name) && resolveOn(h, m.name) === undefined);
      if (missing.length === 0) continue;
      const names = missing.map((m) => quote(m.name));
      report({
        span: h.etcHosts!.start,
        message: `${h.name}'s /etc/hosts does not map ${hostList(names, 4)}, which other hosts' /etc/hosts files map`,
        related: missing.slice(0, 3).map((m) => ({
          span: m.evidence.r.entry.span,
          message: `${m.evidence.host}'s /etc/hosts maps ${quote(m.evidence.r.name.value)} to ${quote(m.evidence.r.address.value)}`,
        })),
      });
    }
  },
});
