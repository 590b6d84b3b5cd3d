import type { SourceText } from '../text/source-text.ts';
import { parseZooCfg, type ZooEntry } from './zoo-cfg.ts';

/**
 * A Kafka server.properties. Kafka reads it with java.util.Properties.load
 * (Utils.loadProps), and ConfigDef trims every value it parses: the entries are
 * those of the Properties reader, key and value trimmed, as for zoo.cfg.
 */
export interface KafkaProperties {
  readonly entries: readonly ZooEntry[];
}

export function parseKafkaProperties(src: SourceText): KafkaProperties {
  return { entries: parseZooCfg(src).entries };
}

/** The value Kafka uses for a key: with duplicates, Properties keeps the last. */
export function kafkaValue(props: KafkaProperties, key: string): ZooEntry | undefined {
  for (let i = props.entries.length - 1; i >= 0; i--) {
    if (props.entries[i]!.key.value === key) return props.entries[i];
  }
  return undefined;
}
