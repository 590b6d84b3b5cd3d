import { DISGUISING, unicodeEscape } from '../text/disguising-characters.ts';
import { SERVICE_MESSAGE } from './printable.ts';

/**
 * JSON text that is safe to print. JSON.stringify escapes U+0000-U+001F but
 * leaves DEL, the C1 controls (U+009B is a one-byte CSI for some terminals)
 * and the JavaScript line separators raw; they become \uXXXX here, and so do
 * the bidirectional controls and invisible characters, which would make a
 * path read as another in a terminal or a log viewer. The "[" of "##[",
 * "##vso[" and "##teamcity[" becomes \u005b, since CI runners read those
 * commands anywhere in a line (see printable.ts). A JSON string escape is
 * still the same character: the document parses back to the exact data.
 */
export function stringifySafe(value: unknown): string {
  return `${JSON.stringify(value, null, 2)
    .replace(/[\u007f-\u009f\u2028\u2029]/g, unicodeEscape)
    .replace(DISGUISING, unicodeEscape)
    .replace(SERVICE_MESSAGE, '$1\\u005b')}\n`;
}
