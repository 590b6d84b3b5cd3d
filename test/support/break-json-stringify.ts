/**
 * Preload (`node --import tsx --import ./test/support/break-json-stringify.ts
 * <entry> DIR -f json`) that makes hacheck's own formatting code fail, with no
 * hook in the production code: JSON.stringify returns undefined for the json
 * format's document, so the formatter's `.replace` on the result throws a
 * TypeError inside src/format/json-text.ts, as a real bug there would.
 */
const stringify = JSON.stringify;
JSON.stringify = function (value: unknown, ...rest: unknown[]) {
  if (value !== null && typeof value === 'object' && 'schemaVersion' in value) return undefined as unknown as string;
  return (stringify as (...a: unknown[]) => string)(value, ...rest);
};
