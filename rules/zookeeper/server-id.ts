import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { javaLong, serverFiles } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/server-id',
    severity: 'error',
    description: 'The N of a server.N key is not a number',
    rationale:
      'ZooKeeper parses the id after `server.` with `Long.parseLong`. Anything else (`server.zk1`, `server.1 2`, ' +
      '`server.`) throws `NumberFormatException`, which `QuorumPeerConfig.parse` wraps as `Error processing <path>`: ' +
      'the server does not start. The id is also what each server\'s `myid` file must contain.',
    fix: 'Number the servers: `server.1`, `server.2`, `server.3`, and write the same number into each host\'s `myid`.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L213-214',
      'QuorumMaj.java (ZooKeeper master) L92-95',
    ],
    upstreamMessage:
      'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<N>")' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "three"',
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        if (javaLong(s.id.value) !== undefined) continue;
        const span = s.id.value === '' ? s.entry.key.span : s.id.span;
        report({ span, message: `server id ${quote(s.id.value)} of ${quote(s.entry.key.value)} is not a number, so ZooKeeper refuses to start` });
      }
    }
  },
});
