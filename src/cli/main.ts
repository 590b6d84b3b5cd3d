import { VERSION } from '../version.ts';
import { HELP, parseCommandLine } from './args.ts';
import { ConfigError } from '../config/config-error.ts';
import { UsageError } from './usage-error.ts';
import { printable } from '../format/printable.ts';
import { handleStdoutErrors } from './stdout-errors.ts';

async function run(argv: string[]): Promise<number> {
  // collect has options of its own (hosts, ssh, remote paths): it parses its arguments itself.
  if (argv[0] === 'collect') return (await import('./commands/collect.ts')).collectCommand(argv.slice(1));
  const args = parseCommandLine(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return 0;
    case 'list-rules': {
      // Imported where needed: --version and --help start without loading the rules or the linter.
      const { RULES } = await import('../../rules/index.ts');
      for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(44)} ${r.meta.severity.padEnd(8)} ${r.meta.description}\n`);
      return 0;
    }
    case 'explain':
      return (await import('./commands/explain.ts')).explainCommand(args);
    case 'summary':
      return (await import('./commands/summary.ts')).summaryCommand(args);
    case 'files':
      return (await import('./commands/files.ts')).filesCommand(args);
    case 'lint':
      if (args.values['print-config'] === true) return (await import('./commands/print-config.ts')).printConfigCommand(args);
      return (await import('./commands/lint.ts')).lintCommand(args);
  }
}

/**
 * An exception no command caught: what failed (the phase of the run) and
 * where (the throw's file:line:column) on one line; the stack only with
 * --debug. Loaded here only: a run that goes well never reads it.
 */
async function reportInternalError(err: unknown, debug: boolean): Promise<void> {
  try {
    const { describeThrown, internalErrorLine, printableStack } = await import('../engine/throw-site.ts');
    const t = describeThrown(err);
    process.stderr.write(`hacheck: ${internalErrorLine(t.phase ? `internal error while ${t.phase}` : 'internal error', t)}\n`);
    const stack = debug ? printableStack(err) : undefined;
    if (stack) process.stderr.write(`${stack}\n`);
  } catch {
    // The module itself may be what is broken (a damaged installation): say at least what failed.
    process.stderr.write(`hacheck: internal error: ${printable(err instanceof Error ? err.message : String(err))}\n`);
  }
}

/**
 * Runs the CLI on `argv` and resolves to its exit code: usage errors and internal failures are
 * 2, reported on standard error without a stack trace. Never rejects. The tests run it in their
 * own process (test/support/cli-in-process.ts), which spares a Node.js start-up per run.
 */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (err) {
    const e = err as Error & { code?: string };
    // Messages may quote a configuration file's keys or a folder's name: printable() keeps each on its line.
    if (err instanceof ConfigError) {
      // One problem a line, each naming the configuration file.
      for (const line of e.message.split('\n')) process.stderr.write(`hacheck: ${printable(line)}\n`);
    } else if (err instanceof UsageError || e?.code?.startsWith('ERR_PARSE_ARGS')) {
      // A message may list its reasons below it, one a line (src/cli/tree-problems.ts).
      for (const line of e.message.split('\n')) process.stderr.write(`hacheck: ${printable(line)}\n`);
      process.stderr.write('Run "hacheck --help" for usage.\n');
    } else {
      await reportInternalError(err, argv.includes('--debug'));
    }
    return 2;
  }
}

/** Runs the CLI and sets the exit code. */
export function main(argv: string[]): void {
  handleStdoutErrors();
  void runCli(argv).then((code) => {
    process.exitCode = code;
  });
}
