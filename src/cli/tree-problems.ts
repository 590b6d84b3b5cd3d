import type { Cluster } from '../model/types.ts';
import { printable } from '../format/printable.ts';
import { plural } from '../engine/quote.ts';

/**
 * True when the directory holds no recognised file at all: a wrong path must not pass silently.
 * A container definition that could not be read (invalid YAML, a missing env_file) gives no file
 * but a note, which is a finding to show, not an empty directory.
 */
export function nothingRecognised(cluster: Cluster): boolean {
  // Notices that a value is unknown (container/value-unknown) are no check made: nothing was read either way.
  return cluster.files.length === 0 && cluster.unreadable.length === 0 && cluster.unchecked.length === 0 && cluster.containerNotes.every((n) => n.kind === 'unknown');
}

/**
 * Why nothing was checked, for the exit-2 message: no recognised file at all, or only
 * templates, which must be rendered with their real variables before they can be linted.
 */
export function nothingRecognisedMessage(dir: string, cluster: Cluster): string {
  const templates = cluster.plan.candidates.filter((c) => !c.verdict.used && c.verdict.reason === 'template').length;
  if (templates > 0) {
    return `no deployed configuration file under "${dir}", only ${plural(templates, 'template')} (see "hacheck files"): render them with the real variables into a folder and lint that folder`;
  }
  const definitions = cluster.definitions.filter((d) => (d.use.role === 'compose file' || d.use.role === 'Kubernetes manifests') && d.use.services.length > 0);
  if (definitions.length > 0) {
    // Read, but nothing they define gets a file hacheck reads: the notices say why, one a line.
    const names = definitions.slice(0, 3).map((d) => d.path).join(', ') + (definitions.length > 3 ? ', ...' : '');
    const why = cluster.containerNotes.slice(0, 5).map((n) => `\n  ${n.span.file}:${n.span.line}:${n.span.column}: ${n.message}`).join('');
    const more = cluster.containerNotes.length > 5 ? `\n  (${cluster.containerNotes.length - 5} more)` : '';
    return `the containers that ${names} under "${dir}" define${definitions.length > 1 ? '' : 's'} get no configuration file hacheck reads (see "hacheck files" and docs/containers.md)${why}${more}`;
  }
  return `no recognised configuration file under "${dir}" (zoo.cfg, myid, *-site.xml, slaves, workers, ntp.conf, chrony.conf)`;
}

/**
 * What the tree walk and the reads could not do, as one line each for stderr or a CI log.
 * `errors` leave the check incomplete (exit 2); `notices` are links hacheck chose not to follow.
 * Paths come from the directory as they are, so they are made printable.
 */
export function treeProblems(cluster: Cluster): { readonly errors: string[]; readonly notices: string[] } {
  return {
    errors: cluster.unreadable.map((u) => printable(`cannot read ${u.path} (${u.reason})`)),
    notices: [
      ...cluster.unmatchedFolders.map((f) => printable(`${f}/ looks like a host's snapshot but matches no host, so its files are read as shared: name the folder after the host, or map it with "hosts": {"<host>": "${f}"} in .hacheckrc.json`)),
      ...cluster.skipped.map((s) => printable(`skipped ${s.path}: ${s.reason}`)),
    ],
  };
}
