import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { ConfProperty } from '../../src/model/types.ts';
import { automaticFailoverProperty, haNameservices, loadedByNameNode, nnKey } from '../../src/rules-support/hdfs-ha-keys.ts';

const QUORUM = 'ha.zookeeper.quorum';

export default defineRule({
  meta: {
    id: 'hdfs/automatic-failover-without-quorum',
    severity: 'error',
    description: 'Automatic failover is enabled but ha.zookeeper.quorum is not set',
    rationale:
      'With `dfs.ha.automatic-failover.enabled` true (or `dfs.ha.automatic-failover.enabled.<nameservice>`), a ZKFC ' +
      'runs beside each NameNode and elects the active one through ZooKeeper. It finds the ensemble in ' +
      '`ha.zookeeper.quorum` (usually in core-site.xml; also read with `.<ns>` and `.<ns>.<nn>` suffixes). Without it ' +
      "the ZKFC stops at startup with `Missing required configuration 'ha.zookeeper.quorum' for ZooKeeper quorum`, " +
      'and since the NameNodes then refuse manual transitions (automatic HA is on), neither becomes active. The rule ' +
      'checks configurations a NameNode loads.',
    fix:
      'Set `ha.zookeeper.quorum` in core-site.xml to the ZooKeeper ensemble, e.g. `zk1:2181,zk2:2181,zk3:2181`, or ' +
      'disable automatic failover.',
    references: [
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L579-595',
      'ZKFailoverController.java (3.4.1) L69, L82-88, L369-371; (2.7.7) L342',
      'NameNode.java (3.4.1) L351-353 (NAMESERVICE_SPECIFIC_KEYS)',
    ],
    upstreamMessage: "Missing required configuration 'ha.zookeeper.quorum' for ZooKeeper quorum",
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const missingBy = new Map<ConfProperty, string[]>();
      for (const ns of haNameservices(conf)) {
        const auto = automaticFailoverProperty(conf, ns.id.value);
        if (!auto) continue;
        const missing = ns.namenodes.some((nn) => !nnKey(conf, QUORUM, ns.id.value, nn.id.value)?.value.trim());
        if (!missing) continue;
        const services = missingBy.get(auto);
        if (services) services.push(ns.id.value);
        else missingBy.set(auto, [ns.id.value]);
      }
      for (const [auto, services] of missingBy) {
        report({
          span: locatedValue(auto).span,
          message: `Automatic failover is enabled for ${services.map(quote).join(', ')} but ${QUORUM} is not set`,
        });
      }
    }
  },
});
