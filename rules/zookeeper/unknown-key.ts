import { distance } from 'fastest-levenshtein';
import { defineRule } from '../../src/engine/rule.ts';
import { quote } from '../../src/engine/quote.ts';
import { ZOOKEEPER_KEYS, ZOOKEEPER_KEY_PREFIXES } from '../../src/knowledge/zookeeper-keys.ts';

const NAMES = ZOOKEEPER_KEYS.map((k) => k.name);
/** The numbered families QuorumPeerConfig reads: server.N, group.N, weight.N. */
const FAMILIES = ['server', 'group', 'weight'];

function isKnown(key: string): boolean {
  return NAMES.includes(key) || ZOOKEEPER_KEY_PREFIXES.some((p) => key.startsWith(p));
}

/** The known key a key is a case variant or near misspelling of. */
function suggestion(key: string): string | undefined {
  const numbered = /^([^.]+)\.([0-9]+)$/.exec(key);
  if (numbered) {
    const word = numbered[1]!;
    const family = FAMILIES.find((f) => f.toLowerCase() === word.toLowerCase()) ??
      FAMILIES.find((f) => word.length >= 4 && distance(f, word.toLowerCase()) <= 1);
    return family ? `${family}.${numbered[2]}` : undefined;
  }
  const lower = key.toLowerCase();
  const caseVariant = NAMES.find((n) => n.toLowerCase() === lower);
  if (caseVariant) return caseVariant;
  let best: { name: string; d: number } | undefined;
  for (const name of NAMES) {
    // Short keys: one edit; longer keys: two (case differences count as edits only once, via lower case).
    const limit = name.length >= 8 ? 2 : 1;
    const d = distance(lower, name.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

export default defineRule({
  meta: {
    id: 'zookeeper/unknown-key',
    severity: 'warning',
    description: 'A zoo.cfg key is not a ZooKeeper key but a case variant or near misspelling of one',
    rationale:
      'ZooKeeper does not reject keys it does not know: `QuorumPeerConfig` turns every unknown key into the Java ' +
      'system property `zookeeper.<key>`. Keys are case-sensitive, so `ticktime=2000` leaves `tickTime` at its ' +
      'default of 3000 ms and `Server.1=...` is not a server line at all, without any message.\n\n' +
      'Keys that are not close to a known key are not reported: they may be deliberate system properties.',
    fix: 'Spell the key exactly as ZooKeeper does (see the suggestion).',
    references: [
      'QuorumPeerConfig.java (ZooKeeper 3.4.14) L171-277; (master) L271-384 (unknown keys become zookeeper.<key>)',
      'zookeeperAdmin.md (ZooKeeper 3.8.6), configuration parameters',
    ],
  },
  check(cluster, report) {
    for (const zoo of cluster.zooConfigs) {
      for (const e of zoo.zoo.entries) {
        const key = e.key.value;
        if (key === '' || isKnown(key)) continue;
        const known = suggestion(key);
        if (!known) continue;
        report({ span: e.key.span, message: `${quote(key)} is not a ZooKeeper key, so ZooKeeper ignores it; did you mean ${quote(known)}?` });
      }
    }
  },
});
