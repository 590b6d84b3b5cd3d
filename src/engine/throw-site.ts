/**
 * What failed and where, for an internal error reported on one line: the
 * place of the throw (the first stack frame in JavaScript code, relative to
 * the package when inside it) and the phase of the run it happened in.
 * Only ever called once something has gone wrong, so reading the bundle to
 * name a module costs nothing on a normal run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printable } from '../format/printable.ts';

export interface Thrown {
  readonly message: string;
  /** `file:line:column` of the throw, or undefined when the value thrown has no stack. */
  readonly where: string | undefined;
  /** What the run was doing: 'reading', 'modelling', 'formatting'...; undefined when no frame tells. */
  readonly phase: string | undefined;
}

interface Frame {
  readonly file: string;
  readonly line: string;
  readonly column: string;
}

/**
 * `at fn (file:line:col)` or `at file:line:col`. The name part is matched
 * lazily: a folder name may hold " (", a function name seldom does.
 */
const FRAME = /^\s*at (?:.*? \()?(.+):(\d+):(\d+)\)?$/;

/**
 * The stack's frame lines: what follows `Name: message`, which may itself
 * hold line breaks (and so lines that look like frames). Undefined for a
 * stack rewritten after the throw, which no longer starts with its message.
 */
function frameLines(err: Error & { stack: string }): string[] | undefined {
  const head = textOf(err);
  if (err.stack === head) return [];
  return err.stack.startsWith(`${head}\n`) ? err.stack.slice(head.length + 1).split('\n') : undefined;
}

/**
 * Frames with a file. Node's own (`node:fs`) are left out: an error thrown
 * by readFileSync is hacheck's failure at the line that called it. So are
 * eval frames (`eval (eval at f (...), <anonymous>:1:1)`), whose position
 * is in no file: neither gives an absolute path.
 */
function frames(lines: readonly string[]): Frame[] {
  const out: Frame[] = [];
  for (const line of lines) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const file = m[1]!.startsWith('file://') ? fileURLToPath(m[1]!) : m[1]!;
    if (!isAbsolute(file)) continue;
    out.push({ file, line: m[2]!, column: m[3]! });
  }
  return out;
}

function hasStack(err: unknown): err is Error & { stack: string } {
  return err instanceof Error && typeof err.stack === 'string';
}

let root: string | null | undefined;

/** The folder of hacheck's package.json: the repository, or node_modules/hacheck once installed. */
function packageRoot(): string | null {
  if (root !== undefined) return root;
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return (root = d);
    if (dirname(d) === d) return (root = null);
  }
}

/** A path inside the package relative to it, with "/"; undefined for a path outside. */
function inPackage(file: string): string | undefined {
  const r = packageRoot();
  if (r === null) return undefined;
  const rel = relative(r, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/**
 * esbuild starts each module's code in the bundle with a `// src/model/build.ts`
 * line: the nearest one above a position names the source module it is in.
 */
const MODULE_MARKER = /^\/\/ ((?:src|rules|node_modules)\/\S+)$/;

/** The bundles read so far, by path: when many rules fail, each frame of each stack lands in one of a few files. */
const bundles = new Map<string, readonly string[]>();

function bundledModule(file: string, line: number): string | undefined {
  let lines = bundles.get(file);
  if (!lines) {
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    bundles.set(file, lines);
  }
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = MODULE_MARKER.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/** The source module a frame runs: its own path from the sources, the marker's in a bundle (dist/). */
function sourceModule(frame: Frame): string | undefined {
  const rel = inPackage(frame.file);
  if (rel === undefined) return undefined;
  return rel.startsWith('dist/') ? bundledModule(frame.file, Number(frame.line)) : rel;
}

/** The phase each part of the sources belongs to; other modules (the CLI, shared helpers, dependencies) tell none. */
const PHASES: readonly (readonly [RegExp, string])[] = [
  [/^src\/config\//, 'reading the configuration'],
  [/^src\/(discover\.ts|read\/|parse\/|text\/)/, 'reading'],
  [/^src\/model\//, 'modelling'],
  [/^src\/engine\/(post|suppress|host-overrides)\.ts$/, 'post-processing the findings'],
  [/^src\/summary\//, 'summarising'],
  [/^src\/format\//, 'formatting'],
];

function phaseOf(module: string): string | undefined {
  return PHASES.find(([re]) => re.test(module))?.[1];
}

function place(frame: Frame): string {
  const rel = inPackage(frame.file) ?? frame.file;
  const at = `${rel}:${frame.line}:${frame.column}`;
  if (!rel.startsWith('dist/')) return at;
  // A bundle position alone says little: name the source module it is in.
  const module = sourceModule(frame);
  return module ? `${at} in ${module}` : at;
}

/**
 * A thrown value as text. String() itself throws for an object without a
 * prototype or with a throwing toString: describing a failure must not fail.
 */
function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The message, place and phase of a thrown value; the innermost frame that belongs to a phase names it. */
export function describeThrown(err: unknown): Thrown {
  const message = textOf(err instanceof Error ? err.message : err);
  const all = frames((hasStack(err) && frameLines(err)) || []);
  let phase: string | undefined;
  for (const f of all) {
    const module = sourceModule(f);
    phase = module === undefined ? undefined : phaseOf(module);
    if (phase) break;
  }
  return { message, where: all[0] ? place(all[0]) : undefined, phase };
}

/**
 * `<what>: <message> (at <where>)`, the line an internal error is reported
 * with after "hacheck: ". One line whatever the message holds: it may quote a
 * path or a value from the linted directory.
 */
export function internalErrorLine(what: string, t: Pick<Thrown, 'message' | 'where'>): string {
  return printable(`${what}: ${t.message}${t.where ? ` (at ${t.where})` : ''}`);
}

/**
 * A stack for --debug, safe to print: the frames one a line, and the
 * `Name: message` above them on one line, so that a line break in the message
 * cannot start a line of its own (a `::error::` one, say). A stack that does
 * not start with its message (one rewritten after the throw) is one line.
 */
export function printableStack(err: unknown): string | undefined {
  if (!hasStack(err)) return undefined;
  const lines = frameLines(err);
  return lines ? [textOf(err), ...lines].map(printable).join('\n') : printable(err.stack);
}
