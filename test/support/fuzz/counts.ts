/**
 * How many mutated inputs test/fuzz.test.ts runs. `npm test` on a developer's machine runs a
 * few thousand (about 20 s on two cores, where the 20,000 took two minutes, more than half of
 * the whole suite: issue 17); CI (`.ci/run`) sets FUZZ_COUNT to the full run. Inputs are a
 * function of (seed, index) alone, so the short run is the first CI_COUNT-th of the long one.
 */
export const DEFAULT_COUNT = 3_000;
export const CI_COUNT = 20_000;
