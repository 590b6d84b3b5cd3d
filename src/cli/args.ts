import { parseArgs } from 'node:util';
import { fail } from './usage-error.ts';
import { checkOptionTokens, type OptionSpec } from './option-check.ts';
import { maxWarningsOf } from './max-warnings.ts';

export const HELP = `Usage:
  hacheck [options] <cluster-dir>...  lint each cluster directory as its own run; with
                                      several, paths are printed with their directory
  hacheck explain <rule-id>           what a rule checks, why, an example and how to fix it
  hacheck summary [options] <cluster-dir>...
                                      the cluster's topology as hacheck reads it:
                                      -f text (default) or -f markdown [--mermaid]
  hacheck files [options] <cluster-dir>...
                                      every candidate file and whether it was used
                                      (its kind and host) or why not: -f text or -f json
  hacheck collect [options] <out-dir> [host ...]
                                      copy the files hacheck reads from running hosts over
                                      ssh into <out-dir>/<host>/... (hacheck collect --help)

Options:
  -f, --format <name>      stylish, compact, json, sarif or github (repeatable); stylish is
                           the default on a terminal, github on GitHub Actions, compact otherwise
  -o, --output-file <path> write the --format just before it to a file (repeatable:
                           -f github -f sarif -o hacheck.sarif)
      --max-warnings <n>   exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet              report errors only, in every format; as in ESLint, the hidden
                           warnings still count toward --max-warnings
      --rule <id>          run only this rule (repeatable)
  -c, --config <file>      use this JSON or YAML file instead of searching for .hacheckrc(.json|
                           .yaml|.yml) or package.json "hacheck" from <cluster-dir> up
      --print-config       print the configuration used for <cluster-dir> as JSON
      --tracked-only       read only the files git tracks (its index) under <cluster-dir>:
                           what a commit holds, untracked files ignored (the pre-commit hook)
      --color / --no-color force or disable colour (NO_COLOR is honoured)
      --list-rules         list every rule with its severity and description
      --mermaid            summary -f markdown: add a Mermaid diagram of the topology
      --debug              print stack traces of internal errors
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no error, 1 errors (or too many warnings), 2 usage or internal failure;
with several directories, the worst of them.`;

export interface Output {
  readonly format: string | undefined;
  readonly file: string | undefined;
}

export interface Args {
  readonly command: 'lint' | 'explain' | 'summary' | 'files' | 'help' | 'version' | 'list-rules';
  /** The first operand: the rule id of explain, the first directory otherwise. */
  readonly target: string | undefined;
  /** Every directory given to lint, summary or files, in command line order. */
  readonly targets: readonly string[];
  readonly outputs: readonly Output[];
  readonly maxWarnings: number;
  /** --quiet: errors only are reported (warnings still count toward --max-warnings, as in ESLint). */
  readonly quiet: boolean;
  readonly rules: readonly string[] | undefined;
  readonly color: boolean | undefined;
  readonly debug: boolean;
  /** Options the subcommands read for themselves. */
  readonly values: Readonly<Record<string, unknown>>;
}

const COMMANDS = ['explain', 'summary', 'files'] as const;

interface OptionToken {
  readonly kind: string;
  readonly name?: string;
  readonly value?: string | undefined;
}

/**
 * Pairs each --output-file with the --format written next to it, in command
 * line order: `-f github -f sarif -o out.sarif` sends sarif to the file and
 * github to standard output, as it reads. A file given before any format
 * takes the next one (or the default format when none follows). Formats
 * without a file write to standard output.
 */
function pairOutputs(tokens: readonly OptionToken[]): Output[] {
  const outputs: { format: string | undefined; file: string | undefined }[] = [];
  let pendingFile: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option' || t.value === undefined) continue;
    if (t.name === 'format') {
      outputs.push({ format: t.value, file: pendingFile });
      pendingFile = undefined;
    } else if (t.name === 'output-file') {
      const last = outputs.at(-1);
      if (pendingFile === undefined && last && last.file === undefined) last.file = t.value;
      else if (pendingFile === undefined && !last) pendingFile = t.value;
      else fail(`--output-file "${t.value}" has no --format of its own; give one --format per --output-file`);
    }
  }
  if (outputs.length === 0) outputs.push({ format: undefined, file: pendingFile });
  else if (pendingFile !== undefined) fail(`--output-file "${pendingFile}" has no --format of its own; give one --format per --output-file`);
  if (outputs.filter((o) => o.file === undefined).length > 1) fail('only one format can go to standard output; give the others an --output-file');
  return outputs;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  'print-config': { type: 'boolean' },
  'tracked-only': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  debug: { type: 'boolean' },
  mermaid: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
};

export function parseCommandLine(argv: readonly string[]): Args {
  // Not strict: strict parseArgs refuses `--max-warnings -1` and words its errors for itself; checkOptionTokens judges instead.
  const { values, positionals, tokens } = parseArgs({ args: [...argv], allowPositionals: true, tokens: true, strict: false, options: OPTIONS });
  checkOptionTokens(tokens, OPTIONS);
  const base = {
    outputs: pairOutputs(tokens),
    maxWarnings: maxWarningsOf(values['max-warnings'] as string | undefined),
    quiet: values.quiet === true,
    rules: values.rule as string[] | undefined,
    color: values['no-color'] ? false : values.color ? true : undefined,
    debug: values.debug === true,
    values,
  };
  if (values.help) return { ...base, command: 'help', target: undefined, targets: [] };
  if (values.version) return { ...base, command: 'version', target: undefined, targets: [] };
  if (values['list-rules']) return { ...base, command: 'list-rules', target: undefined, targets: [] };
  const [first, ...rest] = positionals;
  const command = (COMMANDS as readonly string[]).includes(first ?? '') ? (first as (typeof COMMANDS)[number]) : 'lint';
  const operands = command === 'lint' ? positionals : rest;
  if (operands.length === 0) fail(`no ${command === 'explain' ? 'rule id' : 'cluster directory'} given`);
  if (command === 'explain' && operands.length > 1) fail('give exactly one rule id');
  return { ...base, command, target: operands[0], targets: operands };
}
