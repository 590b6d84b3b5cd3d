/**
 * The fuzzer's only source of randomness. Input i is generated from a stream
 * seeded with (seed, i) alone, never from the state left by input i - 1, so any
 * single input can be replayed (scripts/fuzz.ts --index) without the ones
 * before it, and the inputs can be split between workers in any way.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n); n >= 1. */
  int(n: number): number;
  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128 bits of
 * state, so the 2^64 pairs (seed, index) each get their own initial state,
 * unlike a 32-bit generator seeded with a hash of the pair, where two inputs
 * can collide. Math.random cannot be seeded, so it is never used here.
 */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The stream for input `index` of run `seed` (both taken as unsigned 32-bit integers). */
export function rngFor(seed: number, index: number): Rng {
  const next = sfc32(seed >>> 0, index >>> 0, 0x9e3779b9, 0x6a09e667);
  // Neighbouring seeds start with nearly equal states: the first outputs are
  // discarded until the state is mixed (the author's recommendation is 12 or more).
  for (let i = 0; i < 20; i++) next();
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    chance: (p) => next() < p,
  };
}
