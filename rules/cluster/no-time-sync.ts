import { defineRule } from '../../src/engine/rule.ts';
import { plural, quote } from '../../src/engine/quote.ts';
import { ownSpan } from '../../src/rules-support/cluster-hosts.ts';

export default defineRule({
  meta: {
    id: 'cluster/no-time-sync',
    severity: 'warning',
    description: 'A host that runs a daemon has no ntp.conf or chrony.conf while other hosts have one',
    rationale:
      'The hosts of an HA cluster must agree on the time: Kerberos rejects tickets beyond 300 s of skew, HBase rejects ' +
      'a RegionServer 30 s out of sync, YARN container tokens expire early on a fast clock, and logs of a failover ' +
      'cannot be put in order across hosts. Every host should run a time daemon with the same sources.\n\n' +
      'hacheck only judges hosts it has a snapshot of (a host folder), and only when the snapshot covers time ' +
      'synchronisation at all, that is when some host has an `ntp.conf` or `chrony.conf`: a host that runs a daemon ' +
      'but has neither file then looks unsynchronised. The finding is anchored where the configuration places the daemon.',
    fix: 'Install and enable ntpd or chronyd on the host with the same servers as the other hosts (or with the cluster\'s own time server), and add its configuration to the snapshot.',
    references: [
      'hadoop-zookeeper-facts.md e.1: what depends on clock agreement (Kerberos clockskew 300 s, HBase 30 s, YARN tokens)',
      'hadoop-zookeeper-facts.md e.4: one time configuration per host folder, with the same sources',
    ],
  },
  check(cluster, report) {
    const synced = cluster.hosts.filter((h) => h.time !== undefined);
    if (synced.length === 0) return;
    const example = synced[0]!;
    for (const host of cluster.hosts) {
      if (host.time || !host.folder || host.roles.length === 0) continue;
      const spans = host.roles.map((r) => ownSpan(cluster, host, r.span));
      const span = spans.find((s) => s.file.startsWith(`${host.folder}/`)) ?? spans[0]!;
      const roles = [...new Set(host.roles.map((r) => r.role))];
      report({
        span,
        message: `${quote(host.name)} runs ${roles.join(', ')} but has no ntp.conf or chrony.conf, while ${plural(synced.length, 'host')} ${synced.length === 1 ? 'has' : 'have'} one`,
        related: [{ span: example.time!.start, message: `${quote(example.name)} takes its time from this ${example.time!.kind}` }],
      });
    }
  },
});
