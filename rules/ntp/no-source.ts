import { defineRule } from '../../src/engine/rule.ts';
import { hasNoSource } from '../../src/rules-support/ntp-sources.ts';

export default defineRule({
  meta: {
    id: 'ntp/no-source',
    severity: 'warning',
    description: 'An ntp.conf or chrony.conf names no time source',
    rationale:
      'ntpd and chronyd take the time from the associations of `server`, `pool` and `peer` lines. A configuration ' +
      'without any (typically because the distribution\'s servers were commented out and no replacement was added) ' +
      'starts a daemon that never synchronises, so the host drifts away from the others while the service looks ' +
      'healthy. Kerberos (300 s), HBase (30 s) and YARN container tokens depend on the hosts agreeing on the time.\n\n' +
      'hacheck stays silent when the file gets time another way: ntpd broadcast, multicast or manycast clients, chrony ' +
      '`refclock` or `local` (the time master of an isolated network), or sources in included files it cannot see.',
    fix: 'Add the sources the other hosts use, for example `server 0.asia.pool.ntp.org iburst` (one line per server) or `pool asia.pool.ntp.org iburst`, or `server <the cluster\'s time server> iburst`.',
    references: [
      'ntp-4.2 confopt.html "Server Commands": server, pool, peer (hadoop-zookeeper-facts.md e.2)',
      'chrony.conf.adoc (mlichvar/chrony 8f2db839) L61-111, L385-419: server, pool, peer (hadoop-zookeeper-facts.md e.3)',
      'hadoop-zookeeper-facts.md e.1, e.4',
    ],
  },
  check(cluster, report) {
    for (const f of cluster.distinctFiles) {
      if (f.kind !== 'ntp.conf' && f.kind !== 'chrony.conf') continue;
      if (!hasNoSource(f.time)) continue;
      const daemon = f.kind === 'ntp.conf' ? 'ntpd' : 'chronyd';
      report({
        span: f.start,
        message: `${f.kind} has no server, pool or peer line, so ${daemon} has no time source`,
      });
    }
  },
});
