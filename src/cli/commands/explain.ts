import { closest, distance } from 'fastest-levenshtein';
import { RULES } from '../../../rules/index.ts';
import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';

/** The line the generator puts at the top of each page: meant for the repo, not for a reader. */
const GENERATED_MARKER = /^<!-- GENERATED [^\n]*-->\n/;

function nameOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/**
 * Known ids a mistyped one may have meant: those it begins (`hdfs/fencing`,
 * `myid-`), else the closest by edit distance to the whole id or to its name
 * alone (`myid-mising`), when close enough to be a typo rather than another word.
 */
export function suggestRuleIds(typed: string, ids: readonly string[]): string[] {
  // Ids are lower case; a shouted id is still the same id.
  const asked = typed.toLowerCase();
  const prefixed = ids.filter((id) => id.startsWith(asked) || nameOf(id).startsWith(asked));
  if (prefixed.length > 0 && prefixed.length <= 3) return prefixed;
  const score = (id: string) => Math.min(distance(asked, id), distance(asked, nameOf(id)));
  const best = closest(asked, [...ids]);
  const bestByName = ids.find((id) => nameOf(id) === closest(asked, ids.map(nameOf)))!;
  const pick = score(bestByName) < score(best) ? bestByName : best;
  return score(pick) <= Math.max(2, Math.floor(asked.length / 3)) ? [pick] : [];
}

/** `hacheck explain <rule-id>`: the rule's page as Markdown, the same text as rules/<id>.md. */
export async function explainCommand(args: Args): Promise<number> {
  const asked = args.target!;
  // The pages are large: imported here only, so a lint run never evaluates them.
  const { RULE_PAGES } = await import('../../docs/rule-pages.generated.ts');
  const page = RULE_PAGES[asked];
  if (page === undefined) {
    const suggestions = suggestRuleIds(asked, RULES.map((r) => r.meta.id)).map((id) => `"${id}"`);
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(' or ')}?` : '';
    fail(`unknown rule "${asked}"${hint} (hacheck --list-rules lists every rule)`);
  }
  process.stdout.write(page.replace(GENERATED_MARKER, ''));
  return 0;
}
