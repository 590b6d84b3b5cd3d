/**
 * dfs.ha.fencing.methods as NodeFencer parses it: lines split on newlines
 * (`\s*\n\s*`), `#` comments stripped, trimmed, blank lines skipped; each line
 * is `name(arg)` or `name`; a name without a dot must be a built-in method.
 */
import type { ConfProperty, HadoopConf, Version } from '../model/types.ts';
import { pieceOf, trimLocated } from '../text/sub-span.ts';
import type { Located } from '../text/span.ts';
import { haNameservices, keyAndSuffixed, suffixNameservice, usable } from './hdfs-ha-keys.ts';
import { valueLines } from './hdfs-value-lines.ts';

export const FENCING_KEY = 'dfs.ha.fencing.methods';
export const SSH_KEY_FILES = 'dfs.ha.fencing.ssh.private-key-files';

const WITH_ARGUMENT = /^([a-zA-Z0-9.$]+)\((.+?)\)$/;
const WITHOUT_ARGUMENT = /^([a-zA-Z0-9.$]+)$/;
/** SshFenceByTcpPort.Args: `[user][:port]`. */
const SSH_USER_PORT = /^([^:]+?)?(?::(\d+))?$/;

export type FenceProblem = 'comma-separated' | 'unparsable' | 'unknown-method' | 'shell-without-argument' | 'bad-ssh-argument';

export interface FenceLine {
  /** The line, trimmed, comment removed. */
  readonly line: Located<string>;
  /** The method name when the line parses. */
  readonly name: string | undefined;
  readonly arg: Located<string> | undefined;
  readonly problem: FenceProblem | undefined;
}

/** Short names NodeFencer maps to built-in classes: 2.x shell, sshfence; 3.x adds powershell. */
export function builtinMethods(version: Version): string[] {
  return version.major >= 3 ? ['shell', 'sshfence', 'powershell'] : ['shell', 'sshfence'];
}

function parses(text: string): boolean {
  return WITH_ARGUMENT.test(text) || WITHOUT_ARGUMENT.test(text);
}

function parseLine(line: Located<string>, version: Version): FenceLine {
  const text = line.value;
  const withArg = WITH_ARGUMENT.exec(text);
  const m = withArg ?? WITHOUT_ARGUMENT.exec(text);
  const pieces = text.split(',').map((s) => s.trim());
  // sshfence,shell(/bin/true) is one line to NodeFencer; it either fails to
  // parse or becomes one method with a garbled argument.
  if (pieces.length > 1 && pieces.every((s) => s !== '' && parses(s))) {
    return { line, name: undefined, arg: undefined, problem: 'comma-separated' };
  }
  if (!m) return { line, name: undefined, arg: undefined, problem: 'unparsable' };
  const name = m[1]!;
  const arg = withArg ? pieceOf(line, name.length + 1, text.length - 1) : undefined;
  let problem: FenceProblem | undefined;
  if (!name.includes('.') && !builtinMethods(version).includes(name)) problem = 'unknown-method';
  else if (name === 'shell' && arg === undefined) problem = 'shell-without-argument';
  else if (name === 'sshfence' && arg !== undefined && !SSH_USER_PORT.test(arg.value)) problem = 'bad-ssh-argument';
  return { line, name, arg, problem };
}

/** The fencing lines of a property, in order. */
export function fenceLines(p: ConfProperty, version: Version): FenceLine[] {
  const out: FenceLine[] = [];
  for (const raw of valueLines(p)) {
    const hash = raw.value.indexOf('#');
    const line = trimLocated(hash < 0 ? raw : pieceOf(raw, 0, hash));
    if (line.value !== '') out.push(parseLine(line, version));
  }
  return out;
}

/** The fencing properties of an HA configuration: the generic key and those suffixed with an HA nameservice. */
export function fencingProperties(conf: HadoopConf): ConfProperty[] {
  const ha = haNameservices(conf).map((ns) => ns.id.value);
  if (ha.length === 0) return [];
  return keyAndSuffixed(conf, FENCING_KEY).filter((p) => {
    const ns = suffixNameservice(p, FENCING_KEY);
    return usable(p) && (ns === undefined || ha.includes(ns));
  });
}
