import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { assumedNote } from '../../src/model/versions.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { isTrueOrFalse, strictBooleanKeys } from '../../src/rules-support/zookeeper-booleans.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-boolean',
    severity: 'error',
    description: 'A boolean zoo.cfg key has a value other than true or false on a release that rejects it',
    rationale:
      'From ZooKeeper 3.7.0 every boolean key `QuorumPeerConfig` reads (`standaloneEnabled`, `reconfigEnabled`, ' +
      '`quorumListenOnAllIPs`, `syncEnabled`, `sslQuorum`, `multiAddress.enabled`, ...) must be `true` or `false` ' +
      '(in any case); any other value stops the server with `Invalid option <value> for <key>. Choose \'true\' or ' +
      "'false.'`. ZooKeeper 3.5 and 3.6 already reject other values for `standaloneEnabled` and `reconfigEnabled`.",
    fix: 'Write `true` or `false`.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.8.6) L954-964 (parseBoolean, first in release-3.7.0)',
      'QuorumPeerConfig.java (ZooKeeper 3.5.10) L320, L328',
    ],
    upstreamMessage:
      "Invalid option <value> for <key>. Choose 'true' or 'false.'" +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): Invalid option yes for standaloneEnabled. Choose \'true\' or \'false.\'',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    for (const zoo of cluster.zooConfigs) {
      for (const key of strictBooleanKeys(v)) {
        const entry = zooValue(zoo.zoo, key);
        // A placeholder is an unknown value: zookeeper/unresolved-placeholder reports it.
        if (!entry || isTrueOrFalse(entry.value.value) || placeholderIn(key, entry.value.value)) continue;
        report({
          span: entry.value.value === '' ? entry.key.span : entry.value.span,
          message: `${key} is ${quote(entry.value.value)}, which ZooKeeper ${v.label} rejects: it must be true or false${assumedNote(v)}`,
        });
      }
    }
  },
});
