import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { locatedValue } from '../../src/model/hdfs-topology.ts';
import type { ConfProperty } from '../../src/model/types.ts';
import { AUTO_FAILOVER_KEY, booleanOf, failoverSwitch } from '../../src/rules-support/hdfs-failover-switch.ts';
import { haNameservices, isSet, loadedByNameNode, nnKey } from '../../src/rules-support/hdfs-ha-keys.ts';

const QUORUM = 'ha.zookeeper.quorum';

export default defineRule({
  meta: {
    id: 'hdfs/quorum-without-automatic-failover',
    severity: 'warning',
    description: 'ha.zookeeper.quorum is set for an HA nameservice but automatic failover is off',
    rationale:
      '`ha.zookeeper.quorum` is read only by the ZKFC, and the ZKFC runs only with automatic failover on: start-dfs.sh ' +
      'starts it when `hdfs getconf -confKey dfs.ha.automatic-failover.enabled` prints `true`, and the ZKFC itself ' +
      'exits with "Automatic failover is not enabled for ..." otherwise. `dfs.ha.automatic-failover.enabled` defaults ' +
      'to `false`, so a cluster that names its ZooKeeper ensemble but leaves the switch unset (or `false`) has manual ' +
      'failover: both NameNodes start in standby and stay there, after every restart, until an operator runs ' +
      '`hdfs haadmin -transitionToActive`; when the active one dies nothing takes over. Setting the quorum is strong ' +
      'evidence that automatic failover was meant.\n\n' +
      'The rule checks configurations a NameNode loads, per HA nameservice, resolving the switch as the NameNode does ' +
      '(`dfs.ha.automatic-failover.enabled.<ns>` before the plain key) and the quorum as the ZKFC does (`.<ns>.<nn>`, ' +
      '`.<ns>`, plain). A switch that is not a boolean is left to `hadoop/invalid-ha-boolean`.',
    fix:
      'Set `dfs.ha.automatic-failover.enabled` to `true` in hdfs-site.xml, run `hdfs zkfc -formatZK` once, and start the ' +
      'ZKFCs (start-dfs.sh does). If manual failover is intended, remove `ha.zookeeper.quorum` so the intent is clear.',
    references: [
      'start-dfs.sh (3.4.1, 2.7.7): AUTOHA_ENABLED=$(hdfs getconf -confKey dfs.ha.automatic-failover.enabled); zkfc started only when "true"',
      'ZKFailoverController.java (3.4.1) run(): "Automatic failover is not enabled for ... Please ensure that automatic failover is enabled in the configuration before running the ZK failover controller."',
      'hdfs-default.xml (3.4.1) dfs.ha.automatic-failover.enabled = false',
      'HDFSHighAvailabilityWithQJM.md (3.4.1) L579-595 (Configuring automatic failover)',
    ],
  },
  check(cluster, report) {
    for (const conf of cluster.confs) {
      if (!loadedByNameNode(cluster, conf)) continue;
      const offBy = new Map<ConfProperty, { services: string[]; switch: ConfProperty | undefined }>();
      for (const ns of haNameservices(conf)) {
        const sw = failoverSwitch(conf, ns.id.value);
        // Unset reads as the default false; a non-boolean is hadoop/invalid-ha-boolean's.
        if (isSet(sw) && booleanOf(sw) !== false) continue;
        const quorum = ns.namenodes.map((nn) => nnKey(conf, QUORUM, ns.id.value, nn.id.value)).find((p) => p !== undefined);
        if (!quorum || quorum.unresolved.length > 0) continue;
        const entry = offBy.get(quorum);
        if (entry) entry.services.push(ns.id.value);
        else offBy.set(quorum, { services: [ns.id.value], switch: isSet(sw) ? sw : undefined });
      }
      for (const [quorum, { services, switch: sw }] of offBy) {
        report({
          span: locatedValue(quorum).span,
          message:
            `${quorum.name} is set but automatic failover is off for ${services.map(quote).join(', ')}: no ZKFC runs, ` +
            'so no NameNode becomes active without hdfs haadmin',
          related: [sw
            ? { span: locatedValue(sw).span, message: `${sw.name} is ${quote(sw.value)}` }
            : { span: conf.files.find((f) => f.kind === 'hdfs-site.xml')?.start ?? quorum.file.start, message: `${AUTO_FAILOVER_KEY} is not set (default "false")` }],
        });
      }
    }
  },
});
