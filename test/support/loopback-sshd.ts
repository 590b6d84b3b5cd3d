import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A real OpenSSH server on loopback serving several "hosts", each with its own
 * file system, for test/collect.test.ts.
 *
 * One sshd listens on 127.0.0.2, 127.0.0.3, ... (all of 127/8 is loopback on
 * Linux, no /etc/hosts change); an ssh configuration file written here maps
 * each host name to its address. `Match LocalAddress` gives each address a
 * ForceCommand that runs the command the client sent (SSH_ORIGINAL_COMMAND),
 * unchanged, under /bin/sh inside that host's root: a copy of the host's
 * folder of a fixture, with the machine's /usr and /dev bind-mounted in a
 * private mount namespace (unshare) so sh, find and tar are the real ones.
 * So collect's real commands read the real absolute paths (/etc/ntp.conf,
 * /opt/hadoop-3.4.1/etc/hadoop/...) and each host sees its own files.
 * sshd's ChrootDirectory would need root-owned directories up to / (not /tmp).
 */
export interface LoopbackHosts {
  /** The ssh client configuration file (ssh -F): host names, port, key, known hosts. */
  readonly sshConfig: string;
  /** Stops sshd; resolves once it has exited (reaped, so its CPU time counts in the test process's). */
  readonly stop: () => Promise<void>;
}

export function sshdUnavailable(): string | undefined {
  if (!existsSync('/usr/sbin/sshd')) return 'sshd is not installed (apt-get install openssh-server; .ci/run installs it)';
  for (const tool of ['ssh', 'ssh-keygen', 'unshare', 'chroot']) if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  if (spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status !== 0) return 'this system does not allow mount namespaces (unshare --user --mount), which give each test host its own root';
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function must(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
}

/** The root of one host: its files, and the mount points and links sh needs to run in it. */
function hostRoot(dir: string, files: string): void {
  cpSync(files, dir, { recursive: true });
  mkdirSync(join(dir, 'usr'), { recursive: true });
  mkdirSync(join(dir, 'dev'), { recursive: true });
  for (const link of ['bin', 'lib', 'lib64', 'sbin']) if (!existsSync(join(dir, link))) symlinkSync(`usr/${link}`, join(dir, link));
}

/**
 * Starts sshd serving `hosts` (name → folder whose content is that host's /),
 * plus `unreachable` names mapped to an address nothing listens on.
 */
export async function startLoopbackHosts(hosts: Record<string, string>, unreachable: readonly string[]): Promise<LoopbackHosts> {
  const tmp = mkdtempSync(join(tmpdir(), 'hacheck-sshd-'));
  const port = await freePort();
  must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(tmp, 'host_key')]);
  must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(tmp, 'client_key')]);
  writeFileSync(join(tmp, 'authorized_keys'), readFileSync(join(tmp, 'client_key.pub')));
  const hostKey = readFileSync(join(tmp, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  const enter = join(tmp, 'enter-host');
  // $1 is the host's root; the client's command runs there exactly as sshd would run it (sh -c).
  writeFileSync(
    enter,
    `#!/bin/sh\nexec unshare --user --map-root-user --mount sh -c 'mount --rbind /usr "$1/usr" && mount --rbind /dev "$1/dev" && exec chroot "$1" /bin/sh -c "$SSH_ORIGINAL_COMMAND"' enter-host "$1"\n`,
  );
  chmodSync(enter, 0o755);

  const names = Object.keys(hosts);
  const address = (i: number) => `127.0.0.${i + 2}`;
  const user = userInfo().username;
  const sshd = [
    `Port ${port}`,
    ...names.map((_, i) => `ListenAddress ${address(i)}`),
    `HostKey ${join(tmp, 'host_key')}`,
    `PidFile ${join(tmp, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(tmp, 'authorized_keys')}`,
    'StrictModes no',
    'UsePAM no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    `AllowUsers ${user}`,
    // sshd runs the ForceCommand with the user's login shell; bash run by sshd sources ~/.bashrc
    // (Debian's SSH_SOURCE_BASHRC) unless it is a nested shell. SHLVL=1 makes it one, so a session
    // costs what the test host does, not the test user's shell set-up (pyenv init took ~0.9 s of
    // CPU a session here), and nothing such a file prints reaches collect's tar stream.
    'SetEnv SHLVL=1',
    ...names.flatMap((name, i) => {
      const root = join(tmp, 'roots', name);
      hostRoot(root, hosts[name]!);
      return [`Match LocalAddress ${address(i)}`, `  ForceCommand ${enter} ${root}`];
    }),
  ];
  writeFileSync(join(tmp, 'sshd_config'), `${sshd.join('\n')}\n`);
  // sshd started by root checks its privilege separation directory (Debian's package creates it at boot only).
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });

  const known = names.map((_, i) => `[${address(i)}]:${port} ${hostKey}`);
  writeFileSync(join(tmp, 'known_hosts'), `${known.join('\n')}\n`);
  const client = [
    ...names.flatMap((name, i) => [`Host ${name}`, `  HostName ${address(i)}`]),
    // 127.0.0.250: loopback, but nothing listens there: connection refused.
    ...unreachable.flatMap((name) => [`Host ${name}`, '  HostName 127.0.0.250']),
    'Host *',
    `  Port ${port}`,
    `  User ${user}`,
    `  IdentityFile ${join(tmp, 'client_key')}`,
    '  IdentitiesOnly yes',
    `  UserKnownHostsFile ${join(tmp, 'known_hosts')}`,
    '  GlobalKnownHostsFile /dev/null',
    '  StrictHostKeyChecking yes',
  ];
  const sshConfig = join(tmp, 'ssh_config');
  writeFileSync(sshConfig, `${client.join('\n')}\n`);

  const server: ChildProcess = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(tmp, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const waiting = new Set(names.map((_, i) => address(i)));
    server.stderr!.on('data', (b: Buffer) => {
      log += b.toString();
      for (const a of [...waiting]) if (log.includes(`Server listening on ${a} port ${port}`)) waiting.delete(a);
      if (waiting.size === 0) resolve();
    });
    server.once('exit', (code) => reject(new Error(`sshd exited (${code}): ${log}`)));
  });
    // Session processes inherit sshd's standard error: let go of it, or the test's process waits for them.
  return {
    sshConfig,
    stop: () =>
      new Promise<void>((resolve) => {
        server.stderr!.destroy();
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill();
      }),
  };
}
