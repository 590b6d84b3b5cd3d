import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures.ts';
import { parseOutputFile } from './github-files.ts';
import { runCaptured } from './captured-run.ts';

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

interface Step {
  readonly workspace: string;
  readonly runner: string;
  readonly summaryFile: string;
  readonly outputFile: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A fresh workspace filled by `setup`, the runner's folder with its summary and output files, and the variables GitHub sets. */
function prepare(inputs: Record<string, string>, setup: (workspace: string) => void, options: ActionOptions): Step {
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
  return { workspace, runner, summaryFile, outputFile, env };
}

function finish(step: Step, code: number | null, stdout: string, stderr: string): ActionRun {
  const summary = readFileSync(step.summaryFile, 'utf8');
  const outputs = parseOutputFile(readFileSync(step.outputFile, 'utf8'));
  return { code, stdout, stderr, summary, outputs, workspace: step.workspace, runner: step.runner };
}

/** Runs the action in a fresh workspace, from another working directory, with only the variables GitHub sets. */
export function runAction(inputs: Record<string, string>, setup: (workspace: string) => void, options: ActionOptions = {}): ActionRun {
  const step = prepare(inputs, setup, options);
  const r = spawnSync(process.execPath, [...(options.node ?? [ACTION])], { cwd: options.cwd ?? step.runner, env: step.env, encoding: 'utf8' });
  return finish(step, r.status, r.stdout, r.stderr);
}

/**
 * The same step as runAction, but the Action's main (src/action/main.ts runAction, which
 * dist/action.mjs calls) runs in this process: in the runner's folder, with the step's variables
 * as the whole environment, and whatever it writes to standard output or error captured. A
 * spawned action costs a Node.js start-up and the loading of a 2 MB bundle (about 0.4 s of CPU);
 * a small cluster lints in milliseconds. For what the answer is (findings, summary, outputs,
 * files, exit code returned); what needs the process (the exit code it sets, the bundle, preloads)
 * is for runAction. Runs never overlap, nor overlap in-process CLI runs (captured-run.ts).
 */
export function runActionInProcess(inputs: Record<string, string>, setup: (workspace: string) => void, options: Omit<ActionOptions, 'node'> = {}): Promise<ActionRun> {
  return inProcess(prepare(inputs, setup, options), options.cwd);
}

async function inProcess(step: Step, cwd: string | undefined): Promise<ActionRun> {
  // Imported on first use, so that the suites that only spawn the action do not load its sources.
  const { runAction: actionMain } = await import('../../src/action/main.ts');
  // As src/action/index.ts calls it.
  const r = await runCaptured({ cwd: cwd ?? step.runner, env: step.env }, () => actionMain(process.env, (s) => process.stdout.write(s)));
  return finish(step, r.value, r.stdout, r.stderr);
}
