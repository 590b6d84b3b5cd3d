import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';
import { spanWithin } from '../../src/text/sub-span.ts';

export default defineRule({
  meta: {
    id: 'zookeeper/unresolved-placeholder',
    severity: 'error',
    description: 'A zoo.cfg value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that ZooKeeper never expands',
    rationale:
      'ZooKeeper reads zoo.cfg (and its dynamic file) with `java.util.Properties` and uses each trimmed value as it ' +
      'is: nothing expands `${VAR}`, a shell\'s `$VAR`, `@VAR@` of sed or Maven filtering, or `{{VAR}}`. A file ' +
      'that still holds one was copied before the deployment step (an image\'s entrypoint, `envsubst`, a template ' +
      'task) filled it in, or the step missed it: `clientPort=${ZOO_PORT}` stops the server at start ' +
      '(`NumberFormatException`), `server.1=${ZK1}:2888:3888` names a host that does not exist.\n\n' +
      'The value is unknown, so no other rule judges it. Keys holding secrets (`ssl.keyStore.password`, ...) are ' +
      'not checked: a `$` or an `@` is part of a password.',
    fix: 'Lint the file as it is deployed: render it first (run the entrypoint\'s or the template\'s substitution into a folder) and lint that folder, or write the value itself.',
    references: [
      'QuorumPeerConfig.java (ZooKeeper master) parse(): Properties.load, then parseProperties() uses each trimmed value as it is',
    ],
    upstreamMessage:
      'Error processing <path>/zoo.cfg (caused by java.lang.NumberFormatException: For input string: "<value>")' +
      '; ZooKeeper 3.8.0 (test/zookeeper-real.test.ts): java.lang.NumberFormatException: For input string: "${INIT_LIMIT}"',
  },
  check(cluster, report) {
    for (const file of cluster.distinctFiles) {
      if (file.kind !== 'zoo.cfg' && file.kind !== 'zoo.cfg.dynamic') continue;
      for (const entry of file.zoo.entries) {
        const p = placeholderIn(entry.key.value, entry.value.value);
        if (!p) continue;
        report({
          span: spanWithin(entry.value, p.index, p.index + p.text.length),
          message: `${entry.key.value} holds ${quote(p.text)}, which ZooKeeper does not expand: the server reads the value ${quote(entry.value.value)} as it is`,
        });
      }
    }
  },
});
