import type { Cluster } from '../model/types.ts';
import { printable } from '../format/printable.ts';

/** True when the directory holds no recognised file at all: a wrong path must not pass silently. */
export function nothingRecognised(cluster: Cluster): boolean {
  return cluster.files.length === 0 && cluster.unreadable.length === 0 && cluster.unchecked.length === 0;
}

/**
 * What the tree walk and the reads could not do, as one line each for stderr or a CI log.
 * `errors` leave the check incomplete (exit 2); `notices` are links hacheck chose not to follow.
 * Paths come from the directory as they are, so they are made printable.
 */
export function treeProblems(cluster: Cluster): { readonly errors: string[]; readonly notices: string[] } {
  return {
    errors: cluster.unreadable.map((u) => printable(`cannot read ${u.path} (${u.reason})`)),
    notices: cluster.skipped.map((s) => printable(`skipped ${s.path}: ${s.reason}`)),
  };
}
