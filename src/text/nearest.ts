import { closest, distance } from 'fastest-levenshtein';

/** The candidate closest to `word` (Levenshtein), when it is at most `within` edits away: the "did you mean" of a typo. */
export function nearest(word: string, candidates: readonly string[], within: number): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= within ? best : undefined;
}
