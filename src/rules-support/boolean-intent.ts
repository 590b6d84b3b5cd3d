/**
 * What a non-boolean value most likely meant: `ture`, `yes`, `on`, `1` mean
 * true; `flase`, `no`, `off`, `0` mean false; anything else is unknown.
 * Used to tell a typo that leaves the key at the value meant (its default)
 * from one that silently turns a feature off or on.
 */
import { distance } from 'fastest-levenshtein';

const TRUE_WORDS = new Set(['yes', 'y', 'on', '1', 'enable', 'enabled']);
const FALSE_WORDS = new Set(['no', 'n', 'off', '0', 'disable', 'disabled']);

export function meantBoolean(value: string): 'true' | 'false' | undefined {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return 'true';
  if (FALSE_WORDS.has(v)) return 'false';
  const toTrue = distance(v, 'true');
  const toFalse = distance(v, 'false');
  if (toTrue <= 2 && toTrue < toFalse) return 'true';
  if (toFalse <= 2 && toFalse < toTrue) return 'false';
  return undefined;
}
