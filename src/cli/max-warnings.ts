import { fail } from './usage-error.ts';

/**
 * --max-warnings as ESLint reads it: a whole number, or -1 for no limit
 * (ESLint's own default, so scripts written for it carry over).
 */
export function maxWarningsOf(given: string | undefined): number {
  if (given === undefined || given === '-1') return Infinity;
  if (!/^\d+$/.test(given)) fail(`--max-warnings takes a whole number of warnings, or -1 for no limit, not "${given}"`);
  return Number(given);
}
