import { isUtf8 } from 'node:buffer';

/**
 * A file name's bytes as text, each byte that is not part of a well-formed
 * UTF-8 sequence written as \xNN: a name that is not UTF-8 cannot round-trip
 * through a JavaScript string (decoding makes U+FFFD of it, and no file has
 * that name), so it is shown, never used as a path.
 */
export function escapeInvalidUtf8(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n > 0 && i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n))) {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}
