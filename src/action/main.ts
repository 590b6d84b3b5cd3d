/**
 * The GitHub Action (action.yml, bundled into dist/action.mjs): lints the
 * cluster directory in-process, writes the annotations, the SARIF file, the
 * job summary and the step outputs, and returns the exit code the step ends
 * with. Inputs are only ever read as data: nothing here runs a shell.
 */
import { appendFileSync, statSync } from 'node:fs';
import { countsText, plural, STEP_SUMMARY_LIMIT, summaryMarkdown } from './job-summary.ts';
import { nothingRecognised, nothingRecognisedMessage, treeProblems } from '../cli/tree-problems.ts';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { countFindings, type Counts } from '../engine/post.ts';
import type { Finding } from '../engine/rule.ts';
import { FORMATTERS, formatNames, type FormatInput } from '../format/registry.ts';
import { lintDirectory, selectRules } from '../lint.ts';
import { renderClustersMarkdown } from '../summary/markdown.ts';
import { UsageError } from '../cli/usage-error.ts';
import { ConfigError } from '../config/config-error.ts';
import { loadConfig } from '../config/load.ts';
import { lintOptionsOf } from '../config/resolve.ts';
import { VERSION } from '../version.ts';
import { describeThrown, internalErrorLine, printableStack } from '../engine/throw-site.ts';
import { printable } from '../format/printable.ts';
import { getInput, setOutput, workflowCommand } from './github.ts';
import { ActionFailure } from './action-failure.ts';
import { realWorkspace, resolveInWorkspace } from './workspace-path.ts';
import { writeFileNoFollow, WriteRefused } from './write-no-follow.ts';

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export { markdownCell } from './job-summary.ts';

export interface ActionInputs {
  readonly path: string;
  readonly config: string;
  readonly format: string;
  readonly maxWarnings: number;
  readonly sarifFile: string;
}

/** The inputs as action.yml declares them; the defaults repeat action.yml's for runs outside GitHub. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const format = getInput(env, 'format') || 'github';
  if (!FORMATTERS[format]) throw new ActionFailure(`unknown format "${format}" (expected ${formatNames().join(', ')})`);
  const mw = getInput(env, 'max-warnings');
  let maxWarnings = Infinity;
  if (mw !== '' && mw !== '-1') {
    if (!/^\d+$/.test(mw)) throw new ActionFailure(`max-warnings takes a whole number (or -1 for no limit), not "${mw}"`);
    maxWarnings = Number(mw);
  }
  return { path: getInput(env, 'path') || '.', config: getInput(env, 'config'), format, maxWarnings, sarifFile: getInput(env, 'sarif-file') };
}

/**
 * The findings that become annotations: the first 10 errors, 10 warnings and
 * 10 infos (notices) in report order. When any finding is left out, one notice
 * says so, so the infos then get one slot fewer.
 */
export function selectAnnotations(findings: readonly Finding[]): { shown: Finding[]; hidden: Counts } {
  const n = countFindings(findings);
  const over = (k: number) => Math.max(0, k - ANNOTATIONS_PER_KIND);
  const infoLimit = over(n.errors) + over(n.warnings) + over(n.infos) > 0 ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
  const limit = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: infoLimit };
  const used = { error: 0, warning: 0, info: 0 };
  const shown = findings.filter((f) => used[f.severity]++ < limit[f.severity]);
  const s = countFindings(shown);
  return { shown, hidden: { errors: n.errors - s.errors, warnings: n.warnings - s.warnings, infos: n.infos - s.infos } };
}

/** Finding paths are relative to the linted directory; the summary shows them relative to the repository. */
function pathPrefix(root: string, workspace: string): string {
  const rel = relative(workspace, root);
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const prefix = (outside ? root : rel).split(sep).join('/');
  return prefix === '' ? '' : `${prefix.replace(/\/$/, '')}/`;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function requireDirectory(dir: string, given: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new ActionFailure(`cannot read "${given}": no such directory`);
  }
  if (!isDir) throw new ActionFailure(`"${given}" is not a directory`);
}

