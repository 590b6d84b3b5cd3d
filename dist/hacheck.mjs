#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-CY5YIKJA.mjs";
import {
  printable
} from "./chunks/chunk-HN7SOIX3.mjs";
import {
  UsageError,
  fail
} from "./chunks/chunk-JTFGOYOC.mjs";
import {
  ConfigError
} from "./chunks/chunk-IMV4DUDU.mjs";
import {
  nearest
} from "./chunks/chunk-3LGRH6LY.mjs";
import "./chunks/chunk-F7OEXTLG.mjs";
import "./chunks/chunk-UTASCUZQ.mjs";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/option-check.ts
function suggestOption(raw, names) {
  const typed = raw.replace(/^-+/, "");
  if (typed.length < 2) return void 0;
  const best = nearest(typed, names, Math.max(2, Math.floor(typed.length / 4)));
  return best === void 0 ? void 0 : `--${best}`;
}
function isNegativeNumber(value) {
  return /^-\d/.test(value);
}
function checkOptionTokens(tokens, options) {
  const names = Object.keys(options);
  for (const t of tokens) {
    if (t.kind !== "option" || t.name === void 0) continue;
    const raw = t.rawName ?? `--${t.name}`;
    const spec = options[t.name];
    if (spec === void 0) {
      const hint = suggestOption(raw, names);
      fail(`unknown option "${raw}"${hint ? `; did you mean "${hint}"?` : ""}`);
    }
    if (spec.type === "boolean" && t.value !== void 0) fail(`option "${raw}" takes no value, not "${t.value}"`);
    if (spec.type === "string") {
      if (t.value === void 0 || t.inlineValue === false && t.value.startsWith("-") && !isNegativeNumber(t.value)) {
        fail(`option "${raw}" needs a value`);
      }
    }
  }
}

// src/cli/max-warnings.ts
function maxWarningsOf(given) {
  if (given === void 0 || given === "-1") return Infinity;
  if (!/^\d+$/.test(given)) fail(`--max-warnings takes a whole number of warnings, or -1 for no limit, not "${given}"`);
  return Number(given);
}

// src/cli/args.ts
var HELP = `Usage:
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
var COMMANDS = ["explain", "summary", "files"];
function pairOutputs(tokens) {
  const outputs = [];
  let pendingFile;
  for (const t of tokens) {
    if (t.kind !== "option" || t.value === void 0) continue;
    if (t.name === "format") {
      outputs.push({ format: t.value, file: pendingFile });
      pendingFile = void 0;
    } else if (t.name === "output-file") {
      const last = outputs.at(-1);
      if (pendingFile === void 0 && last && last.file === void 0) last.file = t.value;
      else if (pendingFile === void 0 && !last) pendingFile = t.value;
      else fail(`--output-file "${t.value}" has no --format of its own; give one --format per --output-file`);
    }
  }
  if (outputs.length === 0) outputs.push({ format: void 0, file: pendingFile });
  else if (pendingFile !== void 0) fail(`--output-file "${pendingFile}" has no --format of its own; give one --format per --output-file`);
  if (outputs.filter((o) => o.file === void 0).length > 1) fail("only one format can go to standard output; give the others an --output-file");
  return outputs;
}
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  rule: { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  "print-config": { type: "boolean" },
  "tracked-only": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "list-rules": { type: "boolean" },
  debug: { type: "boolean" },
  mermaid: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parseCommandLine(argv) {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], allowPositionals: true, tokens: true, strict: false, options: OPTIONS });
  checkOptionTokens(tokens, OPTIONS);
  const base = {
    outputs: pairOutputs(tokens),
    maxWarnings: maxWarningsOf(values["max-warnings"]),
    quiet: values.quiet === true,
    rules: values.rule,
    color: values["no-color"] ? false : values.color ? true : void 0,
    debug: values.debug === true,
    values
  };
  if (values.help) return { ...base, command: "help", target: void 0, targets: [] };
  if (values.version) return { ...base, command: "version", target: void 0, targets: [] };
  if (values["list-rules"]) return { ...base, command: "list-rules", target: void 0, targets: [] };
  const [first, ...rest] = positionals;
  const command = COMMANDS.includes(first ?? "") ? first : "lint";
  const operands = command === "lint" ? positionals : rest;
  if (operands.length === 0) fail(`no ${command === "explain" ? "rule id" : "cluster directory"} given`);
  if (command === "explain" && operands.length > 1) fail("give exactly one rule id");
  return { ...base, command, target: operands[0], targets: operands };
}

// src/cli/stdout-errors.ts
function reason(err) {
  const m = /^([A-Z0-9]+): (.*?)(?:, write)?$/.exec(err.message ?? "");
  return m ? `${m[2]} (${m[1]})` : String(err.code ?? err);
}
function handleStdoutErrors() {
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE") return;
    process.stderr.write(`hacheck: cannot write to standard output: ${reason(err)}
`);
    process.exit(2);
  });
}

// src/cli/main.ts
async function run(argv) {
  if (argv[0] === "collect") return (await import("./chunks/collect-MRUNWPZE.mjs")).collectCommand(argv.slice(1));
  const args = parseCommandLine(argv);
  switch (args.command) {
    case "help":
      process.stdout.write(`${HELP}
`);
      return 0;
    case "version":
      process.stdout.write(`${VERSION}
`);
      return 0;
    case "list-rules": {
      const { RULES } = await import("./chunks/rules-I5QAFW6T.mjs");
      for (const r of RULES) process.stdout.write(`${r.meta.id.padEnd(44)} ${r.meta.severity.padEnd(8)} ${r.meta.description}
`);
      return 0;
    }
    case "explain":
      return (await import("./chunks/explain-Z7U3Q7PP.mjs")).explainCommand(args);
    case "summary":
      return (await import("./chunks/summary-37ERNI45.mjs")).summaryCommand(args);
    case "files":
      return (await import("./chunks/files-OBQEZQJE.mjs")).filesCommand(args);
    case "lint":
      if (args.values["print-config"] === true) return (await import("./chunks/print-config-XYSOYBL2.mjs")).printConfigCommand(args);
      return (await import("./chunks/lint-HV3QPMPI.mjs")).lintCommand(args);
  }
}
async function reportInternalError(err, debug) {
  try {
    const { describeThrown, internalErrorLine, printableStack } = await import("./chunks/throw-site-Y7AGYYBL.mjs");
    const t = describeThrown(err);
    process.stderr.write(`hacheck: ${internalErrorLine(t.phase ? `internal error while ${t.phase}` : "internal error", t)}
`);
    const stack = debug ? printableStack(err) : void 0;
    if (stack) process.stderr.write(`${stack}
`);
  } catch {
    process.stderr.write(`hacheck: internal error: ${printable(err instanceof Error ? err.message : String(err))}
`);
  }
}
async function runCli(argv) {
  try {
    return await run(argv);
  } catch (err) {
    const e = err;
    if (err instanceof ConfigError) {
      for (const line of e.message.split("\n")) process.stderr.write(`hacheck: ${printable(line)}
`);
    } else if (err instanceof UsageError || e?.code?.startsWith("ERR_PARSE_ARGS")) {
      for (const line of e.message.split("\n")) process.stderr.write(`hacheck: ${printable(line)}
`);
      process.stderr.write('Run "hacheck --help" for usage.\n');
    } else {
      await reportInternalError(err, argv.includes("--debug"));
    }
    return 2;
  }
}
function main(argv) {
  handleStdoutErrors();
  void runCli(argv).then((code) => {
    process.exitCode = code;
  });
}

// src/cli/index.ts
main(process.argv.slice(2));
