import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/datadir-in-tmp',
    severity: 'warning',
    description: 'dataDir or dataLogDir is under /tmp',
    rationale:
      '`dataDir` holds the snapshots and `myid`, `dataLogDir` (default: `dataDir`) the transaction log: the ' +
      "ensemble's whole state. Many systems empty `/tmp` at boot or age files out of it (systemd-tmpfiles, " +
      'tmpfs), and a server that comes back without its data and `myid` cannot rejoin. The sample configuration ' +
      'shipped with ZooKeeper uses `/tmp/zookeeper` with the comment "do not use /tmp for storage, /tmp here is ' +
      'just example sakes."',
    fix: 'Point `dataDir` (and `dataLogDir`) at a persistent disk, for example `/var/lib/zookeeper`, and move `myid` with it.',
    references: [
      'zoo_sample.cfg (ZooKeeper 3.4.14, 3.8.6, 3.9.5): "do not use /tmp for storage, /tmp here is just example sakes."',
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L191-198 (dataDir=/var/lib/zookeeper/)',
    ],
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      for (const key of ['dataDir', 'dataLogDir']) {
        const entry = zooValue(zoo.zoo, key);
        if (!entry) continue;
        const path = entry.value.value;
        // A placeholder is an unknown value: zookeeper/unresolved-placeholder reports it.
        if (!/^\/(?:var\/)?tmp(?:\/|$)/.test(path) || placeholderIn(key, path)) continue;
        report({ span: entry.value.span, message: `${key} is ${quote(path)}, under a temporary directory that the system may clear` });
      }
    }
  },
});
