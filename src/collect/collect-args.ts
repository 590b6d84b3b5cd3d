import { parseArgs } from 'node:util';
import { fail } from '../cli/usage-error.ts';
import { checkHost, hostsOfFile, uniqueHosts } from './hosts.ts';
import { checkRemotePath, DEFAULT_DIRECTORIES } from './remote-paths.ts';
import type { SshSettings } from './run-ssh.ts';

export const COLLECT_HELP = `Usage:
  hacheck collect [options] <out-dir> [host ...]

Copies, over your own ssh (its ~/.ssh/config, agent and known_hosts), the files
hacheck reads from each host into <out-dir>/<host>/<path on the host>, ready for
"hacheck summary <out-dir>" and "hacheck <out-dir>". Only reads on the hosts:
find (to list) and tar -c (to copy) of the configuration directories, the myid
and dynamic file each zoo.cfg names, /etc/hosts, /etc/ntp.conf and chrony.conf.

Hosts: the arguments, else --hosts-file, else the hosts an existing snapshot names.
      --hosts-file <file>   one host a line, # comments
      --from <dir>          the hosts named by the configuration in <dir>
                            (ZooKeeper servers, workers, Hadoop/HBase/Kafka addresses)
What to copy:
      --path <dir>          also read this directory on every host (repeatable), e.g.
                            --path /opt/hadoop-3.4.1/etc/hadoop
      --no-default-paths    read only the --path directories (and the system files)
How to connect:
      --ssh <path>          the ssh binary (default: HACHECK_SSH, else ssh)
      --ssh-config <file>   passed to ssh as -F <file>
      --ssh-option <opt>    passed to ssh as -o <opt> (repeatable); BatchMode=yes is always set
  -j, --jobs <n>            hosts copied at once (default 4)
  -h, --help                print this help

Default directories (one level deep, missing ones skipped):
  ${DEFAULT_DIRECTORIES.join('\n  ')}

Exit codes: 0 every host collected, 1 some host not collected (unreachable, or nothing
hacheck reads found on it), 2 usage error.`;

export interface CollectArgs {
  readonly help: boolean;
  readonly out: string;
  /** Hosts from the arguments or --hosts-file; empty with --from (read later, it needs the model). */
  readonly hosts: readonly string[];
  readonly from: string | undefined;
  readonly directories: readonly string[];
  readonly ssh: SshSettings;
  readonly jobs: number;
}

export function parseCollectArgs(argv: readonly string[], env: NodeJS.ProcessEnv): CollectArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      'hosts-file': { type: 'string' },
      from: { type: 'string' },
      path: { type: 'string', multiple: true },
      'no-default-paths': { type: 'boolean' },
      ssh: { type: 'string' },
      'ssh-config': { type: 'string' },
      'ssh-option': { type: 'string', multiple: true },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const ssh: SshSettings = {
    binary: values.ssh ?? (env['HACHECK_SSH'] || 'ssh'),
    configFile: values['ssh-config'],
    options: values['ssh-option'] ?? [],
  };
  const directories = [...(values['no-default-paths'] ? [] : DEFAULT_DIRECTORIES), ...(values.path ?? []).map(checkRemotePath)];
  const base = { from: values.from, directories: [...new Set(directories)], ssh };
  if (values.help) return { ...base, help: true, out: '', hosts: [], jobs: 4 };
  let jobs = 4;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d{0,2}$/.test(values.jobs)) fail(`--jobs takes a number from 1 to 999, not "${values.jobs}"`);
    jobs = Number(values.jobs);
  }
  if (directories.length === 0) fail('--no-default-paths needs at least one --path');
  const [out, ...named] = positionals;
  if (out === undefined) fail('collect: no output directory given (hacheck collect <out-dir> [host ...])');
  const sources = [named.length > 0, values['hosts-file'] !== undefined, values.from !== undefined].filter(Boolean).length;
  if (sources === 0) fail('collect: no hosts given: name them, or give --hosts-file <file> or --from <snapshot-dir>');
  if (sources > 1) fail('collect: give the hosts one way: as arguments, --hosts-file or --from');
  const hosts = named.length > 0 ? named.map((h) => checkHost(h, 'host')) : values['hosts-file'] !== undefined ? hostsOfFile(values['hosts-file']) : [];
  if (values['hosts-file'] !== undefined && hosts.length === 0) fail(`--hosts-file ${values['hosts-file']} lists no host`);
  return { ...base, help: false, out, hosts: uniqueHosts(hosts), jobs };
}
