/**
 * Picks from a list by consistent hashing of each item's name, not by its
 * position. Fixtures are added all the time (each crash found becomes one):
 * picked by position, one new case would change the case of almost every
 * input after it, and (seed, index) from a report would replay something else
 * on the next commit. On the ring, a new item only takes the inputs that land
 * on its own points, about 1/N of them.
 */
import type { Rng } from './prng.ts';

/** Points per item: with one, an item's share of the inputs varies several-fold; with 16, by about ±25 %. */
const POINTS = 16;

/** FNV-1a, then murmur3's finaliser so that close names spread over the whole ring. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Ring<T> {
  private readonly points: { readonly at: number; readonly item: T }[];

  /** `nameOf` must be unique per item and stable across commits (a path). */
  constructor(items: readonly T[], nameOf: (item: T) => string) {
    if (items.length === 0) throw new Error('a ring needs at least one item');
    this.points = items
      .flatMap((item) => Array.from({ length: POINTS }, (_, k) => ({ at: hash32(`${nameOf(item)}#${k}`), item })))
      .sort((a, b) => a.at - b.at);
  }

  /** The item owning the first point at or after a random position, wrapping around. */
  pick(rng: Rng): T {
    const at = Math.floor(rng.next() * 4294967296);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo % this.points.length]!.item;
  }
}
