import { defineRule } from '../../src/engine/rule.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-cluster-id-missing',
    severity: 'error',
    description: 'ResourceManager HA with automatic failover has no yarn.resourcemanager.cluster-id',
    rationale:
      'With ResourceManager HA, automatic failover and its embedded leader elector are on by default ' +
      '(`yarn.resourcemanager.ha.automatic-failover.enabled` and `.embedded` default to true). The elector names ' +
      'its ZooKeeper lock after `yarn.resourcemanager.cluster-id`, "used by the elector to ensure an RM doesn\'t ' +
      'take over as Active for another cluster"; the key has no default, and without it the ResourceManager does ' +
      'not start (`YarnConfiguration.getClusterId` throws "Configuration doesn\'t specify yarn.resourcemanager.cluster-id").',
    fix: 'Set `yarn.resourcemanager.cluster-id` to a name for this YARN cluster, the same on every host and different from other clusters that share the ZooKeeper ensemble.',
    references: [
      'ResourceManagerHA.md (Hadoop 2.7.7, 3.4.1) "Configurations": yarn.resourcemanager.cluster-id, and the minimal sample that sets it',
      'yarn-default.xml (2.7.7) L519, L529, L545 (no value); (3.4.1) L677, L687, L759',
      'YarnConfiguration.getClusterId (Hadoop 2.x): HadoopIllegalArgumentException "Configuration doesn\'t specify yarn.resourcemanager.cluster-id"; EmbeddedElectorService.serviceInit calls it',
    ],
    upstreamMessage: "Configuration doesn't specify yarn.resourcemanager.cluster-id",
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (!y.embeddedFailover || y.clusterId || !y.haEnabledProperty) continue;
      once({
        span: valueSpan(y.haEnabledProperty),
        message: 'ResourceManager HA with automatic failover is enabled but yarn.resourcemanager.cluster-id is not set',
      });
    }
  },
});
