import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';
import { spanWithin } from '../../src/text/sub-span.ts';

export default defineRule({
  meta: {
    id: 'kafka/unresolved-placeholder',
    severity: 'error',
    description: 'A broker configuration value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that Kafka never expands',
    rationale:
      'A Kafka broker reads server.properties with `java.util.Properties` and does not expand `${VAR}`, `$VAR`, ' +
      '`@VAR@` or `{{VAR}}`. Only a `${provider:path:key}` reference is resolved, and only when `config.providers` ' +
      'names the provider (KIP-297, KIP-421). A file that still holds another placeholder was copied before the ' +
      'deployment step (an image\'s entrypoint, `envsubst`, a template task) filled it in: `broker.id=${BROKER_ID}` ' +
      'stops the broker at start, `zookeeper.connect=${ZK_CONNECT}` names no host.\n\n' +
      'The value is unknown, so no other rule judges it. Keys holding secrets (`*.password`, `*.jaas.config`) are ' +
      'not checked: a `$` or an `@` is part of a password.',
    fix: 'Lint the file as it is deployed: render it first (run the entrypoint\'s or the template\'s substitution into a folder) and lint that folder, or write the value itself.',
    references: [
      'KIP-297 (Externalizing Secrets for Connect Configurations) and KIP-421 (Automatically resolve external configurations): ${provider:path:key} with config.providers',
      'Utils.loadProps (Kafka): java.util.Properties, values used as they are',
    ],
  },
  check(cluster, report) {
    for (const file of cluster.distinctFiles) {
      if (file.kind !== 'server.properties') continue;
      const providers = kafkaValue(file.kafka, 'config.providers') !== undefined;
      for (const entry of file.kafka.entries) {
        const p = placeholderIn(entry.key.value, entry.value.value, providers);
        if (!p) continue;
        report({
          span: spanWithin(entry.value, p.index, p.index + p.text.length),
          message: `${entry.key.value} holds ${quote(p.text)}, which Kafka does not expand: the broker reads the value ${quote(entry.value.value)} as it is`,
        });
      }
    }
  },
});
