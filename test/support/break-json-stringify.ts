/**
 * Makes hacheck's own formatting code fail, with no hook in the production code:
 * JSON.stringify returns undefined for the json format's document, so the formatter's
 * `.replace` on the result throws a TypeError inside src/format/json-text.ts, as a real bug
 * there would. In process, or in a spawned CLI by test/support/preload/break-json-stringify.ts.
 */
/** Breaks JSON.stringify for the json format's document; returns what restores it. */
export function breakJsonStringify(): () => void {
  const stringify = JSON.stringify;
  JSON.stringify = function (value: unknown, ...rest: unknown[]) {
    if (value !== null && typeof value === 'object' && 'schemaVersion' in value) return undefined as unknown as string;
    return (stringify as (...a: unknown[]) => string)(value, ...rest);
  };
  return () => {
    JSON.stringify = stringify;
  };
}
