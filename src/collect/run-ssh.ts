import { spawn } from 'node:child_process';

/** How collect reaches the hosts: the system ssh, the user's own configuration, agent and known hosts. */
export interface SshSettings {
  /** The ssh binary: --ssh, else HACHECK_SSH, else `ssh` on the PATH. */
  readonly binary: string;
  /** -F <file> when --ssh-config is given. */
  readonly configFile: string | undefined;
  /** --ssh-option values, each passed as `-o <value>`. */
  readonly options: readonly string[];
}

export interface SshResult {
  /** Whether ssh reached the host and ran the command (ssh exits 255 on its own errors, ssh(1) EXIT STATUS). */
  readonly connected: boolean;
  /** The remote command's exit code when connected. */
  readonly code: number | undefined;
  readonly stdout: Buffer;
  /** ssh's last non-empty line of standard error: why it failed, in its own words. */
  readonly reason: string;
  readonly stderrLines: readonly string[];
}

/**
 * The argument array for one remote command. BatchMode=yes comes first because
 * ssh keeps the first value it is given for an option (ssh_config(5)): ssh
 * never stops to ask for a password or a host key, whatever --ssh-option says.
 * The ConnectTimeout default comes after the user's options and their ssh
 * configuration can still set another. `--` ends ssh's options, so a host can
 * never be read as one (hosts are also checked not to start with `-`).
 */
export function sshArguments(settings: SshSettings, host: string, command: string): string[] {
  return [
    '-o', 'BatchMode=yes',
    ...(settings.configFile !== undefined ? ['-F', settings.configFile] : []),
    ...settings.options.flatMap((o) => ['-o', o]),
    '-o', 'ConnectTimeout=15',
    '--', host, command,
  ];
}

/** Runs one command on a host; never throws (a missing ssh binary is a failed result). */
export function runSsh(settings: SshSettings, host: string, command: string): Promise<SshResult> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const child = spawn(settings.binary, sshArguments(settings, host, command), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let settled = false;
    const finish = (code: number | undefined, fallback: string): void => {
      if (settled) return;
      settled = true;
      const stderrLines = Buffer.concat(err).toString('utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
      resolve({ connected: code !== undefined && code !== 255, code, stdout: Buffer.concat(out), reason: stderrLines.at(-1) ?? fallback, stderrLines });
    };
    child.on('error', (e: NodeJS.ErrnoException) => finish(undefined, e.code === 'ENOENT' ? `cannot run ${settings.binary}: not found` : `cannot run ${settings.binary}: ${e.message}`));
    child.on('close', (code, signal) => finish(code ?? undefined, signal ? `ssh ended by ${signal}` : `ssh exited with code ${code}`));
  });
}
