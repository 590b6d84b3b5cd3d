import type { Args } from '../args.ts';
import { fail } from '../usage-error.ts';

/** `hacheck summary <dir>`. */
export async function summaryCommand(args: Args): Promise<number> {
  fail(`summary is not available yet (asked for "${args.target}")`);
}
