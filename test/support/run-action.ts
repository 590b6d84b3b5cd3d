import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.ts';
import { parseOutputFile } from './github-files.ts';

// The action as the runner starts it: `node dist/action.mjs`, inputs in INPUT_* variables.
export const ACTION = join(ROOT, 'dist/action.mjs');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
  runner: string;
}

export interface ActionOptions {
  /** What node runs instead of dist/action.mjs: preloads and another entry (absolute paths: the working directory is the runner's). */
  readonly node?: readonly string[];
  /** More variables, such as RUNNER_DEBUG; an empty value removes a variable. */
  readonly env?: Readonly<Record<string, string>>;
  /** The working directory, the runner's own temporary folder by default. */
  readonly cwd?: string;
}

/** Runs the action in a fresh workspace, from another working directory, with only the variables GitHub sets. */
export function runAction(inputs: Record<string, string>, setup: (workspace: string) => void, options: ActionOptions = {}): ActionRun {
  const workspace = mkdtempSync(join(tmpdir(), 'hacheck-ws-'));
  const runner = mkdtempSync(join(tmpdir(), 'hacheck-runner-'));
  setup(workspace);
  const summaryFile = join(runner, 'step_summary');
  const outputFile = join(runner, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && k !== 'RUNNER_DEBUG') env[k] = v;
  Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile });
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === '') delete env[k];
    else env[k] = v;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [...(options.node ?? [ACTION])], { cwd: options.cwd ?? runner, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summaryFile, 'utf8'), outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), workspace, runner };
}
