const MAX = 100;

/**
 * A configuration value as it appears in a message: in double quotes, with
 * line breaks and control characters escaped so a value can never break the
 * one-line-per-finding output, and long values shortened.
 */
export function quote(value: string): string {
  let s = value.replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (s.length > MAX) s = `${s.slice(0, MAX - 1)}…`;
  return `"${s}"`;
}

/** "1 NameNode", "2 NameNodes". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