async function run(env: NodeJS.ProcessEnv, write: (s: string) => void): Promise<number> {
  const inputs = readInputs(env);
  const workspace = resolve(env['GITHUB_WORKSPACE'] || process.cwd());
  // Every path input is checked before anything is read or written: a pull request chooses them and the tree's links.
  const real = realWorkspace(workspace);
  const dir = resolveInWorkspace(workspace, real, 'path', inputs.path);
  const configFile = inputs.config ? resolveInWorkspace(workspace, real, 'config', inputs.config) : undefined;
  const sarifPath = inputs.sarifFile ? resolveInWorkspace(workspace, real, 'sarif-file', inputs.sarifFile) : '';
  requireDirectory(dir, inputs.path);
  // The config input names a file (relative to the workspace); without it the search starts at the cluster directory.
  const config = await loadConfig(dir, configFile);
  const result = await lintDirectory(dir, lintOptionsOf(config));
  if (nothingRecognised(result.cluster)) {
    throw new ActionFailure(nothingRecognisedMessage(inputs.path, result.cluster));
  }
  const input: FormatInput = { findings: result.findings, cluster: result.cluster, rules: selectRules(undefined), color: false, toolVersion: VERSION, root: dir, workspace, internalErrors: result.internalErrors };

  // The whole report in the log first when another format is asked for; annotations are capped.
  if (inputs.format !== 'github') write(FORMATTERS[inputs.format]!(input));
  const { shown, hidden } = selectAnnotations(result.findings);
  write(FORMATTERS['github']!({ ...input, findings: shown }));
  const hiddenTotal = hidden.errors + hidden.warnings + hidden.infos;
  if (hiddenTotal > 0) {
    const where = inputs.sarifFile ? `The job summary and ${inputs.sarifFile} list` : 'The job summary lists';
    const message = `${plural(hiddenTotal, 'more finding')} not shown as annotations (${countsText(hidden)}): GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step. ${where} all ${result.findings.length}.`;
    write(workflowCommand('notice', { title: 'hacheck' }, message));
  }

  if (sarifPath) {
    try {
      writeFileNoFollow(workspace, real, sarifPath, FORMATTERS['sarif']!(input));
    } catch (err) {
      if (!(err instanceof WriteRefused)) throw err;
      throw new ActionFailure(`cannot write the SARIF file "${inputs.sarifFile}": ${err.message}`);
    }
  }

  const summaryFile = env['GITHUB_STEP_SUMMARY'];
  if (summaryFile) {
    const topology = renderClustersMarkdown(result.clusters);
    const summary = { title: inputs.path, findings: result.findings, topology, prefix: pathPrefix(dir, workspace), sarifFile: inputs.sarifFile, fullLog: inputs.format !== 'github' };
    // The limit is on the step's whole file: what the step wrote before counts.
    appendFileSync(summaryFile, summaryMarkdown(summary, STEP_SUMMARY_LIMIT - sizeOf(summaryFile)));
  }

  const n = countFindings(result.findings);
  setOutput(env, write, 'errors', String(n.errors));
  setOutput(env, write, 'warnings', String(n.warnings));
  setOutput(env, write, 'sarif-file', sarifPath);

  // An incomplete check is a failure, whatever the findings say.
  for (const e of result.internalErrors) {
    write(workflowCommand('error', {}, `hacheck: ${e.report}`));
    if (e.stack) debug(env, write, e.stack);
  }
  const tree = treeProblems(result.cluster);
  for (const line of tree.notices) write(workflowCommand('notice', {}, `hacheck: ${line}`));
  for (const line of tree.errors) write(workflowCommand('error', {}, `hacheck: ${line}`));
  if (result.internalErrors.length > 0 || result.cluster.unreadable.length > 0) return 2;
  const tooManyWarnings = n.warnings > inputs.maxWarnings;
  write(`hacheck: ${countsText(n)}${tooManyWarnings ? `: more warnings than max-warnings (${inputs.maxWarnings})` : ''}\n`);
  return n.errors > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * A `::debug::` line, which the runner shows only when step debug logging is
 * on (RUNNER_DEBUG=1, as @actions/core isDebug()); written only then, so a
 * log without it holds no stack trace at all.
 */
function debug(env: NodeJS.ProcessEnv, write: (s: string) => void, message: string): void {
  if (env['RUNNER_DEBUG'] === '1') write(workflowCommand('debug', {}, message));
}

/** Runs the action; a failure of the run itself is one `::error::` line and exit code 2. */
export async function runAction(env: NodeJS.ProcessEnv, write: (s: string) => void): Promise<number> {
  try {
    return await run(env, write);
  } catch (err) {
    if (err instanceof ActionFailure || err instanceof UsageError || err instanceof ConfigError) {
      write(workflowCommand('error', {}, `hacheck: ${printable(err.message)}`));
    } else {
      // What failed and where on the error line; the stack only in the debug log, as the CLI's --debug.
      const t = describeThrown(err);
      write(workflowCommand('error', {}, `hacheck: ${internalErrorLine(t.phase ? `internal error while ${t.phase}` : 'internal error', t)}`));
      const stack = printableStack(err);
      if (stack) debug(env, write, stack);
    }
    return 2;
  }
}
