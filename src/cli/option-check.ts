import { nearest } from '../text/nearest.ts';
import { fail } from './usage-error.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

interface Token {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string | undefined;
  readonly inlineValue?: boolean | undefined;
}

/** The option a misspelt one probably meant, when it is a typo rather than another word (as ESLint and Ruff suggest). */
function suggestOption(raw: string, names: readonly string[]): string | undefined {
  const typed = raw.replace(/^-+/, '');
  if (typed.length < 2) return undefined;
  // Two edits cover a swapped pair of letters ("quite"), the commonest typo of a short word.
  const best = nearest(typed, names, Math.max(2, Math.floor(typed.length / 4)));
  return best === undefined ? undefined : `--${best}`;
}

/** A value that is a negative number, as `--max-warnings -1` takes: not an option. */
function isNegativeNumber(value: string): boolean {
  return /^-\d/.test(value);
}

/**
 * Checks what node:util parseArgs, run with `strict: false`, accepted without
 * judging: its strict mode words unknown options and missing values in its own
 * terms ("place it at the end of the command after '--'", a `\n` escaped in
 * the message) and refuses `--max-warnings -1`. Each problem here names the
 * option as typed, with the option probably meant.
 */
export function checkOptionTokens(tokens: readonly Token[], options: Readonly<Record<string, OptionSpec>>): void {
  const names = Object.keys(options);
  for (const t of tokens) {
    if (t.kind !== 'option' || t.name === undefined) continue;
    const raw = t.rawName ?? `--${t.name}`;
    const spec = options[t.name];
    if (spec === undefined) {
      const hint = suggestOption(raw, names);
      fail(`unknown option "${raw}"${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    if (spec.type === 'boolean' && t.value !== undefined) fail(`option "${raw}" takes no value, not "${t.value}"`);
    if (spec.type === 'string') {
      // parseArgs (non-strict) takes the next word whatever it is: `--format --quiet` would make "--quiet" the format.
      if (t.value === undefined || (t.inlineValue === false && t.value.startsWith('-') && !isNegativeNumber(t.value))) {
        fail(`option "${raw}" needs a value`);
      }
    }
  }
}
