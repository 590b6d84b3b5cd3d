/** Orders anything with a path by that path, as every listing and model array of hacheck is sorted. */
export function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
