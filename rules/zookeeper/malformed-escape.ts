import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/malformed-escape',
    severity: 'error',
    description: 'A zoo.cfg line holds a \\u escape that is not followed by four hex digits',
    rationale:
      'ZooKeeper loads zoo.cfg with `java.util.Properties.load`, which decodes `\\uXXXX` escapes in keys and ' +
      'values. A `\\u` not followed by four hexadecimal digits makes it throw `IllegalArgumentException`, which ' +
      '`QuorumPeerConfig.parse` wraps as `Error processing <path>`: the server does not start. This usually comes ' +
      'from a Windows path such as `dataDir=C:\\users\\zk`.',
    fix:
      'Write backslashes as `\\\\` or use forward slashes (`C:/users/zk`); a backslash before any other character ' +
      'is silently dropped by `Properties.load`.',
    references: [
      'java.util.Properties.load(Reader) javadoc and loadConvert (OpenJDK 17): "Malformed \\uxxxx encoding."',
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L133-158; (master) L166-189: IllegalArgumentException wrapped as ConfigException',
    ],
    upstreamMessage: 'Malformed \\uxxxx encoding.',
  },
  check(cluster, report) {
    const files = [...cluster.zooConfigs, ...cluster.distinctFiles.filter((f) => f.kind === 'zoo.cfg.dynamic')];
    for (const f of files) {
      if (!('zoo' in f)) continue;
      for (const e of f.zoo.entries) {
        if (!e.malformedEscape) continue;
        report({
          span: e.malformedEscape,
          message: `the line for ${quote(e.key.value)} holds a \\u escape without four hex digits, so ZooKeeper cannot load the file`,
        });
      }
    }
  },
});
