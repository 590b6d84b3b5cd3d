import { defineRule } from '../../src/engine/rule.ts';
import { valueSpan, yarnConfsByPath, isRmHa } from '../../src/rules-support/yarn.ts';
import { loadedByResourceManager, RECOVERY_KEY, rmRecovery, ZK_STATE_STORE } from '../../src/rules-support/yarn-recovery.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-zk-store-unused',
    severity: 'info',
    description: 'yarn.resourcemanager.store.class is ZKRMStateStore but recovery is off, so the store is never used',
    rationale:
      'The ResourceManager creates the state store named by `yarn.resourcemanager.store.class` only when ' +
      '`yarn.resourcemanager.recovery.enabled` is `true` (default `false`); otherwise it uses a `NullRMStateStore`. ' +
      'Setting the ZooKeeper store without recovery looks like a working restart set-up but keeps nothing: a ' +
      'restarted ResourceManager forgets every application. With RM HA the same configuration is reported by ' +
      '`yarn/rm-ha-without-recovery` (a warning) instead.',
    fix: 'Set `yarn.resourcemanager.recovery.enabled` to `true`, or remove the store class.',
    references: [
      'ResourceManager.java (3.4.1) RMActiveServices.serviceInit: recoveryEnabled ? RMStateStoreFactory.getStore(conf) : new NullRMStateStore()',
      'yarn-default.xml (3.4.1) L505-510: yarn.resourcemanager.recovery.enabled = false, "If true, then yarn.resourcemanager.store.class must be specified"',
    ],
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (isRmHa(conf) || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== false || r.storeClass !== ZK_STATE_STORE || !r.store) continue;
      report({
        span: valueSpan(r.store),
        message: `ZKRMStateStore is never used: ${RECOVERY_KEY} is ${r.recovery ? `"${r.recovery.value}"` : 'not set (default "false")'}`,
      });
    }
  },
});
