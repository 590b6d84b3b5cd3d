/**
 * GitHub Actions' workflow commands and file commands, written the way the
 * actions toolkit (@actions/core: command.ts, file-command.ts, core.ts) writes
 * them, without its import cost (+67 ms, ESM only). The escaping of command
 * values is shared with `--format github` (src/format/github-escape.ts).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { escapeData, escapeProperty } from '../format/github-escape.ts';

/** `::command key=value,key=value::message`, one line with its line break. */
export function workflowCommand(command: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`;
}

/**
 * An input as GitHub passes it: `INPUT_<NAME>` with spaces turned into `_`
 * and upper-cased (dashes kept), trimmed; '' when absent (toolkit `getInput`).
 */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * One `name<<delimiter` heredoc entry of $GITHUB_OUTPUT (toolkit
 * `prepareKeyValueMessage`): safe for any value, multi-line included.
 */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends one entry to a file command's file (toolkit `issueFileCommand`). */
export function appendFileCommand(file: string, message: string): void {
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/** Sets a step output: to $GITHUB_OUTPUT when the runner gives one, else as the legacy command on stdout. */
export function setOutput(env: NodeJS.ProcessEnv, write: (s: string) => void, name: string, value: string): void {
  const file = env['GITHUB_OUTPUT'];
  if (file) appendFileCommand(file, keyValueMessage(name, value));
  else write(workflowCommand('set-output', { name }, value));
}
