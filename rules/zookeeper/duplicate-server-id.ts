import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { javaLong, serverFiles } from '../../src/rules-support/zookeeper.ts';
import type { ZooServer } from '../../src/parse/zoo-cfg.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/duplicate-server-id',
    severity: 'warning',
    description: 'Two server lines in one zoo.cfg have the same id',
    rationale:
      'zoo.cfg is a `java.util.Properties` file: when `server.2` appears twice the later line silently replaces ' +
      'the earlier one, which ZooKeeper never sees. `server.2` and `server.02` are different keys but the same id ' +
      '(`Long.parseLong`), and which of them wins depends on hash order. Either way one intended server is ' +
      'missing from the ensemble, typically because a copied line kept its old number.',
    fix: 'Give every server its own id, matching the `myid` of its host, and remove repeated lines.',
    references: [
      'java.util.Properties.load javadoc (a later key replaces an earlier one)',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L212-241; QuorumMaj.java (ZooKeeper master) L88-106',
    ],
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      const seen = new Map<bigint, ZooServer>();
      for (const s of file.zoo.servers) {
        const id = javaLong(s.id.value);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, s);
          continue;
        }
        const sameKey = first.entry.key.value === s.entry.key.value;
        // A repeated identical line changes nothing.
        if (sameKey && first.entry.value.value === s.entry.value.value) continue;
        report({
          span: s.entry.key.span,
          message: sameKey
            ? `${s.entry.key.value} is set again, so ZooKeeper ignores the earlier ${quote(first.entry.value.value)}`
            : `${s.entry.key.value} has the same id as ${first.entry.key.value}, so ZooKeeper keeps only one of them`,
          related: [{ span: first.entry.key.span, message: `${first.entry.key.value} is first set here` }],
        });
      }
    }
  },
});
