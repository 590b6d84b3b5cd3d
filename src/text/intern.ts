/**
 * One string for each distinct name or value read from the files. Thousands of hosts' site
 * files repeat the same property names and most values, and each read makes a string of its
 * own; a token cut from a file's text may also keep that whole text alive (V8 makes a slice
 * of a longer string point into it). The first string seen stands for all that equal it.
 * The pool is emptied when it grows large, so a long-lived process (the tests) does not keep
 * every string it ever read; the cost is only that later strings are shared less.
 */
const pool = new Map<string, string>();
const LIMIT = 1 << 17;

export function intern(s: string): string {
  const known = pool.get(s);
  if (known !== undefined) return known;
  if (pool.size >= LIMIT) pool.clear();
  pool.set(s, s);
  return s;
}
