import { posix } from 'node:path';
import { candidateAt } from '../recognised-files.ts';
import { parseZooCfg, zooValue } from '../parse/zoo-cfg.ts';
import { SourceText } from '../text/source-text.ts';
import { ARCHIVE_SCRIPT, LIST_SCRIPT } from './remote-scripts.ts';
import { readTar, TarFormatError } from './read-tar.ts';
import { cleanRemotePath, SYSTEM_FILES } from './remote-paths.ts';
import { remoteCommand } from './shell-quote.ts';
import { runSsh, type SshResult, type SshSettings } from './run-ssh.ts';

export type HostOutcome =
  | { readonly ok: true; readonly files: ReadonlyMap<string, Buffer>; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Whether hacheck reads the file at this absolute path, by its name (src/recognised-files.ts, the table discovery uses). */
function recognised(path: string): boolean {
  return candidateAt(path.slice(1), posix.basename(path)) !== undefined;
}

/** What the remote side printed on standard error when its command did not succeed: the files it could not read. */
function remoteNotes(r: SshResult): string[] {
  return r.code === 0 ? [] : r.stderrLines.slice(0, 5);
}

/**
 * Where ZooKeeper reads its other files, from each fetched zoo.cfg: `<dataDir>/myid`
 * (QuorumPeerConfig reads `new File(dataDir, "myid")`) and dynamicConfigFile. Only
 * absolute paths: a relative one depends on the server's working directory.
 */
function zookeeperFiles(files: ReadonlyMap<string, Buffer>): string[] {
  const wanted: string[] = [];
  for (const [path, content] of files) {
    if (candidateAt(path.slice(1), posix.basename(path))?.kind !== 'zoo.cfg') continue;
    const zoo = parseZooCfg(new SourceText(path, content.toString('utf8')));
    const dataDir = zooValue(zoo, 'dataDir')?.value.value;
    const dynamic = zooValue(zoo, 'dynamicConfigFile')?.value.value;
    for (const p of [dataDir ? `${dataDir}/myid` : undefined, dynamic]) {
      const clean = p?.startsWith('/') ? cleanRemotePath(posix.normalize(p)) : undefined;
      if (clean && !files.has(clean) && !wanted.includes(clean)) wanted.push(clean);
    }
  }
  return wanted;
}

/** Fetches the listed files; only members that were asked for are kept (a host cannot add others). */
async function fetchFiles(ssh: SshSettings, host: string, paths: readonly string[], into: Map<string, Buffer>, notes: string[]): Promise<string | undefined> {
  if (paths.length === 0) return undefined;
  const r = await runSsh(ssh, host, remoteCommand(ARCHIVE_SCRIPT, paths.map((p) => p.slice(1))));
  if (!r.connected) return r.reason;
  notes.push(...remoteNotes(r));
  let members;
  try {
    members = readTar(r.stdout);
  } catch (e) {
    if (e instanceof TarFormatError) return `the host's tar output cannot be read (${e.message})`;
    throw e;
  }
  const asked = new Set(paths);
  for (const m of members) {
    const path = cleanRemotePath(`/${m.name}`);
    if (path !== undefined && asked.has(path)) into.set(path, m.content);
  }
  return undefined;
}

/**
 * One host: list the regular files of the configuration directories and the
 * system files, fetch those hacheck reads, then the myid and dynamic file each
 * fetched zoo.cfg points to. Three ssh commands, each read-only.
 */
export async function fetchHost(ssh: SshSettings, host: string, directories: readonly string[]): Promise<HostOutcome> {
  const notes: string[] = [];
  const listing = await runSsh(ssh, host, remoteCommand(LIST_SCRIPT, [...directories, ...SYSTEM_FILES]));
  if (!listing.connected) return { ok: false, reason: listing.reason };
  notes.push(...remoteNotes(listing));
  const listed = listing.stdout.toString('utf8').split('\0').filter((p) => p !== '');
  const wanted = [...new Set(listed.map(cleanRemotePath).filter((p): p is string => p !== undefined && recognised(p)))];
  const files = new Map<string, Buffer>();
  const failed = (await fetchFiles(ssh, host, wanted, files, notes)) ?? (await fetchFiles(ssh, host, zookeeperFiles(files), files, notes));
  if (failed !== undefined) return { ok: false, reason: failed };
  return { ok: true, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), notes };
}
