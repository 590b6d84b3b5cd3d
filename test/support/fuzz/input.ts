/**
 * Input (seed, index): one file of one seed case with 1 to 4 mutations. A pure
 * function of the corpus, the seed and the index, so the run that found a
 * failure and the replay that reduces it see the same bytes.
 */
import type { Corpus, SeedCase, SeedFile } from './corpus.ts';
import { FALLBACK, MUTATORS, type Donor, type MutationContext } from './mutators.ts';
import { rngFor, type Rng } from './prng.ts';

export interface FuzzInput {
  readonly seed: number;
  readonly index: number;
  readonly case: SeedCase;
  /** The mutated file; the case's other files are left as they are. */
  readonly file: SeedFile;
  readonly bytes: Buffer;
  /** Each mutation in words, in the order applied. */
  readonly mutations: readonly string[];
}

/** How many mutators are drawn before the fallback, which always applies. */
const ATTEMPTS = 8;

function donorContext(corpus: Corpus, kind: SeedFile['kind']): MutationContext {
  return {
    donor(rng: Rng): Donor {
      // Half the time a file of the same kind (XML into XML), else any file (a zoo.cfg line into XML).
      const ring = rng.chance(0.5) ? corpus.donorsByKind.get(kind) ?? corpus.donors : corpus.donors;
      const d = ring.pick(rng);
      return { label: `${d.case.name}/${d.file.path}`, text: d.file.bytes.toString('latin1') };
    },
  };
}

export function makeInput(corpus: Corpus, seed: number, index: number): FuzzInput {
  const rng = rngFor(seed, index);
  const c = corpus.caseRing.pick(rng);
  const file = rng.pick(c.files);
  const ctx = donorContext(corpus, file.kind);
  let text = file.bytes.toString('latin1');
  const mutations: string[] = [];
  const count = rng.between(1, 4);
  for (let k = 0; k < count; k++) {
    let applied;
    for (let attempt = 0; attempt < ATTEMPTS && !applied; attempt++) {
      const m = rng.pick(MUTATORS);
      const result = m.apply(text, rng, ctx);
      if (result) applied = { name: m.name, ...result };
    }
    applied ??= { name: FALLBACK.name, ...FALLBACK.apply(text, rng, ctx)! };
    text = applied.text;
    mutations.push(`${applied.name}: ${applied.what}`);
  }
  return { seed, index, case: c, file, bytes: Buffer.from(text, 'latin1'), mutations };
}
