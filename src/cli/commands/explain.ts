import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';

/** `hacheck explain <rule-id>`. */
export async function explainCommand(args: Args): Promise<number> {
  fail(`explain is not available yet (asked for "${args.target}")`);
}
