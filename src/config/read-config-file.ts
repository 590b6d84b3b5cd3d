/**
 * Reads a configuration file as text, safely: only a regular file of at most
 * MAX_CONFIG_FILE_SIZE bytes, opened without blocking and without following a
 * link (src/read/read-regular-file.ts), so a FIFO, a device or a link to
 * /dev/zero is refused at once instead of hanging or filling the memory.
 */
import { ConfigError } from './config-error.ts';
import { readRegularFile } from '../read/read-regular-file.ts';

/** Hand-written configuration files are a few kilobytes; package.json files rarely reach 100 KB. */
export const MAX_CONFIG_FILE_SIZE = 1024 * 1024;

/**
 * The text of the regular file at `real` (a path without links), shown as
 * `shown` in messages. A byte-order mark is dropped; invalid UTF-8 becomes
 * U+FFFD, which the parsers then reject or keep as any other character.
 */
export function readConfigText(real: string, shown: string): string {
  const r = readRegularFile(real, MAX_CONFIG_FILE_SIZE);
  if (r.ok) return new TextDecoder('utf-8', { ignoreBOM: false }).decode(r.bytes);
  if (r.tooLarge) throw new ConfigError(`${shown}: not read: larger than 1 MiB (${MAX_CONFIG_FILE_SIZE} bytes), the limit for a configuration file`);
  throw new ConfigError(`${shown}: not read: ${r.reason}`);
}
