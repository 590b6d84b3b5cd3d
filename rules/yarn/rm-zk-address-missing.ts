import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedLocation } from '../../src/engine/rule.ts';
import { reportOnce } from '../../src/rules-support/hdfs-namenodes.ts';
import { valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-zk-address-missing',
    severity: 'error',
    description: 'ResourceManager HA with automatic failover, or the ZooKeeper state store, has no ZooKeeper address (yarn.resourcemanager.zk-address on 2.x, hadoop.zk.address on 3.x)',
    rationale:
      'The ResourceManagers elect the active one through ZooKeeper (the embedded elector, on by default with HA) and ' +
      '`ZKRMStateStore` keeps the recovery state there. Both connect to the address in ' +
      '`yarn.resourcemanager.zk-address` on Hadoop 2.x; Hadoop 3.x reads `hadoop.zk.address` and keeps ' +
      '`yarn.resourcemanager.zk-address` as its deprecated name. The key has no default: without it the RM does not ' +
      'start (2.x: "Embedded automatic failover is enabled, but yarn.resourcemanager.zk-address is not set"; 3.x: ' +
      '"hadoop.zk.address is not configured."). On 2.x, `hadoop.zk.address` is not read at all.',
    fix: 'Set the key of the version to the ZooKeeper ensemble, for example `zk1:2181,zk2:2181,zk3:2181`.',
    references: [
      'yarn-default.xml (2.7.7) L368: yarn.resourcemanager.zk-address, "must be supplied when using the ZooKeeper based implementation of the RM state store and/or embedded automatic failover"',
      'core-default.xml (3.4.1) L4180: hadoop.zk.address; ResourceManagerHA.md (3.4.1) "Configurations": hadoop.zk.address',
      'YarnConfiguration.java (Hadoop 3.x) DeprecationDelta(RM_ZK_ADDRESS, CommonConfigurationKeys.ZK_ADDRESS)',
      'EmbeddedElectorService.serviceInit (Hadoop 2.x); ZKCuratorManager.start (Hadoop 3.x): "hadoop.zk.address is not configured."',
    ],
    upstreamMessage: 'Embedded automatic failover is enabled, but yarn.resourcemanager.zk-address is not set',
  },
  check(cluster, report) {
    const once = reportOnce(report);
    for (const conf of yarnConfsByPath(cluster)) {
      const y = conf.yarn;
      if (y.zkAddress) continue;
      const needs = y.embeddedFailover && y.haEnabledProperty
        ? { span: valueSpan(y.haEnabledProperty), why: 'ResourceManager HA with automatic failover' }
        : y.zkStateStore ? { span: valueSpan(y.zkStateStore), why: 'The ZooKeeper RM state store' } : undefined;
      if (!needs) continue;
      const related: RelatedLocation[] = [];
      const other = conf.effective['hadoop.zk.address'];
      if (cluster.hadoopVersion.major < 3 && other && other.value !== '') {
        related.push({ span: valueSpan(other), message: `hadoop.zk.address is read from Hadoop 3.0 on, not by Hadoop ${cluster.hadoopVersion.label}` });
      }
      once({ span: needs.span, message: `${needs.why} needs ${y.zkAddressKey}, which is not set`, related });
    }
  },
});
