import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as assert from 'uvu/assert';

/**
 * Compares output with the case's expected.txt. With UPDATE=1 it rewrites
 * the file instead, for review in the diff; never edit expectations in bulk by hand.
 */
export function expectOutput(dir: string, actual: string): void {
  expectFile(join(dir, 'expected.txt'), actual);
}

/**
 * Compares output with the file at `file` (a missing file reads as empty).
 * With UPDATE=1 it writes the file instead, creating its folder if needed.
 */
export function expectFile(file: string, actual: string): void {
  if (process.env['UPDATE'] === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : '';
  assert.fixture(actual, expected);
}
