import { distance } from 'fastest-levenshtein';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { haNameservices, reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';

export default defineRule({
  meta: {
    id: 'hdfs/namenode-address-missing',
    severity: 'error',
    description: 'A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.rpc-address.<ns>.<nn>',
    rationale:
      'Clients, DataNodes and the failover controllers find each NameNode through ' +
      '`dfs.namenode.rpc-address.<ns>.<nn>`; only the fully suffixed key is read, without a default. An id ' +
      'without it is silently skipped, and HA counts as enabled only when at least two NameNodes of the ' +
      'nameservice have an RPC address (`isHAEnabled`: `nnMap.size() > 1`). The NameNode itself cannot find ' +
      'its own id by address matching either (`Could not determine own NN ID in namespace ...`).',
    fix: 'Add `dfs.namenode.rpc-address.<ns>.<nn>` with `host:port` for every id in `dfs.ha.namenodes.<ns>`, or remove the id.',
    references: [
      'DFSUtilClient.java (3.4.1) L527-L552',
      'HAUtil.java (3.4.1) L92-L98 (2.7.7 L76-L82)',
      'HAUtil.java (3.4.1) L180-L184',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L132-L151',
    ],
    upstreamMessage: "Could not determine own NN ID in namespace '<ns>'. Please ensure that this node is one of the machines listed as an NN RPC address, or configure dfs.ha.namenode.id",
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of cluster.confs) {
      for (const ns of haNameservices(conf)) {
        if (ns.namenodesProperty!.unresolved.length > 0) continue;
        const ids = ns.namenodes.map((nn) => nn.id.value);
        for (const nn of ns.namenodes) {
          if (nn.rpc) continue;
          const key = `dfs.namenode.rpc-address.${ns.id.value}.${nn.id.value}`;
          // An rpc-address key of the nameservice for an id that is not listed: probably this one, misspelt.
          const prefix = `dfs.namenode.rpc-address.${ns.id.value}.`;
          const related = Object.values(conf.effective)
            .filter((p) => p.name.startsWith(prefix) && !ids.includes(p.name.slice(prefix.length)) && distance(p.name.slice(prefix.length), nn.id.value) <= 2)
            .map((p) => ({ span: p.prop.name.span, message: `${p.name} is set, but ${quote(p.name.slice(prefix.length))} is not an id in dfs.ha.namenodes.${ns.id.value}` }));
          once({ span: nn.id.span, message: `NameNode ${quote(nn.id.value)} has no ${key}, so it is skipped`, related });
        }
      }
    }
  },
});
