import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isIpAddress } from '../../src/model/host-names.ts';
import { hostListOf, sameMachine } from '../../src/rules-support/cluster-hosts.ts';
import { contentsByName, hostsContents, hostsWithEtcHosts, isLoopback, resolveOn, type Resolution } from '../../src/rules-support/name-resolution.ts';

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
    const contents = hostsContents(hosts);
    const mappedBy = contentsByName(contents);
    // Names some host maps to a routable address, with the first such mapping as evidence: the
    // first content that maps it, at its first host (contents come in the order of their first host).
    const mapped: { name: string; key: string; evidence: { host: string; r: Resolution } }[] = [];
    for (const named of cluster.hosts) {
      if (isIpAddress(named.name)) continue;
      const key = named.name.toLowerCase();
      const hit = mappedBy.get(key)?.find((m) => !isLoopback(m.mapping.entry.address.value));
      if (hit) mapped.push({ name: named.name, key, evidence: { host: hit.content.hosts[0]!.name, r: resolveOn(hit.content.hosts[0]!, named.name)! } });
    }
    const mappedKeys = new Set(mapped.map((m) => m.key));
    // Names of one machine as another host's name (sameMachine): equal, or one short and the same first label.
    const byLabel = new Map<string, typeof mapped>();
    for (const m of mapped) {
      const label = m.key.split('.')[0]!;
      const list = byLabel.get(label);
      if (list) list.push(m);
      else byLabel.set(label, [m]);
    }
    const sameMachineNames = (host: string) => (byLabel.get(host.toLowerCase().split('.')[0]!) ?? []).filter((m) => sameMachine(m.name, host));
    for (const content of contents) {
      // How many of the mapped names this content maps: counted over its own names, not over every mapped name per host.
      let found = 0;
      for (const key of content.byName.keys()) if (mappedKeys.has(key)) found++;
      for (const h of content.hosts) {
        const own = sameMachineNames(h.name).filter((m) => !content.byName.has(m.key));
        const total = mapped.length - found - own.length;
        if (total === 0) continue;
        // The first four in order: each name skipped on the way is one this content maps, or one of the host's own.
        const missing: typeof mapped = [];
        for (const m of mapped) {
          if (missing.length === 4) break;
          if (!content.byName.has(m.key) && !own.includes(m)) missing.push(m);
        }
        report({
          span: h.etcHosts!.start,
          message: `${h.name}'s /etc/hosts does not map ${hostListOf(missing.map((m) => quote(m.name)), total, 4)}, which other hosts' /etc/hosts files map`,
          related: missing.slice(0, 3).map((m) => ({
            span: m.evidence.r.entry.span,
            message: `${m.evidence.host}'s /etc/hosts maps ${quote(m.evidence.r.name.value)} to ${quote(m.evidence.r.address.value)}`,
          })),
        });
      }
    }
  },
});
