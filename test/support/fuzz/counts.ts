/**
 * How many mutated inputs test/fuzz.test.ts runs. `npm test` on a developer's machine runs two
 * thousand (about 25 s and 40 CPU-seconds on two cores: at 3,000 the fuzzer was a quarter of the
 * suite's CPU, and `npm test` missed issue 17's two minutes); CI (`.ci/run`) sets FUZZ_COUNT to
 * the full run. Inputs are a function of (seed, index) alone, so the short run is the first
 * tenth of the long one.
 */
export const DEFAULT_COUNT = 2_000;
export const CI_COUNT = 20_000;
