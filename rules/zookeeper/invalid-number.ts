import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_KEYS } from '../../src/knowledge/zookeeper-keys.ts';
import { assumedNote, atLeast } from '../../src/model/versions.ts';
import { zooValue } from '../../src/parse/zoo-cfg.ts';
import { pieceOf } from '../../src/text/sub-span.ts';
import { javaInt, javaLong } from '../../src/rules-support/zookeeper.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/invalid-number',
    severity: 'error',
    description: 'A numeric zoo.cfg key has a value that is not an integer',
    rationale:
      '`QuorumPeerConfig` reads numeric keys (`tickTime`, `initLimit`, `syncLimit`, `clientPort`, `maxClientCnxns`, ' +
      '`minSessionTimeout`, `maxSessionTimeout`, `electionAlg`, `autopurge.*`, ...) with `Integer.parseInt` (a few ' +
      'with `Long.parseLong`). Anything else, an empty value, a unit such as `2000ms`, or a number beyond the ' +
      '32-bit range, throws `NumberFormatException`, which `QuorumPeerConfig.parse` wraps as ' +
      '`Error processing <path>`: the server does not start.\n\n' +
      'zoo.cfg is a `java.util.Properties` file: `#` starts a comment only at the start of a line, so ' +
      '`initLimit=10 # ticks` gives the value `10 # ticks`, not `10`.',
    fix: 'Write the bare integer, and put comments on a line of their own.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158 (parse wraps IllegalArgumentException), L171-211',
      'QuorumPeerConfig.java (ZooKeeper master) L166-189, L271-384',
      'java.util.Properties.load javadoc (comment lines, no inline comments)',
    ],
    upstreamMessage:
      'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<value>")' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "10 # ticks"',
  },
  check(cluster, report) {
    const v = cluster.zookeeperVersion;
    const keys = ZOOKEEPER_KEYS.filter((k) => (k.type === 'int' || k.type === 'long') && atLeast(v, k.since[0], k.since[1]));
    for (const zoo of cluster.zooConfigs) {
      for (const key of keys) {
        const entry = zooValue(zoo.zoo, key.name);
        if (!entry) continue;
        const text = entry.value.value;
        // A placeholder is an unknown value: zookeeper/unresolved-placeholder reports it.
        if (placeholderIn(key.name, text)) continue;
        if (key.type === 'int' ? javaInt(text) !== undefined : javaLong(text) !== undefined) continue;
        // A key that only a newer release reads depends on the version; say so when it was assumed.
        const note = key.since[0] === 3 && key.since[1] > 4 ? assumedNote(v) : '';
        const hash = text.indexOf('#');
        if (hash > 0 && /^[+-]?[0-9]+$/.test(text.slice(0, hash).trim())) {
          report({
            span: pieceOf(entry.value, hash, text.length).span,
            message: `${key.name} is ${quote(text)}: zoo.cfg has no inline comments, so ZooKeeper reads the comment as part of the number and refuses to start${note}`,
          });
          continue;
        }
        const what = text === '' ? 'empty' : /^[+-]?[0-9]+$/.test(text) ? `${quote(text)}, beyond the range of a Java ${key.type}` : `${quote(text)}, not an integer`;
        report({ span: text === '' ? entry.key.span : entry.value.span, message: `${key.name} is ${what}, so ZooKeeper refuses to start${note}` });
      }
    }
  },
});
