import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';

/**
 * Compares output with the case's expected.txt. With UPDATE=1 it rewrites
 * the file instead, for review in the diff; never edit expectations in bulk by hand.
 */
export function expectOutput(dir: string, actual: string): void {
  const file = join(dir, 'expected.txt');
  if (process.env['UPDATE'] === '1') {
    writeFileSync(file, actual);
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  assert.fixture(actual, expected);
}
