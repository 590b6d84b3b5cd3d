import { readFileSync } from 'node:fs';
import { fail } from '../cli/usage-error.ts';

/**
 * A host as ssh is given it: a name or address, optionally `user@`. It must not
 * start with `-` (ssh would read an option) and must make one plain folder name.
 */
const HOST = /^(?:[A-Za-z0-9._][A-Za-z0-9._-]*@)?[A-Za-z0-9_][A-Za-z0-9._:-]*$/;

/** The folder of a host's snapshot: the host without its `user@`, as hacheck matches folders to the host names of the configuration. */
export function hostFolderOf(host: string): string {
  return host.slice(host.lastIndexOf('@') + 1);
}

export function checkHost(host: string, where: string): string {
  if (!HOST.test(host)) fail(`${where}: "${host}" is not a host name (letters, digits, . _ - : and an optional user@)`);
  return host;
}

/** --hosts-file: one host a line, `#` starts a comment, blank lines skipped. */
export function hostsOfFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read --hosts-file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const hosts: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const host = line.replace(/#.*/, '').trim();
    if (host !== '') hosts.push(checkHost(host, `${file}:${i + 1}`));
  });
  return hosts;
}

/** Hosts in order, each once, with two spellings of one folder refused (they would write into one folder). */
export function uniqueHosts(hosts: readonly string[]): string[] {
  const byFolder = new Map<string, string>();
  for (const h of hosts) {
    const key = hostFolderOf(h).toLowerCase();
    const seen = byFolder.get(key);
    if (seen !== undefined && seen !== h) fail(`"${seen}" and "${h}" would write the same folder; give one of them`);
    byFolder.set(key, h);
  }
  return [...byFolder.values()];
}
