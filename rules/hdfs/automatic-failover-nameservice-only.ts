import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import { AUTO_FAILOVER_KEY, booleanOf } from '../../src/rules-support/hdfs-failover-switch.ts';
import { haNameservices, isSet, loadedByNameNode } from '../../src/rules-support/hdfs-ha-keys.ts';

export default defineRule({
  meta: {
    id: 'hdfs/automatic-failover-nameservice-only',
    severity: 'warning',
    description: 'Automatic failover is enabled only as dfs.ha.automatic-failover.enabled.<ns>, which start-dfs.sh does not read',
    rationale:
      'The NameNode and the ZKFC resolve `dfs.ha.automatic-failover.enabled.<nameservice>` before the plain key ' +
      '(NameNode.NAMESERVICE_SPECIFIC_KEYS), so with only the suffixed key `true` they run with automatic failover: ' +
      'the NameNodes start in standby and refuse `hdfs haadmin -transitionToActive` without `--forcemanual`. But ' +
      'start-dfs.sh decides whether to start the ZKFCs with `hdfs getconf -confKey dfs.ha.automatic-failover.enabled`, ' +
      'which reads the plain key only: unset (default `false`) or `false`, it starts no ZKFC. The NameNodes then wait ' +
      'for an election that nobody runs and both stay standby.',
    fix:
      'Set the plain `dfs.ha.automatic-failover.enabled` to `true` as well (or instead), or start the ZKFCs yourself ' +
      '(`hdfs --daemon start zkfc` on each NameNode host).',
    references: [
      'start-dfs.sh (3.4.1, 2.7.7): AUTOHA_ENABLED=$(hdfs getconf -confKey dfs.ha.automatic-failover.enabled); zkfc started only when "true"',
      'GetConf.java (3.4.1) -confKey: conf.get(key), no nameservice resolution',
      'NameNode.java (3.4.1) L351-353 (NAMESERVICE_SPECIFIC_KEYS: dfs.ha.automatic-failover.enabled)',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const plain = conf.effective[AUTO_FAILOVER_KEY];
      if (booleanOf(plain) === true || (isSet(plain) && booleanOf(plain) === undefined)) continue;
      for (const ns of haNameservices(conf)) {
        const specific = conf.effective[`${AUTO_FAILOVER_KEY}.${ns.id.value}`];
        if (booleanOf(specific) !== true) continue;
        report({
          span: locatedValue(specific!).span,
          message:
            `Automatic failover is enabled for ${quote(ns.id.value)} only by ${specific!.name}: start-dfs.sh reads ` +
            `${AUTO_FAILOVER_KEY}${isSet(plain) ? ` (${quote(plain.value)})` : ' (not set)'} and starts no ZKFC`,
          related: isSet(plain) ? [{ span: locatedValue(plain).span, message: `${AUTO_FAILOVER_KEY} is ${quote(plain.value)}` }] : [],
        });
      }
    }
  },
});
