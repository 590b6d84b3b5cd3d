import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { isRmHa, valueSpan, yarnConfsByPath } from '../../src/rules-support/yarn.ts';
import { loadedByResourceManager, rmRecovery, shortClass, STORE_KEY, ZK_STATE_STORE } from '../../src/rules-support/yarn-recovery.ts';

export default defineRule({
  meta: {
    id: 'yarn/rm-state-store-unfenced',
    severity: 'warning',
    description: 'ResourceManager HA with recovery uses a state store other than ZKRMStateStore, which does not fence the old active RM',
    rationale:
      'With RM HA two ResourceManagers can believe they are active for a while (a long GC pause, a network split). ' +
      '`ZKRMStateStore` is "implicitly fenced": it lets a single RM write at any time, so the old active cannot ' +
      'overwrite the new one\'s state. The other stores (`FileSystemRMStateStore`, the default when ' +
      '`yarn.resourcemanager.store.class` is unset, `LeveldbRMStateStore`, `MemoryRMStateStore`, `NullRMStateStore`) ' +
      'have no such fencing, and Leveldb, Memory and Null stores are local to one RM, so the other RM cannot even read ' +
      'them. The HA guide recommends the ZooKeeper store for HA.',
    fix: 'Set `yarn.resourcemanager.store.class` to `org.apache.hadoop.yarn.server.resourcemanager.recovery.ZKRMStateStore`.',
    references: [
      'yarn-default.xml (3.4.1) L550-560: yarn.resourcemanager.store.class, default FileSystemRMStateStore; "If ... ZKRMStateStore is used, the store is implicitly fenced"',
      'ResourceManagerHA.md (3.4.1) "Recovering previous active-RM\'s state": "ZKRMStateStore implicitly allows write access to a single RM at any point in time, and hence is the recommended store to use in an HA cluster"',
    ],
  },
  check(cluster, report) {
    for (const conf of yarnConfsByPath(cluster)) {
      if (!isRmHa(conf) || !loadedByResourceManager(cluster, conf)) continue;
      const r = rmRecovery(conf);
      if (!r || r.enabled !== true || r.storeClass === ZK_STATE_STORE) continue;
      report({
        span: valueSpan(r.store ?? r.recovery!),
        message: r.store
          ? `ResourceManager HA stores its state in ${quote(shortClass(r.storeClass))}, which does not fence the old active RM; use ZKRMStateStore`
          : `ResourceManager HA with recovery and no ${STORE_KEY}: the default FileSystemRMStateStore does not fence the old active RM; use ZKRMStateStore`,
      });
    }
  },
});
