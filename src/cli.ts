import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RULES } from '../rules/index.ts';
import { countFindings } from './engine/post.ts';
import { formatCompact } from './format/compact.ts';
import { formatStylish } from './format/stylish.ts';
import { lintDirectory, UsageError } from './lint.ts';
import { VERSION } from './version.ts';

const HELP = `Usage: hacheck [options] <cluster-dir>

Lints the Hadoop HA and ZooKeeper configuration of a cluster directory.

Options:
  -f, --format <name>      stylish (default on a terminal) or compact
      --max-warnings <n>   exit 1 when there are more than n warnings
      --rule <id>          run only this rule (repeatable)
      --color / --no-color force or disable colour (NO_COLOR is honoured)
      --list-rules         list every rule with its severity and description
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no error, 1 errors (or too many warnings), 2 usage or internal failure.`;

const FORMATS = ['stylish', 'compact'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): never {
  throw new UsageError(message);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      'max-warnings': { type: 'string' },
      rule: { type: 'string', multiple: true },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(40)} ${r.meta.severity.padEnd(8)} ${r.meta.description}\n`);
    return 0;
  }
  const format = (values.format ?? (process.stdout.isTTY ? 'stylish' : 'compact')) as Format;
  if (!FORMATS.includes(format)) fail(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) fail(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'no cluster directory given' : 'give exactly one cluster directory');
  const dir = positionals[0]!;
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    fail(`cannot read "${dir}": no such directory`);
  }
  if (!isDir) fail(`"${dir}" is not a directory`);

  const result = await lintDirectory(dir, values.rule ? { only: values.rule } : {});
  if (result.cluster.files.length === 0 && result.cluster.unreadable.length === 0) {
    // Like a linter given a pattern that matches nothing: a wrong path must not pass silently.
    fail(`no recognised configuration file under "${dir}" (zoo.cfg, myid, *-site.xml, slaves, workers, ntp.conf, chrony.conf)`);
  }
  const color = values['no-color'] ? false : values.color ? true : Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
  const out = format === 'compact' ? formatCompact(result.findings) : formatStylish(result.findings, { color });
  process.stdout.write(out);
  for (const e of result.internalErrors) {
    process.stderr.write(`hacheck: internal error in rule ${e.ruleId}: ${e.message}\n`);
  }
  // A recognised file that cannot be read leaves the check incomplete: an I/O failure.
  for (const u of result.cluster.unreadable) {
    process.stderr.write(`hacheck: cannot read ${u.path} (${u.reason})\n`);
  }
  if (result.internalErrors.length > 0 || result.cluster.unreadable.length > 0) return 2;
  const n = countFindings(result.findings);
  return n.errors > 0 || n.warnings > maxWarnings ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`hacheck: ${(err as Error).message}\nRun "hacheck --help" for usage.\n`);
    } else {
      const debug = process.argv.includes('--debug');
      process.stderr.write(`hacheck: internal error: ${(err as Error)?.message ?? String(err)}\n`);
      if (debug) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    }
    process.exitCode = 2;
  },
);
