import { RULES } from '../../rules/index.ts';
import { suggestRuleId } from '../engine/suppress.ts';
import { fail } from './usage-error.ts';

/** Every --rule id names a rule; a mistyped one gets the id it probably meant, as a suppression comment does. */
export function requireKnownRules(ids: readonly string[] | undefined): void {
  const known = RULES.map((r) => r.meta.id);
  for (const id of ids ?? []) {
    if (known.includes(id)) continue;
    const hint = suggestRuleId(id, known);
    fail(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''} (hacheck --list-rules lists every rule)`);
  }
}
