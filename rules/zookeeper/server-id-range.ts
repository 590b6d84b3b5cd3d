import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { javaLong, serverFiles } from '../../src/rules-support/zookeeper.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/server-id-range',
    severity: 'warning',
    description: 'A server.N id is outside the documented range 1 to 255',
    rationale:
      'The administrator\'s guide says the id "must be unique within the ensemble and should have a value between ' +
      '1 and 255". The id is shifted into the top byte of every session id the server creates ' +
      '(`nextSid | (id << 56)`), so ids above 255 wrap around and can hand out session ids that collide with those ' +
      'of another server; 3.5+ also uses -1 internally for "no id". With TTL nodes (`extendedTypesEnabled`) the ' +
      'limit is 254.',
    fix: 'Renumber the servers within 1-255 and update each host\'s `myid` to match.',
    references: [
      'zookeeperAdmin.md (ZooKeeper 3.8.6) L217-224; (3.4.14) L203-207',
      'SessionTrackerImpl.java (ZooKeeper master) L98-106',
      'EphemeralType.java (ZooKeeper master) L131, L202-205',
    ],
  },
  check(cluster, report) {
    for (const file of serverFiles(cluster)) {
      for (const s of file.zoo.servers) {
        const id = javaLong(s.id.value);
        if (id === undefined || (id >= 1n && id <= 255n)) continue;
        report({ span: s.id.span, message: `server id ${quote(s.id.value)} is outside the documented range 1 to 255` });
      }
    }
  },
});
