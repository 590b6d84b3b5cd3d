import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECT_HELP, parseCollectArgs } from '../../collect/collect-args.ts';
import { fetchHost, type HostOutcome } from '../../collect/fetch-host.ts';
import { hostFolderOf, uniqueHosts } from '../../collect/hosts.ts';
import { hostsOfSnapshot } from '../../collect/hosts-of-snapshot.ts';
import { inPool } from '../../collect/pool.ts';
import { progressOn } from '../../collect/progress.ts';
import { writeHostSnapshot } from '../../collect/write-snapshot.ts';
import { printable } from '../../format/printable.ts';
import { fail } from '../usage-error.ts';

/** The output directory: created when missing; a host folder already in it is refused, so a snapshot never mixes two runs. */
function prepareOut(out: string, folders: readonly string[]): void {
  if (existsSync(out) && !statSync(out).isDirectory()) fail(`${out} is not a directory`);
  mkdirSync(out, { recursive: true });
  const present = folders.filter((f) => existsSync(join(out, f)));
  if (present.length > 0) fail(`${out} already holds ${present.join(', ')}: remove ${present.length > 1 ? 'them' : 'it'} or choose another output directory`);
}

/** `hacheck collect [options] <out-dir> [host ...]`: per-host snapshots over ssh (src/collect/). */
export async function collectCommand(argv: readonly string[]): Promise<number> {
  const args = parseCollectArgs(argv, process.env);
  if (args.help) {
    process.stdout.write(`${COLLECT_HELP}\n`);
    return 0;
  }
  let hosts = args.hosts;
  if (args.from !== undefined) {
    const named = await hostsOfSnapshot(args.from);
    if (named.skipped.length > 0) process.stderr.write(`hacheck: --from ${printable(args.from)}: not hosts to ssh to, left out: ${printable(named.skipped.join(', '))}\n`);
    hosts = uniqueHosts(named.hosts);
  }
  prepareOut(args.out, hosts.map(hostFolderOf));

  const progress = progressOn(process.stderr, hosts.length);
  const outcomes = await inPool(hosts, args.jobs, async (host): Promise<HostOutcome> => {
    progress.started(host);
    const outcome = await fetchHost(args.ssh, host, args.directories);
    let result = outcome;
    if (outcome.ok && outcome.files.size === 0) result = { ok: false, reason: 'connected, but no file hacheck reads was found: give the configuration directory with --path' };
    if (result.ok) {
      // Each host is written as soon as it is complete; a host that failed part-way leaves nothing.
      const refused = writeHostSnapshot(args.out, hostFolderOf(host), result.files);
      const notes = [...result.notes, ...refused.map((p) => `not written (path leaves the snapshot folder): ${p}`)];
      result = { ok: true, files: new Map([...result.files].filter(([p]) => !refused.includes(p))), notes };
    }
    progress.finished(host, result.ok ? `${result.files.size} files` : `not collected: ${result.reason}`);
    return result;
  });
  progress.close();

  let missing = 0;
  hosts.forEach((host, i) => {
    const o = outcomes[i]!;
    if (!o.ok) {
      missing++;
      return;
    }
    process.stdout.write(`${printable(hostFolderOf(host))}: ${o.files.size} file${o.files.size === 1 ? '' : 's'}\n`);
    for (const path of o.files.keys()) process.stdout.write(`  ${printable(path)}\n`);
    for (const note of o.notes) process.stdout.write(`  note: ${printable(note)}\n`);
  });
  hosts.forEach((host, i) => {
    const o = outcomes[i]!;
    if (!o.ok) process.stderr.write(`hacheck: ${printable(host)}: not collected: ${printable(o.reason)}\n`);
  });
  const collected = hosts.length - missing;
  if (collected > 0) {
    process.stdout.write(`\n${collected} of ${hosts.length} hosts collected into ${printable(args.out)}. Next, see what hacheck reads, then lint:\n`);
    process.stdout.write(`  hacheck summary ${printable(args.out)}\n  hacheck ${printable(args.out)}\n`);
  }
  return missing > 0 ? 1 : 0;
}
