import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { kafkaValue } from '../../src/parse/kafka-properties.ts';
import { distinctBrokerFiles, isTmpPath } from '../../src/rules-support/kafka.ts';
import { splitLocated, trimLocated } from '../../src/text/sub-span.ts';
import { placeholderIn } from '../../src/rules-support/placeholders.ts';

export default defineRule({
  meta: {
    id: 'kafka/log-dirs-in-tmp',
    severity: 'warning',
    description: 'A Kafka broker keeps its log directories (its data) under /tmp',
    rationale:
      '`log.dirs` (else `log.dir`, default `/tmp/kafka-logs`) are where a broker stores every partition it holds, ' +
      'and `meta.properties` with its id. Many systems empty `/tmp` at boot or age files out of it ' +
      '(systemd-tmpfiles, tmpfs): the broker comes back empty, re-replicates everything, and partitions with no ' +
      'other replica are lost. The shipped `config/server.properties` uses `/tmp/kafka-logs` as an example only.\n\n' +
      'A file counts as a broker configuration when it sets a broker key (`broker.id`, `node.id`, ' +
      '`zookeeper.connect`, `process.roles`, `listeners`, `log.dirs`, `log.dir`); with neither `log.dirs` nor ' +
      '`log.dir` the default `/tmp/kafka-logs` is reported at the start of the file.',
    fix: 'Set `log.dirs` to directories on persistent disks, for example `/var/lib/kafka/data`, and move the data with the broker stopped.',
    references: [
      'Kafka broker configs (kafka.apache.org/082/configuration/broker-configs) log.dirs: default /tmp/kafka-logs',
      'Kafka broker configs (kafka.apache.org/documentation/#brokerconfigs_log.dirs): "If not set, the value in log.dir is used"; log.dir default /tmp/kafka-logs',
    ],
  },
  check(cluster, report) {
    for (const file of distinctBrokerFiles(cluster)) {
      const dirs = kafkaValue(file.kafka, 'log.dirs') ?? kafkaValue(file.kafka, 'log.dir');
      if (!dirs || dirs.value.value === '') {
        report({ span: file.start, message: 'Neither log.dirs nor log.dir is set, so the broker keeps its data in the default "/tmp/kafka-logs"' });
        continue;
      }
      // ConfigDef LIST: split on commas with the whitespace around them.
      for (const piece of splitLocated(dirs.value, ',')) {
        const dir = trimLocated(piece);
        // A placeholder is an unknown value: kafka/unresolved-placeholder reports it.
        if (!isTmpPath(dir.value) || placeholderIn(dirs.key.value, dir.value)) continue;
        report({ span: dir.span, message: `${dirs.key.value} holds ${quote(dir.value)}, under a temporary directory that the system may clear` });
      }
    }
  },
});
