import { DISGUISING, unicodeEscape } from '../text/disguising-characters.ts';

const MAX = 100;

/** `s` cut to `max` characters, the last one an ellipsis, when longer. */
export function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * A configuration value as it appears in a message: in double quotes, with
 * line breaks and control characters escaped so a value can never break the
 * one-line-per-finding output, bidirectional controls and invisible characters
 * escaped so it cannot read as another (src/text/disguising-characters.ts),
 * and long values shortened.
 */
export function quote(value: string): string {
  // Each character escapes to one or more, and escaping MAX + 1 of them is enough to know the value
  // is cut and to give the MAX - 1 kept: a value of 50 MB costs what one of 101 characters does.
  const head = value.length > MAX + 1 ? value.slice(0, MAX + 1) : value;
  const s = head.replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape)
    .replace(DISGUISING, unicodeEscape);
  return `"${shorten(s, MAX)}"`;
}

/** "1 NameNode", "2 NameNodes". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
