import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { haNameservices, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/namenode-http-address-missing',
    severity: 'warning',
    description: 'A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.http-address.<ns>.<nn>',
    rationale:
      'The HA guide lists `dfs.namenode.http-address.<ns>.<nn>` among the required settings. Without it a ' +
      'NameNode falls back to the generic `dfs.namenode.http-address` (`0.0.0.0:50070` on 2.x, `0.0.0.0:9870` ' +
      'on 3.x), and the other NameNode derives this one\'s web address from the same fallback: the standby ' +
      'uploads checkpoints to the other NameNode\'s http-address, and tools and the web UI links follow it.',
    fix: 'Add `dfs.namenode.http-address.<ns>.<nn>` with the NameNode\'s `host:port` for every id in `dfs.ha.namenodes.<ns>`.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (2.7.7) L167-L179',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L153-L172',
      'StandbyCheckpointer.java (2.7.7) L98-L110',
    ],
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      const httpsOnly = conf.effective['dfs.http.policy']?.value.toUpperCase() === 'HTTPS_ONLY';
      for (const ns of haNameservices(conf)) {
        if (ns.namenodesProperty!.unresolved.length > 0) continue;
        for (const nn of ns.namenodes) {
          if (nn.http || (httpsOnly && nn.https)) continue;
          const key = `dfs.namenode.http-address.${ns.id.value}.${nn.id.value}`;
          once({ span: nn.id.span, message: `NameNode ${quote(nn.id.value)} has no ${key}` });
        }
      }
    }
  },
});
