import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import type { Host, TimeFile } from '../../src/model/types.ts';
import { MachineIndex, weightedGroups } from '../../src/rules-support/cluster-hosts.ts';
import { isReferenceClock, sourceKey, timeSources, type TimeSource } from '../../src/rules-support/ntp-sources.ts';

/** One distinct time configuration, the hosts that use it and the upstream sources it names. */
interface Config {
  readonly file: TimeFile;
  readonly hosts: string[];
  readonly upstream: TimeSource[];
  readonly key: string;
}

export default defineRule({
  meta: {
    id: 'ntp/source-drift',
    severity: 'warning',
    description: 'Hosts take their time from different upstream sources',
    rationale:
      'What matters in a cluster is that the hosts agree with each other: Kerberos rejects more than 300 s of skew, ' +
      'HBase more than 30 s. Hosts that follow the same sources stay within milliseconds of each other; a host that ' +
      'follows other servers (a distribution default left in place, a typo, a server of another site) drifts on its ' +
      'own and nobody notices until a ticket or token is rejected.\n\n' +
      'hacheck compares the upstream sources of the hosts\' `ntp.conf` / `chrony.conf` and reports the configurations ' +
      'that differ from the one most hosts use. Sources that are hosts of the cluster itself are not upstream: a host ' +
      'that only follows another cluster host (for example every host follows `server1`, which follows the pool) uses ' +
      'the cluster\'s own time server, a recommended design, and is not compared; only the hosts that reach outside ' +
      'the cluster must agree. Reference clocks (127.127.x.x) are local fallbacks and are not compared either. The ' +
      'numbered names of one pool zone (`0.asia.pool.ntp.org` to `3.asia.pool.ntp.org`) count as one source.',
    fix: 'Give every host that synchronises with the outside the same `server` / `pool` lines, or point the hosts at one internal time server that follows those sources.',
    references: [
      'hadoop-zookeeper-facts.md e.4: every host should reference the same upstream set (or one internal server that the others use)',
      'hadoop-zookeeper-facts.md e.1: Kerberos clockskew 300 s, HBase maxclockskew 30000 ms',
      'hadoop-zookeeper-facts.md f #17: the seed sets the same four asia.pool.ntp.org servers on every host',
    ],
  },
  check(cluster, report) {
    const inCluster = new MachineIndex<Host>();
    for (const h of cluster.hosts) inCluster.add(h.name, h);

    const byFile = new Map<string, Config>();
    for (const host of cluster.hosts) {
      const file = host.time;
      if (!file) continue;
      const known = byFile.get(file.hash);
      if (known) {
        known.hosts.push(host.name);
        continue;
      }
      const upstream = timeSources(file.time).filter((s) => !isReferenceClock(s.address.value) && !inCluster.find(s.address.value));
      const key = [...new Set(upstream.map((s) => sourceKey(s.address.value)))].sort().join(', ');
      byFile.set(file.hash, { file, hosts: [host.name], upstream, key });
    }
    // Hosts that follow only cluster hosts (or name no source: ntp/no-source) are not compared.
    const compared = [...byFile.values()].filter((c) => c.upstream.length > 0);
    const groups = weightedGroups(compared, (c) => c.key, (c) => c.hosts.length);
    if (groups.length < 2) return;
    const total = groups.reduce((n, g) => n + g.weight, 0);
    const major = groups[0]!;
    const majorConfig = major.items[0]!;
    for (const g of groups.slice(1)) {
      for (const c of g.items) {
        const first = c.upstream[0]!;
        report({
          span: first.address.span,
          message: `${quote(c.hosts[0]!)} takes its time from ${quote(c.key)} but ${major.weight} of ${total} hosts take it from ${quote(major.key)}`,
          related: [{ span: majorConfig.upstream[0]!.address.span, message: `${quote(majorConfig.hosts[0]!)} takes its time from ${quote(major.key)}` }],
        });
      }
    }
  },
});
