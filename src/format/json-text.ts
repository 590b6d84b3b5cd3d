/**
 * JSON text that is safe to print. JSON.stringify escapes U+0000-U+001F but
 * leaves DEL, the C1 controls (U+009B is a one-byte CSI for some terminals)
 * and the JavaScript line separators raw; they become \uXXXX here. "##[" in a
 * string becomes "##\u005b", since the GitHub runner reads the legacy
 * `##[error]` command anywhere in a line (see printable.ts). Both escapes
 * parse back to the same document.
 */
export function stringifySafe(value: unknown): string {
  return `${JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/##\[/g, '##\\u005b')}\n`;
}
