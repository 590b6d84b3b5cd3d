/**
 * Characters that change how the text around them reads without showing
 * themselves ("Trojan Source", CVE-2021-42574): the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) reorder what
 * follows, so a finding could display as another; the zero-width and
 * invisible characters (U+200B-U+200D, U+2060-U+2064, U+FEFF) make two
 * different values look the same. Every output shows them as \uXXXX.
 */
export const DISGUISING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** `c` as \uXXXX, lower-case hex, the form hacheck uses for every character it will not print raw. */
export function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
