import { existsSync } from 'node:fs';
import { nearest } from '../text/nearest.ts';
import type { Args } from './args.ts';
import { requireDirectory } from './commands/lint.ts';
import { fail } from './usage-error.ts';

const SUBCOMMANDS = ['explain', 'summary', 'files'];

/** A first operand that names no file but is a typo of a subcommand (`hacheck summery dir`) was meant as one. */
function subcommandMeant(word: string): string | undefined {
  if (existsSync(word)) return undefined;
  return nearest(word.toLowerCase(), SUBCOMMANDS, 2);
}

/**
 * Every directory given, checked before anything runs: one missing among
 * several is a usage error naming it, not a run that stops halfway.
 */
export function requireDirectories(args: Args): readonly string[] {
  const [first] = args.targets;
  if (args.command === 'lint' && first !== undefined) {
    const meant = subcommandMeant(first);
    if (meant !== undefined) fail(`unknown command "${first}"; did you mean "${meant}"?`);
  }
  for (const dir of args.targets) requireDirectory(dir);
  return args.targets;
}
