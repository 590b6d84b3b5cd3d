import { parseArgs } from 'node:util';
import { fail } from './usage-error.ts';

export const HELP = `Usage:
  hacheck [options] <cluster-dir>     lint a cluster directory
  hacheck explain <rule-id>           what a rule checks, why, an example and how to fix it
  hacheck summary [options] <cluster-dir>
                                      the cluster's topology as hacheck reads it

Options:
  -f, --format <name>      output format (repeatable); stylish is the default on a terminal,
                           github on GitHub Actions, compact otherwise
  -o, --output-file <path> write the format given at the same position to a file (repeatable)
      --max-warnings <n>   exit 1 when there are more than n warnings
      --rule <id>          run only this rule (repeatable)
      --color / --no-color force or disable colour (NO_COLOR is honoured)
      --list-rules         list every rule with its severity and description
      --debug              print stack traces of internal errors
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no error, 1 errors (or too many warnings), 2 usage or internal failure.`;

export interface Output {
  readonly format: string | undefined;
  readonly file: string | undefined;
}

export interface Args {
  readonly command: 'lint' | 'explain' | 'summary' | 'help' | 'version' | 'list-rules';
  readonly target: string | undefined;
  readonly outputs: readonly Output[];
  readonly maxWarnings: number;
  readonly rules: readonly string[] | undefined;
  readonly color: boolean | undefined;
  readonly debug: boolean;
  /** Options the subcommands read for themselves. */
  readonly values: Readonly<Record<string, unknown>>;
}

const COMMANDS = ['explain', 'summary'] as const;

/**
 * Pairs formats with output files by position: the i-th --output-file takes
 * the i-th --format; formats beyond the files write to standard output.
 */
function pairOutputs(formats: readonly string[], files: readonly string[]): Output[] {
  if (files.length > Math.max(formats.length, 1)) fail('more --output-file than --format options');
  const outputs: Output[] = formats.length === 0 ? [{ format: undefined, file: files[0] }] : formats.map((format, i) => ({ format, file: files[i] }));
  if (outputs.filter((o) => o.file === undefined).length > 1) fail('only one format can go to standard output; give the others an --output-file');
  return outputs;
}

export function parseCommandLine(argv: readonly string[]): Args {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-file': { type: 'string', short: 'o', multiple: true },
      'max-warnings': { type: 'string' },
      rule: { type: 'string', multiple: true },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      debug: { type: 'boolean' },
      mermaid: { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  let maxWarnings = Infinity;
  const mw = values['max-warnings'];
  if (mw !== undefined) {
    if (!/^\d+$/.test(mw)) fail(`--max-warnings takes a whole number, not "${mw}"`);
    maxWarnings = Number(mw);
  }
  const base = {
    outputs: pairOutputs(values.format ?? [], values['output-file'] ?? []),
    maxWarnings,
    rules: values.rule,
    color: values['no-color'] ? false : values.color ? true : undefined,
    debug: values.debug === true,
    values,
  };
  if (values.help) return { ...base, command: 'help', target: undefined };
  if (values.version) return { ...base, command: 'version', target: undefined };
  if (values['list-rules']) return { ...base, command: 'list-rules', target: undefined };
  const [first, ...rest] = positionals;
  const command = (COMMANDS as readonly string[]).includes(first ?? '') ? (first as (typeof COMMANDS)[number]) : 'lint';
  const operands = command === 'lint' ? positionals : rest;
  if (operands.length !== 1) {
    const what = command === 'explain' ? 'a rule id' : 'a cluster directory';
    fail(operands.length === 0 ? `no ${what} given` : `give exactly one ${command === 'explain' ? 'rule id' : 'cluster directory'}`);
  }
  return { ...base, command, target: operands[0] };
}
