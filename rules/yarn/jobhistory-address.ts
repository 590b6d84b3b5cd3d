import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { parseAddress } from '../../src/model/hdfs-topology.ts';
import { isWildcard, sameHost } from '../../src/model/host-names.ts';
import type { Address } from '../../src/model/types.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { clusterRunsYarn, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

const KEYS = ['mapreduce.jobhistory.address', 'mapreduce.jobhistory.webapp.address'] as const;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.startsWith('127.') || host === '::1' || host === '[::1]';
}

export default defineRule({
  meta: {
    id: 'yarn/jobhistory-address',
    severity: 'warning',
    description: 'A JobHistory address names a wildcard or loopback host in a multi-host cluster, or its RPC and web addresses name different hosts',
    rationale:
      'One JobHistoryServer serves the history of finished MapReduce jobs. Its RPC address ' +
      '(`mapreduce.jobhistory.address`, default `0.0.0.0:10020`) is also what job clients and ApplicationMasters on ' +
      'every host connect to, and the ResourceManager links finished jobs to its web address ' +
      '(`mapreduce.jobhistory.webapp.address`, default `0.0.0.0:19888`). Set to `0.0.0.0` or `localhost`, a client on ' +
      'any other host connects to itself and finds no history server; set to two different hosts, one of the two ' +
      'addresses points where no JobHistoryServer runs. The defaults themselves are not reported: a cluster may run ' +
      'no JobHistoryServer.',
    fix: 'Set both addresses to the host that runs `mr-jobhistory-daemon.sh start historyserver` (3.x: `mapred --daemon start historyserver`), for example `jhs1:10020` and `jhs1:19888`.',
    references: [
      'ClusterSetup.md (Hadoop 2.7.7, 3.4.1) "Configurations for MapReduce JobHistory Server": mapreduce.jobhistory.address, mapreduce.jobhistory.webapp.address',
      'mapred-default.xml (2.7.7) L2012, L2018; (3.4.1) L1838, L1844',
    ],
  },
  check(cluster, report) {
    if (!clusterRunsYarn(cluster)) return;
    const once = reportOnce(report);
    const multiHost = cluster.hosts.length > 1;
    for (const conf of yarnConfsByPath(cluster)) {
      if (!conf.mapred) continue;
      const addresses: { key: string; a: Address }[] = [];
      for (const key of KEYS) {
        const p = conf.mapred.effective[key];
        if (!p || p.value === '' || p.unresolved.length > 0 || p.file.kind !== 'mapred-site.xml') continue;
        const a = parseAddress(p);
        if (a.host && a.host.value !== '') addresses.push({ key, a });
      }
      for (const { key, a } of addresses) {
        const host = a.host!.value;
        if (multiHost && (isWildcard(host) || isLoopback(host))) {
          once({
            span: a.host!.span,
            message: `${key} is ${quote(a.property.value)}, which clients on the other hosts cannot reach`,
          });
        }
      }
      const named = addresses.filter(({ a }) => !isWildcard(a.host!.value) && !isLoopback(a.host!.value));
      if (named.length === 2 && !sameHost(named[0]!.a.host!.value, named[1]!.a.host!.value)) {
        const [rpc, web] = named as [(typeof named)[0], (typeof named)[0]];
        once({
          span: web.a.host!.span,
          message: `${web.key} names ${quote(web.a.host!.value)} but mapreduce.jobhistory.address names ${quote(rpc.a.host!.value)}; one JobHistoryServer serves both`,
          related: [{ span: valueSpan(rpc.a.property), message: `mapreduce.jobhistory.address is ${quote(rpc.a.property.value)}` }],
        });
      }
    }
  },
});
