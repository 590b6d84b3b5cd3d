/**
 * The time sources an ntp.conf or chrony.conf names. Source:
 * docs/reference/hadoop-zookeeper-facts.md e.2 (ntpd confopt.html, miscopt.html)
 * and e.3 (chrony.conf.adoc).
 */
import type { TimeConfig } from '../parse/line-files.ts';
import type { Located } from '../text/span.ts';

/** Association commands that name an upstream source, in ntpd and chrony alike. */
export const SOURCE_KEYWORDS: ReadonlySet<string> = new Set(['server', 'pool', 'peer']);

/**
 * Other ways a daemon gets or keeps time without a server/pool/peer line:
 * ntpd broadcast, multicast and manycast clients; chrony hardware reference
 * clocks, `local` (the time master of an isolated network) and source files;
 * files pulled in by include directives, which the snapshot may not hold.
 */
const OTHER_SOURCE_KEYWORDS: ReadonlySet<string> = new Set([
  'broadcastclient', 'multicastclient', 'manycastclient', 'refclock', 'local', 'sourcedir', 'includefile', 'include', 'confdir',
]);

export interface TimeSource {
  readonly keyword: Located<string>;
  /** The address: the first argument that is not an option such as -4 or -6. */
  readonly address: Located<string>;
}

export function timeSources(t: TimeConfig): TimeSource[] {
  const out: TimeSource[] = [];
  for (const d of t.directives) {
    if (!SOURCE_KEYWORDS.has(d.keyword.value.toLowerCase())) continue;
    const address = d.args.find((a) => !a.value.startsWith('-'));
    if (address) out.push({ keyword: d.keyword, address });
  }
  return out;
}

/** Whether the configuration names no source at all, nor any other way to get time. */
export function hasNoSource(t: TimeConfig): boolean {
  return timeSources(t).length === 0 && !t.directives.some((d) => OTHER_SOURCE_KEYWORDS.has(d.keyword.value.toLowerCase()));
}

/** ntpd reference clock drivers use the pseudo-addresses 127.127.t.u (the local clock is 127.127.1.0). */
export function isReferenceClock(address: string): boolean {
  return /^127\.127\.\d{1,3}\.\d{1,3}$/.test(address);
}

/**
 * A source as compared between hosts: lower-cased, and the numbered aliases
 * of one pool.ntp.org zone (0.asia.pool.ntp.org ... 3.asia.pool.ntp.org) are one zone.
 */
export function sourceKey(address: string): string {
  return address.toLowerCase().replace(/^\d+\.((?:[a-z0-9-]+\.)*pool\.ntp\.org)$/, '$1');
}
