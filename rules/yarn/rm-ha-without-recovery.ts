import { defineRule } from '../../src/engine/rule.ts';
import type { RelatedLocation } from '../../src/engine/rule.ts';
import { isRmHa, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';
import { loadedByResourceManager, RECOVERY_KEY, rmRecovery, STORE_KEY } from '../../src/rules-support/yarn-recovery.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-ha-without-recovery',
    severity: 'warning',
    description: 'ResourceManager HA without yarn.resourcemanager.recovery.enabled: running applications are lost at failover',
    rationale:
      'With `yarn.resourcemanager.ha.enabled` the standby ResourceManager takes over when the active one fails, but it ' +
      'knows the applications only through the state store, which the RM uses only when ' +
      '`yarn.resourcemanager.recovery.enabled` is `true` (default `false`). Without it the new active RM starts ' +
      'empty: every running application is killed and has to be resubmitted, which is what HA was set up to avoid. ' +
      'The HA guide: "With the ResourceManager Restart enabled, the RM being promoted to an active state loads the RM ' +
      'internal state and continues to operate from where the previous active left off".\n\nThe rule checks configurations a ResourceManager loads. A value that is not a ' +
      'boolean is left to `hadoop/invalid-ha-boolean`.',
    fix:
      'Set `yarn.resourcemanager.recovery.enabled` to `true` and `yarn.resourcemanager.store.class` to ' +
      '`org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore` (it uses the ZooKeeper address the ' +
      'RMs already elect through).',
    references: [
      'ResourceManagerHA.md (3.4.1) "Recovering previous active-RM\'s state": "With the ResourceManager Restart enabled, the RM being promoted to an active state loads the RM internal state"',
      'ResourceManagerRestart.md (3.4.1) "Configurations": yarn.resourcemanager.recovery.enabled',
      'yarn-default.xml (3.4.1) L505-510: yarn.resourcemanager.recovery.enabled = false',
    ],
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf) || !conf.yarn.haEnabledProperty || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== false) continue;
      const related: RelatedLocation[] = [];
      if (r.recovery) related.push({ span: valueSpan(r.recovery), message: `${RECOVERY_KEY} is "${r.recovery.value}"` });
      if (r.store) related.push({ span: valueSpan(r.store), message: `${STORE_KEY} is set but never used while recovery is off` });
      report({
        span: valueSpan(r.recovery ?? conf.yarn.haEnabledProperty),
        message: r.recovery
          ? 'ResourceManager HA with recovery disabled: running applications are lost at failover'
          : `ResourceManager HA without ${RECOVERY_KEY} (default "false"): running applications are lost at failover`,
        related: r.recovery ? related.slice(1) : related,
      });
    }
  },
});
