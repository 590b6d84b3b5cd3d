import { RULES } from '../../../rules/index.ts';
import { stringifySafe } from '../../format/json-text.ts';
import { loadConfig } from '../../config/load.ts';
import { resolveConfig } from '../../config/resolve.ts';
import type { Args } from '../args.ts';
import { requireDirectory } from './lint.ts';

/** `hacheck --print-config DIR`: the configuration a lint of DIR would use, as JSON. */
export async function printConfigCommand(args: Args): Promise<number> {
  const dir = args.target!;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values['config'] as string | undefined);
  // Values come from the configuration file as written: escaped like every other output.
  process.stdout.write(stringifySafe(resolveConfig(loaded, RULES)));
  return 0;
}
