import { RULES } from '../../../rules/index.ts';
import { loadConfig } from '../../config/load.ts';
import { resolveConfig } from '../../config/resolve.ts';
import type { Args } from '../args.ts';
import { requireDirectory } from './lint.ts';

/** `hacheck --print-config DIR`: the configuration a lint of DIR would use, as JSON. */
export async function printConfigCommand(args: Args): Promise<number> {
  const dir = args.target!;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values['config'] as string | undefined);
  process.stdout.write(`${JSON.stringify(resolveConfig(loaded, RULES), null, 2)}\n`);
  return 0;
}
