/**
 * How each ZooKeeper release parses the boolean keys of zoo.cfg.
 * Source: docs/reference/hadoop-zookeeper-facts.md d.2 and d.6: 3.4 uses
 * Boolean.parseBoolean (anything but "true", in any case, is false); 3.5.x and
 * 3.6.x reject values other than true/false only for standaloneEnabled and
 * reconfigEnabled (QPC 3.5.10 L320, L328); from 3.7.0 every boolean that
 * QuorumPeerConfig reads goes through the strict parseBoolean helper (QPC 3.8.6
 * L954-964), which accepts true/false in any case.
 */
import { ZOOKEEPER_KEYS } from '../knowledge/zookeeper-keys.ts';
import { atLeast } from '../model/versions.ts';
import type { Version } from '../model/types.ts';

export function isStrictBoolean(key: string, v: Version): boolean {
  const known = ZOOKEEPER_KEYS.find((k) => k.name === key && k.type === 'boolean');
  if (!known || !atLeast(v, known.since[0], known.since[1])) return false;
  if (atLeast(v, 3, 7)) return true;
  return atLeast(v, 3, 5) && (key === 'standaloneEnabled' || key === 'reconfigEnabled');
}

/** Boolean keys QuorumPeerConfig reads in this version with Boolean.parseBoolean. */
export function lenientBooleanKeys(v: Version): string[] {
  return ZOOKEEPER_KEYS.filter((k) => k.type === 'boolean' && atLeast(v, k.since[0], k.since[1]) && !isStrictBoolean(k.name, v)).map((k) => k.name);
}

export function strictBooleanKeys(v: Version): string[] {
  return ZOOKEEPER_KEYS.filter((k) => k.type === 'boolean' && isStrictBoolean(k.name, v)).map((k) => k.name);
}

export const isTrueOrFalse = (s: string): boolean => /^(true|false)$/i.test(s);

/** Values that mean "off" to a reader, so reading them as false does what was meant. */
export const meansFalse = (s: string): boolean => /^(false|no|n|off|0|disabled?)$/i.test(s);

/** True when the version is only known to be 3.5 or newer (from 3.5-only syntax), not which release. */
export function onlyKnownAtLeast35(v: Version): boolean {
  return v.source === 'evidence' && v.label.endsWith('+');
}
