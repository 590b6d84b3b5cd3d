/**
 * How a failure is told: everything needed to reproduce it without the run
 * that found it (seed, index, case, file, mutations, replay command) and to
 * start on the fix (the error with its stack).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzInput } from './input.ts';
import type { Failure } from './runner.ts';
import { writeCase } from './scratch.ts';

const indent = (text: string, pad: string) => text.split('\n').map((l) => `${pad}${l}`).join('\n');

function verdictText(v: Failure['verdict']): string {
  const ms = `${Math.round(v.ms)} ms`;
  switch (v.kind) {
    case 'exception':
      return `uncaught exception (after ${ms}):\n${indent(v.error, '    ')}`;
    case 'internal-error':
      return `internal error, the CLI would exit 2 (after ${ms}):\n${v.errors
        .map((e) => `  ${e.ruleId === undefined ? 'a parser' : `rule ${e.ruleId}`}: ${e.message}${e.stack ? `\n${indent(e.stack, '    ')}` : ''}`)
        .join('\n')}`;
    case 'slow':
      return v.unfinished
        ? `did not finish: still running after ${ms}, its worker was stopped`
        : `too slow: ${ms}, over the ${v.limitMs} ms limit`;
  }
}

export function describeFailure(f: Failure): string {
  return [
    `input ${f.index} of seed ${f.seed}: ${f.caseName}/${f.file}`,
    `  replay: npx tsx scripts/fuzz.ts --seed ${f.seed} --index ${f.index} --out DIR`,
    `  case: ${f.caseName}`,
    `  file: ${f.file}`,
    '  mutations:',
    ...f.mutations.map((m, i) => `    ${i + 1}. ${m}`),
    `  ${verdictText(f.verdict)}`,
  ].join('\n');
}

/**
 * What failures with the same cause share: the kind, the rule, and the first
 * stack frame (the message often holds the input's own values).
 */
export function signatureOf(f: Failure): string {
  const v = f.verdict;
  const frame = (stack: string | undefined) => stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim() ?? '';
  switch (v.kind) {
    case 'exception':
      return `exception ${v.error.split('\n')[0]!.replace(/\d+/g, 'N')} ${frame(v.error)}`;
    case 'internal-error':
      return `internal-error ${v.errors.map((e) => `${e.ruleId ?? 'parser'} ${frame(e.stack)}`).join('; ')}`;
    case 'slow':
      return `slow ${f.file.split('/').pop()}`;
  }
}

/** Failures with the same signature, in order of their first input. */
export function groupFailures(failures: readonly Failure[]): Map<string, Failure[]> {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) groups.set(signatureOf(f), [...(groups.get(signatureOf(f)) ?? []), f]);
  return groups;
}

/**
 * A failed run in a bounded text: each distinct fault once, with the full
 * description of its first input and the indices of the others (a fault in a
 * parser can fail thousands of inputs).
 */
export function describeRun(failures: readonly Failure[], total: number): string {
  const groups = [...groupFailures(failures)];
  const parts = groups.map(([, fs]) => {
    const more = fs.length > 1 ? `\n  also inputs ${fs.slice(1, 21).map((f) => f.index).join(', ')}${fs.length > 21 ? `, … (${fs.length - 1} in all)` : ''}` : '';
    return `${describeFailure(fs[0]!)}${more}`;
  });
  return `${failures.length} of ${total} fuzz inputs failed, ${groups.length} distinct fault(s):\n\n${parts.join('\n\n')}`;
}

/** The mutated cluster as a folder `hacheck DIR` can lint, with FUZZ.txt (not a cluster file) telling where it came from. */
export function saveInput(input: FuzzInput, dir: string, note: string): void {
  writeCase(dir, input.case, { file: input.file, bytes: input.bytes });
  writeFileSync(join(dir, 'FUZZ.txt'), `${note}\n`);
}
