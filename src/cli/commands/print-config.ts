import { RULES } from '../../../rules/index.ts';
import { stringifySafe } from '../../format/json-text.ts';
import { loadConfig } from '../../config/load.ts';
import { resolveConfig } from '../../config/resolve.ts';
import type { Args } from '../args.ts';
import { requireDirectory } from './lint.ts';
import { fail } from '../usage-error.ts';

/** `hacheck --print-config DIR`: the configuration a lint of DIR would use, as JSON. */
export async function printConfigCommand(args: Args): Promise<number> {
  // One configuration is printed: with several directories, which one would be ambiguous.
  if (args.targets.length > 1) fail('--print-config takes one cluster directory');
  const dir = args.target!;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values['config'] as string | undefined);
  // Values come from the configuration file as written: escaped like every other output.
  process.stdout.write(stringifySafe(resolveConfig(loaded, RULES)));
  return 0;
}
