import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isIpAddress } from '../../src/model/host-names.ts';
import { OncePerContent, confsByPath } from '../../src/rules-support/cluster-hosts.ts';
import { haNameservices, isHa } from '../../src/rules-support/hdfs-namenodes.ts';
import { hostsContents, hostsWithEtcHosts, normalizeAddress, resolveOn } from '../../src/rules-support/name-resolution.ts';
import type { Span } from '../../src/text/span.ts';

export default defineRule({
  meta: {
    id: 'cluster/namenodes-same-address',
    severity: 'error',
    description: "Two NameNodes of one nameservice have different host names that a host's /etc/hosts maps to one address",
    rationale:
      'A NameNode, and the ZKFC beside it, find out which NameNode they are by resolving the host of every ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>` and keeping the one whose address is local. When a host\'s ' +
      '`/etc/hosts` maps the host names of two NameNodes to one address, both match on the machine that has it ' +
      '(the NameNode stops with "Configuration has multiple addresses that match local node\'s address"), and ' +
      'every client on that host sends both NameNodes\' traffic to one machine, so failover leads nowhere. The ' +
      'usual cause is a hosts file copied from one NameNode with its own line edited, or both names left on the ' +
      '`127.0.0.1` line.\n\n' +
      'hacheck resolves the names through each host\'s own `<host folder>/etc/hosts` (an IP address resolves to ' +
      'itself); two NameNodes with the same host name are `hdfs/duplicate-namenode-address`.',
    fix: 'Map each NameNode host name to its own machine\'s address in that `/etc/hosts`.',
    references: [
      'hadoop-zookeeper-facts.md b.4: own NameNode id by local-address matching; more than one match is message #12',
      'HAUtil.java (Hadoop 3.4.1) L123-138, DFSUtil.java (3.4.1) L1263-1312: getSuffixIDs with LOCAL_ADDRESS_MATCHER',
      'hadoop-zookeeper-facts.md f #18',
    ],
    upstreamMessage: "Configuration has multiple addresses that match local node's address. Please configure the system with dfs.nameservice.id and dfs.ha.namenode.id",
  },
  check(cluster, report) {
    // Hosts with one /etc/hosts content resolve alike, and a finding is reported once per content
    // (at its first host): so each content is asked, not each host, which keeps a cluster whose
    // hosts share one file linear in hosts and NameNodes.
    const hosts = hostsContents(hostsWithEtcHosts(cluster.hosts)).map((c) => c.hosts[0]!);
    if (hosts.length === 0) return;
    const once = new OncePerContent();
    for (const conf of confsByPath(cluster, 'hdfs-site.xml')) {
      for (const ns of haNameservices(conf).filter(isHa)) {
        const nns = ns.namenodes.flatMap((nn) => (nn.rpc?.host && nn.rpc.host.value !== '' ? [{ nn, host: nn.rpc.host }] : []));
        for (const h of hosts) {
          const byAddress = new Map<string, { id: string; name: string; span: Span; entrySpan: Span | undefined; addressSpan: Span | undefined }>();
          for (const { nn, host } of nns) {
            const r = isIpAddress(host.value) ? undefined : resolveOn(h, host.value);
            const address = isIpAddress(host.value) ? normalizeAddress(host.value) : r ? normalizeAddress(r.address.value) : undefined;
            if (address === undefined) continue;
            const prior = byAddress.get(address);
            if (!prior) {
              byAddress.set(address, { id: nn.id.value, name: host.value, span: host.span, entrySpan: r?.entry.span, addressSpan: r?.address.span });
              continue;
            }
            if (prior.name.toLowerCase() === host.value.toLowerCase()) continue;
            // Anchor in the hosts file, at the mapping that makes the second name collide.
            const at = r?.address.span ?? prior.addressSpan;
            if (!at || !once.first(h.etcHosts!.hash, at)) continue;
            report({
              span: at,
              message: `${h.name}'s /etc/hosts resolves ${quote(prior.name)} and ${quote(host.value)}, the NameNodes ${prior.id} and ${nn.id.value} of ${quote(ns.id.value)}, to one address ${quote(address)}`,
              related: [
                { span: prior.span, message: `${prior.id}'s rpc-address host is ${quote(prior.name)}` },
                { span: host.span, message: `${nn.id.value}'s rpc-address host is ${quote(host.value)}` },
              ],
            });
          }
        }
      }
    }
  },
});
