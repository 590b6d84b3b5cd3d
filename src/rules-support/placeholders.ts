/**
 * Placeholders in zoo.cfg and server.properties values. ZooKeeper reads zoo.cfg with
 * `Properties.load` and uses each trimmed value as it is (QuorumPeerConfig.parse,
 * parseProperties): nothing expands `${VAR}`. Kafka neither, unless `config.providers` names
 * a ConfigProvider, which then resolves `${provider:path:key}` (KIP-297, KIP-421). A value
 * still holding one was copied before the deployment step filled it in: the placeholder rules
 * report it, and the other rules leave the value alone, since it is unknown.
 */
import { templatePlaceholders, type Placeholder } from '../text/template-placeholders.ts';

/** Keys whose values are secrets, where a `$` or an `@` is part of the value. */
const SECRET_KEY = /password|secret|jaas/i;

/** `${...}` on one line. */
const DOLLAR_BRACES = /\$\{[^}\n]*\}/g;

/** The first placeholder in the value of `key`, or undefined. `providers`: Kafka's config.providers is set. */
export function placeholderIn(key: string, value: string, providers = false): Placeholder | undefined {
  if (SECRET_KEY.test(key)) return undefined;
  // Most values hold none of the openers.
  if (!value.includes('$') && !value.includes('@') && !value.includes('{{') && !value.includes('%%')) return undefined;
  const found: Placeholder[] = [];
  for (const m of value.matchAll(DOLLAR_BRACES)) {
    // ${file:/etc/kafka/secrets.properties:password}: a ConfigProvider's reference, resolved when providers are configured.
    if (providers && m[0].includes(':')) continue;
    found.push({ index: m.index!, text: m[0] });
  }
  for (const p of templatePlaceholders(value)) found.push(p);
  return found.sort((a, b) => a.index - b.index)[0];
}

/** Whether the value is unknown because it holds a placeholder: rules other than the placeholder rules skip it. */
export function holdsPlaceholder(key: string, value: string, providers = false): boolean {
  return placeholderIn(key, value, providers) !== undefined;
}
