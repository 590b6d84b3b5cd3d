#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describeThrown,
  internalErrorLine,
  printableStack
} from "./chunk-JARNURDI.mjs";
import {
  VERSION
} from "./chunk-CY5YIKJA.mjs";
import {
  GlobSyntaxError,
  buildClusters,
  compileIgnoreGlob,
  fileTypeOf,
  mergeClusters
} from "./chunk-AFXIOXPM.mjs";
import {
  SERVICE_MESSAGE,
  printable,
  printablePath
} from "./chunk-HN7SOIX3.mjs";
import {
  insideTree
} from "./chunk-RPQB2CLD.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import {
  ConfigError
} from "./chunk-IMV4DUDU.mjs";
import {
  RULES,
  applySuppressions,
  docsUrl,
  suggestRuleId
} from "./chunk-RVVRZG7X.mjs";
import {
  nearest
} from "./chunk-3LGRH6LY.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  deepFreeze,
  hostKey,
  plural,
  readRegularFile
} from "./chunk-25WR7BUC.mjs";
import {
  DISGUISING,
  unicodeEscape
} from "./chunk-F7OEXTLG.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-UTASCUZQ.mjs";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli/commands/lint.ts
import { statSync as statSync2, writeFileSync } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/engine/post.ts
function compare(a, b) {
  const s = a.span;
  const t = b.span;
  if (s.file !== t.file) return s.file < t.file ? -1 : 1;
  if (s.line !== t.line) return s.line - t.line;
  if (s.column !== t.column) return s.column - t.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function keyOf(f) {
  return `${f.ruleId}\0${f.span.file}\0${f.span.line}\0${f.span.column}\0${f.message}`;
}
function postProcess(findings) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of [...findings].sort(compare)) {
    const k = keyOf(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}
function countFindings(findings) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

// src/format/compact.ts
function formatCompact(findings) {
  let out = "";
  for (const f of findings) {
    out += `${printablePath(f.span.file)}:${f.span.line}:${f.span.column}: ${f.severity}: ${printable(f.message)} [${f.ruleId}]
`;
    for (const r of f.related) out += `  ${printablePath(r.span.file)}:${r.span.line}:${r.span.column}: note: ${printable(r.message)}
`;
  }
  return out;
}

// src/format/github.ts
import { isAbsolute, relative, sep } from "node:path";

// src/format/github-escape.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/format/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function pathPrefix(root, workspace) {
  const rel = relative(workspace, root);
  const outside = rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const prefix = outside ? root : rel;
  return prefix === "" ? "" : `${prefix.split(sep).join("/").replace(/\/$/, "")}/`;
}
function properties(file, span, title) {
  const props = [["file", file], ["line", span.line]];
  if (span.endLine === span.line) props.push(["col", span.column], ["endLine", span.endLine], ["endColumn", span.endColumn]);
  else props.push(["endLine", span.endLine]);
  props.push(["title", title]);
  return props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
}
function formatGithub(input) {
  const prefix = pathPrefix(input.root, input.workspace);
  let out = "";
  for (const f of input.findings) {
    const notes = f.related.map((r) => `
${printable(prefix + r.span.file)}:${r.span.line}:${r.span.column}: note: ${printable(r.message)}`).join("");
    out += `::${COMMAND[f.severity]} ${properties(printable(prefix + f.span.file), f.span, f.ruleId)}::${escapeData(printable(f.message) + notes)}
`;
  }
  return out;
}

// src/format/json-text.ts
function stringifySafe(value) {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, unicodeEscape).replace(DISGUISING, unicodeEscape).replace(SERVICE_MESSAGE, "$1\\u005b")}
`;
}

// src/format/run-problems.ts
function runProblems(input) {
  return [
    ...input.cluster.skipped.map((s) => ({ kind: "skipped", message: `skipped ${s.path}: ${s.reason}`, path: s.path })),
    ...input.cluster.unreadable.map((u) => ({ kind: "unreadable", message: `cannot read ${u.path} (${u.reason})`, path: u.path })),
    ...(input.internalErrors ?? []).map((e) => ({ kind: "internal-error", message: e.report }))
  ];
}

// src/format/json.ts
var JSON_SCHEMA_VERSION = 1;
function locate(span, hostOf) {
  return {
    file: span.file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    host: hostOf.get(span.file) ?? null
  };
}
function related(r, hostOf) {
  return { ...locate(r.span, hostOf), message: r.message };
}
function formatJson(input) {
  const hostOf = new Map([...input.cluster.files, ...input.cluster.unchecked].map((f) => [f.path, f.host]));
  const n = countFindings(input.findings);
  return stringifySafe({
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: "hacheck", version: input.toolVersion },
    summary: { errors: n.errors, warnings: n.warnings, infos: n.infos },
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      ...locate(f.span, hostOf),
      ...f.cluster === void 0 ? {} : { cluster: f.cluster },
      docsUrl: f.docsUrl,
      related: f.related.map((r) => related(r, hostOf))
    })),
    problems: runProblems(input).map((p) => ({ kind: p.kind, message: p.message, path: p.path ?? null }))
  });
}

// src/format/sarif.ts
import { pathToFileURL } from "node:url";

// src/format/sarif-fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_KEY = "hacheck/v1";
function withoutPositions(message) {
  return message.replace(/\b(line|col|column)(\s+)\d+/gi, "$1$2#");
}
function partialFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const what = [f.ruleId, f.span.file, withoutPositions(f.message)].join("\0");
    const n = seen.get(what) ?? 0;
    seen.set(what, n + 1);
    return createHash("sha256").update(`${what}\0${n}`).digest("hex").slice(0, 32);
  });
}

// src/format/sarif.ts
var ROOT_BASE_ID = "CLUSTERROOT";
function invocation(input) {
  const problems = input.cluster ? runProblems({ cluster: input.cluster, ...input.internalErrors ? { internalErrors: input.internalErrors } : {} }) : [];
  return {
    executionSuccessful: problems.every((p) => p.kind === "skipped"),
    toolExecutionNotifications: problems.map((p) => ({
      level: p.kind === "skipped" ? "note" : "error",
      message: { text: p.message },
      ...p.path === void 0 ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(p.path), uriBaseId: ROOT_BASE_ID } } }] }
    }))
  };
}
var LEVEL = { error: "error", warning: "warning", info: "note" };
function relativeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function physicalLocation(span) {
  return {
    artifactLocation: { uri: relativeUri(span.file), uriBaseId: ROOT_BASE_ID },
    region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn }
  };
}
function descriptor(rule) {
  const m = rule.meta;
  return {
    id: m.id,
    shortDescription: { text: m.description },
    fullDescription: { text: m.rationale, markdown: m.rationale },
    help: { text: m.fix, markdown: m.fix },
    helpUri: docsUrl(m.id),
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: [m.id.split("/")[0]] }
  };
}
function formatSarif(input) {
  const ruleIndex = new Map(input.rules.map((r, i) => [r.meta.id, i]));
  const fingerprints = partialFingerprints(input.findings);
  const results = input.findings.map((f, i) => {
    const index = ruleIndex.get(f.ruleId);
    return {
      ruleId: f.ruleId,
      ...index === void 0 ? {} : { ruleIndex: index },
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: physicalLocation(f.span) }],
      ...f.related.length === 0 ? {} : { relatedLocations: f.related.map((r, j) => ({ id: j + 1, physicalLocation: physicalLocation(r.span), message: { text: r.message } })) },
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] },
      // A property bag (SARIF 2.1.0 section 3.8): which of the directory's clusters the result is about.
      ...f.cluster === void 0 ? {} : { properties: { cluster: f.cluster } }
    };
  });
  return stringifySafe({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "hacheck",
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: "https://github.com/hacheck/hacheck",
            rules: input.rules.map(descriptor)
          }
        },
        originalUriBaseIds: { [ROOT_BASE_ID]: { uri: directoryUri(input.root), description: { text: "The linted cluster directory" } } },
        // Columns count UTF-16 code units (src/text/source-text.ts).
        columnKind: "utf16CodeUnits",
        invocations: [invocation(input)],
        results
      }
    ]
  });
}

// src/format/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function formatStylish(findings, options) {
  const c = import_picocolors.default.createColors(options.color);
  if (findings.length === 0) return "";
  const lines = [];
  let file;
  let cluster;
  for (const f of byCluster(findings)) {
    if (f.cluster !== void 0 && f.cluster !== cluster) {
      if (cluster !== void 0) lines.push("");
      cluster = f.cluster;
      file = void 0;
      lines.push(c.bold(`Cluster ${printablePath(cluster)}`), "");
    }
    if (f.span.file !== file) {
      if (file !== void 0) lines.push("");
      file = f.span.file;
      lines.push(c.underline(printablePath(file)));
    }
    const paint = f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.blue;
    const pos = `${f.span.line}:${f.span.column}`.padEnd(7);
    lines.push(`  ${c.dim(pos)} ${paint(f.severity.padEnd(7))}  ${printable(f.message)}  ${c.dim(f.ruleId)}`);
    for (const r of f.related) {
      lines.push(`  ${" ".repeat(7)} ${c.dim("note")}  ${printable(r.span.file)}:${r.span.line}:${r.span.column} ${printable(r.message)}`);
    }
  }
  const n = countFindings(findings);
  const summary = `${plural(findings.length, "problem")} (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info)`;
  lines.push("", (n.errors > 0 ? c.red : c.yellow)(c.bold(`\u2716 ${summary}`)), "");
  return lines.join("\n");
}
function byCluster(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const g = groups.get(f.cluster);
    if (g) g.push(f);
    else groups.set(f.cluster, [f]);
  }
  return [...groups.values()].flat();
}

// src/format/registry.ts
var FORMATTERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  compact: (i) => formatCompact(i.findings),
  stylish: (i) => formatStylish(i.findings, { color: i.color }),
  json: (i) => formatJson(i),
  sarif: (i) => formatSarif(i),
  github: (i) => formatGithub(i)
});
function formatNames() {
  return Object.keys(FORMATTERS);
}
function defaultFormat(env, isTTY, toFile = false) {
  if (toFile) return "compact";
  if (env["GITHUB_ACTIONS"] === "true" && "github" in FORMATTERS) return "github";
  return isTTY ? "stylish" : "compact";
}

// src/config/load.ts
import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, isAbsolute as isAbsolute2, join, relative as relative2, resolve } from "node:path";

// src/config/json-error-offset.ts
var NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
var LITERAL = /true|false|null/y;
function skipSpace(text, i) {
  while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}
function skipString(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return -j - 1;
    if (c === 92) {
      const e = text[j + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
        j += 5;
      } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) {
        j++;
      } else {
        return -(j + 1) - 1;
      }
    }
  }
  return -text.length - 1;
}
function token(re, text, i) {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}
function jsonErrorOffset(text) {
  const open = [];
  let i = skipSpace(text, 0);
  let expect = "value";
  for (; ; ) {
    if (expect === "value") {
      const c = text[i];
      if (c === "{" || c === "[") {
        open.push(c);
        i = skipSpace(text, i + 1);
        if (text[i] === (c === "{" ? "}" : "]")) {
          open.pop();
          i++;
          expect = "after";
        } else {
          expect = c === "{" ? "key" : "value";
        }
        continue;
      }
      const end = c === '"' ? skipString(text, i) : token(c === "t" || c === "f" || c === "n" ? LITERAL : NUMBER, text, i);
      if (end < 0) return c === '"' ? -end - 1 : i;
      i = end;
      expect = "after";
    } else if (expect === "key") {
      if (text[i] !== '"') return i;
      const end = skipString(text, i);
      if (end < 0) return -end - 1;
      i = skipSpace(text, end);
      if (text[i] !== ":") return i;
      i = skipSpace(text, i + 1);
      expect = "value";
    } else {
      i = skipSpace(text, i);
      const top = open[open.length - 1];
      if (top === void 0) return i === text.length ? -1 : i;
      if (text[i] === ",") {
        i = skipSpace(text, i + 1);
        expect = top === "{" ? "key" : "value";
      } else if (text[i] === (top === "{" ? "}" : "]")) {
        open.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let j = text.indexOf("\n"); j !== -1 && j < offset; j = text.indexOf("\n", j + 1)) {
    line++;
    start = j + 1;
  }
  return { line, column: offset - start + 1 };
}

// src/config/read-config-file.ts
var MAX_CONFIG_FILE_SIZE = 1024 * 1024;
function readConfigText(real, shown) {
  const r = readRegularFile(real, MAX_CONFIG_FILE_SIZE);
  if (r.ok) return new TextDecoder("utf-8", { ignoreBOM: false }).decode(r.bytes);
  if (r.tooLarge) throw new ConfigError(`${shown}: not read: larger than 1 MiB (${MAX_CONFIG_FILE_SIZE} bytes), the limit for a configuration file`);
  throw new ConfigError(`${shown}: not read: ${r.reason}`);
}

// src/config/load.ts
var DATA_PLACES = ["package.json", ".hacheckrc", ".hacheckrc.json", ".hacheckrc.yaml", ".hacheckrc.yml"];
var CODE_PLACES = [".hacheckrc", "hacheck.config"].flatMap(
  (stem) => [".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"].map((ext) => `${stem}${ext}`)
);
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".cjs", ".mjs", ".jsx", ".ts", ".cts", ".mts", ".tsx"]);
function repositoryRoot(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return void 0;
  }
}
function directoriesUp(dir, top) {
  const dirs = [];
  for (let d = dir; ; d = dirname(d)) {
    dirs.push(d);
    if (d === top || dirname(d) === d) return dirs;
  }
}
function displayPath(file) {
  const rel = relative2(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel) ? rel : file;
}
function refuseCode(shown, file) {
  const language = /\.[cm]?tsx?$/.test(file) ? "TypeScript" : "JavaScript";
  throw new ConfigError(
    `${shown}: not loaded: a ${language} configuration is code, and hacheck never runs code from the directories it checks; write the object it exports as JSON in .hacheckrc.json or as YAML in .hacheckrc.yaml (same keys)`
  );
}
function formatOf(file) {
  if (basename(file) === "package.json") return "package.json";
  const ext = extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  return "json-or-yaml";
}
function candidateAt(file, top, topName) {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats) return void 0;
  const shown = displayPath(file);
  if (stats.isFile()) return { file, real: file };
  if (!stats.isSymbolicLink()) throw new ConfigError(`${shown}: not read: ${fileTypeOf(stats)}, not a regular file`);
  let real;
  try {
    real = realpathSync(file);
  } catch (err) {
    const code = err.code;
    throw new ConfigError(`${shown}: not read: ${code === "ELOOP" ? "a symbolic link loop" : code === "ENOENT" ? "a symbolic link to nothing" : `a symbolic link that cannot be resolved (${code ?? "error"})`}`);
  }
  if (!insideTree(top, real)) {
    throw new ConfigError(`${shown}: not read: a symbolic link out of ${topName}; a configuration file is never followed out of the tree searched`);
  }
  const target = statSync(real, { throwIfNoEntry: false });
  if (target && !target.isFile()) throw new ConfigError(`${shown}: not read: a symbolic link to ${fileTypeOf(target)}, not a regular file`);
  return { file, real };
}
function packageConfig(text) {
  if (!text.includes('"hacheck"')) return { has: false };
  try {
    const pkg = JSON.parse(text);
    if (pkg === null || typeof pkg !== "object" || !Object.hasOwn(pkg, "hacheck")) return { has: false };
    return { has: true, data: pkg["hacheck"] };
  } catch {
    return { has: true };
  }
}
function search(dir) {
  const start = realpathSync(resolve(dir));
  const root = repositoryRoot(start);
  const top = root ?? start;
  const topName = root !== void 0 ? `the repository (${displayPath(root)})` : `the linted directory (${displayPath(start)})`;
  for (const d of directoriesUp(start, top)) {
    for (const place of CODE_PLACES) {
      const file = join(d, place);
      if (lstatSync(file, { throwIfNoEntry: false })) refuseCode(displayPath(file), file);
    }
    for (const place of DATA_PLACES) {
      const candidate = candidateAt(join(d, place), top, topName);
      if (!candidate) continue;
      const text = readConfigText(candidate.real, displayPath(candidate.file));
      if (place === "package.json" && !packageConfig(text).has) continue;
      return { candidate, text };
    }
  }
  return void 0;
}
function explicitFile(given) {
  const file = resolve(given);
  const shown = displayPath(file);
  if (CODE_EXTENSIONS.has(extname(file).toLowerCase())) refuseCode(shown, file);
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new ConfigError(`cannot read configuration file "${given}": no such file`);
  if (!stats.isFile()) throw new ConfigError(`${shown}: not read: ${fileTypeOf(stats)}, not a regular file`);
  const real = realpathSync(file);
  return { candidate: { file, real }, text: readConfigText(real, shown) };
}
var yamlModule;
function yaml() {
  return yamlModule ??= import("./yaml-config-QUJQLXRP.mjs");
}
function at(shown, text, offset, message) {
  if (offset === void 0) return `${shown}: ${message}`;
  const { line, column } = lineColumn(text, offset);
  return `${shown}:${line}:${column}: ${message}`;
}
async function parseConfig(text, format, shown) {
  if (text.trim() === "") return { data: {} };
  if (format !== "yaml") {
    try {
      const data = JSON.parse(text);
      if (format !== "package.json") return { data };
      if (data === null || typeof data !== "object" || !Object.hasOwn(data, "hacheck")) throw new ConfigError(`${shown}: no "hacheck" key, so no configuration`);
      return { data: data["hacheck"] };
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      if (format !== "json-or-yaml") {
        const offset = jsonErrorOffset(text);
        throw new ConfigError(at(shown, text, offset, offset >= text.length ? "not valid JSON: unexpected end of the file" : "not valid JSON: unexpected character"));
      }
    }
  }
  const parsed = (await yaml()).parseYaml(text);
  if (!parsed.ok) throw new ConfigError(at(shown, text, parsed.failure.offset, parsed.failure.message));
  return { data: parsed.data ?? {}, doc: parsed.doc };
}
function globProblems(config) {
  return (config.ignore ?? []).flatMap((glob, i) => {
    try {
      compileIgnoreGlob(glob);
      return [];
    } catch (err) {
      if (!(err instanceof GlobSyntaxError)) throw err;
      return [{ path: ["ignore", String(i)], onKey: false, message: `ignore[${i}]: the glob ${err.message}` }];
    }
  });
}
async function loadConfig(dir, explicit) {
  const found = explicit !== void 0 ? explicitFile(explicit) : search(dir);
  if (!found) return { file: void 0, config: {} };
  const { candidate, text } = found;
  const shown = displayPath(candidate.file);
  const format = formatOf(candidate.file);
  const { data, doc } = await parseConfig(text, format, shown);
  const { configProblems } = await import("./validate-LMOJGMER.mjs");
  const schemaProblems = configProblems(data);
  const problems = schemaProblems.length > 0 ? schemaProblems : globProblems(data);
  if (problems.length === 0) return { file: candidate.file, config: data };
  const { offsetOfPath } = await yaml();
  const prefix = format === "package.json" ? ["hacheck"] : [];
  const source = doc ?? text;
  const located = problems.map((p) => ({ offset: offsetOfPath(source, [...prefix, ...p.path], p.onKey), message: p.message }));
  located.sort((a, b) => (a.offset ?? -1) - (b.offset ?? -1));
  throw new ConfigError(located.map((p) => at(shown, text, p.offset, p.message)).join("\n"));
}

// src/config/resolve.ts
function resolveConfig(loaded, rules) {
  const c = loaded.config;
  return {
    configFile: loaded.file === void 0 ? null : displayPath(loaded.file),
    versions: { ...c.versions },
    hosts: { ...c.hosts },
    ignore: [...c.ignore ?? []],
    rules: Object.fromEntries(rules.map((r) => [r.meta.id, c.rules?.[r.meta.id] ?? r.meta.severity])),
    overrides: (c.overrides ?? []).map((o) => ({ hosts: [...o.hosts], rules: { ...o.rules } })),
    maxFileSize: c.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  };
}
function lintOptionsOf(loaded) {
  const c = loaded.config;
  return {
    ...c.rules ? { severities: c.rules } : {},
    ...c.overrides ? { overrides: c.overrides } : {},
    build: {
      ...c.hosts ? { hosts: c.hosts } : {},
      ...c.versions ? { versions: c.versions } : {},
      ...c.ignore ? { ignore: c.ignore } : {},
      ...c.maxFileSize ? { maxFileSize: c.maxFileSize } : {}
    }
  };
}

// src/engine/host-overrides.ts
function severitiesToRun(severities, overrides) {
  if (!severities || overrides.length === 0) return severities;
  const out = { ...severities };
  for (const o of overrides) {
    for (const [id, setting] of Object.entries(o.rules)) if (setting !== "off" && out[id] === "off") delete out[id];
  }
  return out;
}
function settingsByHost(overrides) {
  const out = /* @__PURE__ */ new Map();
  for (const o of overrides) {
    const rules = Object.entries(o.rules);
    for (const key of new Set(o.hosts.map(hostKey))) {
      let settings = out.get(key);
      if (!settings) out.set(key, settings = /* @__PURE__ */ new Map());
      for (const [id, setting] of rules) settings.set(id, setting);
    }
  }
  return out;
}
function applyHostOverrides(findings, cluster, severities, overrides) {
  if (overrides.length === 0) return [...findings];
  const hostOfFile = new Map([...cluster.files, ...cluster.unchecked].map((f) => [f.path, f.host]));
  const settingsOfHost = settingsByHost(overrides);
  const out = [];
  for (const f of findings) {
    const host = hostOfFile.get(f.span.file);
    const setting = (host !== void 0 ? settingsOfHost.get(hostKey(host))?.get(f.ruleId) : void 0) ?? severities?.[f.ruleId] ?? f.severity;
    if (setting !== "off") out.push(setting === f.severity ? f : { ...f, severity: setting });
  }
  return out;
}

// src/engine/run.ts
function spanProblem(span, lines) {
  const count = lines.get(span.file);
  if (count === void 0) return `reported a finding in "${span.file}", which is not a linted file`;
  const ok = span.line >= 1 && span.line <= count && span.column >= 1 && (span.endLine > span.line || span.endLine === span.line && span.endColumn >= span.column);
  return ok ? void 0 : `reported an invalid position ${span.line}:${span.column} in "${span.file}"`;
}
function runRules(cluster, rules, options = {}) {
  const lines = new Map(cluster.files.map((f) => [f.path, f.lineCount]));
  for (const u of cluster.unreadable) lines.set(u.path, 1);
  for (const u of cluster.unchecked) lines.set(u.path, u.lineCount);
  for (const f of cluster.files) if ("xinclude" in f && f.xinclude) for (const i of f.xinclude.files) lines.set(i.path, i.lineCount);
  for (const d of cluster.definitions) lines.set(d.path, d.lineCount);
  const findings = [];
  const internalErrors = [];
  const ran = [];
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === "off") continue;
    const own = [];
    const report = (r) => {
      const bad = spanProblem(r.span, lines) ?? r.related?.map((x) => spanProblem(x.span, lines)).find(Boolean);
      if (bad) {
        const err = new Error(bad);
        Error.captureStackTrace(err, report);
        throw err;
      }
      own.push({
        ruleId: rule.meta.id,
        severity: setting,
        message: r.message,
        span: r.span,
        related: r.related ?? [],
        docsUrl: docsUrl(rule.meta.id)
      });
    };
    try {
      rule.check(cluster, report);
      for (const f of own) findings.push(f);
      ran.push(rule.meta.id);
    } catch (err) {
      const t = describeThrown(err);
      internalErrors.push({
        ruleId: rule.meta.id,
        message: t.message,
        where: t.where,
        report: internalErrorLine(`internal error in rule ${rule.meta.id}`, t),
        stack: printableStack(err)
      });
    }
  }
  return { findings, internalErrors, ran };
}
function parseFailureErrors(cluster) {
  return cluster.parseFailures.map(({ path, thrown }) => {
    const t = describeThrown(thrown);
    return {
      message: t.message,
      where: t.where,
      report: internalErrorLine(`internal error while parsing ${path}`, t),
      stack: printableStack(thrown)
    };
  });
}

// src/lint.ts
function selectRules(only) {
  if (!only) return [...RULES];
  const unknown = only.filter((id) => !RULES.some((r) => r.meta.id === id));
  if (unknown.length > 0) fail(`unknown rule ${unknown.map((u) => `"${u}"`).join(", ")}`);
  return RULES.filter((r) => only.includes(r.meta.id));
}
async function lintDirectory(dir, options = {}) {
  const rules = selectRules(options.only);
  const clusters = (await buildClusters(dir, options.build)).map((c) => deepFreeze(c));
  const several = clusters.length > 1;
  const findings = [];
  const internalErrors = [];
  const suppressed = [];
  for (const cluster of clusters) {
    const one = lintCluster(cluster, rules, options);
    for (const f of one.findings) findings.push(several ? { ...f, cluster: cluster.name } : f);
    for (const e of one.internalErrors) internalErrors.push(e);
    for (const s of one.suppressed) suppressed.push(s);
  }
  return { cluster: mergeClusters(clusters), clusters, findings: postProcess(findings), internalErrors, suppressed };
}
function lintCluster(cluster, rules, options) {
  const overrides = options.overrides ?? [];
  const runSeverities = severitiesToRun(options.severities, overrides);
  const { findings, internalErrors, ran } = runRules(cluster, rules, runSeverities ? { severities: runSeverities } : {});
  const { findings: kept, suppressed } = applySuppressions(cluster, findings, {
    rules: RULES,
    ran,
    ...options.severities ? { severities: options.severities } : {}
  });
  const graded = applyHostOverrides(kept, cluster, options.severities, overrides);
  return { findings: graded, internalErrors: [...parseFailureErrors(cluster), ...internalErrors], suppressed };
}

// src/discovery/render.ts
function verdictText(c) {
  const v = c.verdict;
  if (!v.used && v.reason === "not in dataDir") return `read: myid, host ${v.host} (${v.dataDir === void 0 ? "its zoo.cfg sets no dataDir" : `not in dataDir ${v.dataDir}`}, so ZooKeeper never reads it)`;
  if (!v.used) return `not used: ${v.reason}`;
  if (v.definition) return `used: ${definitionText(v.definition)}${v.cluster === void 0 ? "" : `, cluster ${v.cluster}`}`;
  if (v.container) return `used: ${containerText(v.container)}; service ${v.container.service}, host ${v.host}${v.cluster === void 0 ? "" : `, cluster ${v.cluster}`}`;
  const where = [v.host === void 0 ? [] : [`host ${v.host}`], v.cluster === void 0 ? [] : [`cluster ${v.cluster}`]].flat();
  const mounted = v.mounted ? " (the only file of its folder, read as the myid the host mounts in its dataDir)" : "";
  const what = v.env ? `env file (${v.env.formats.join(", ")}): ${v.env.kinds.join(", ")}` : v.kind;
  return `${[`used: ${what}`, ...where].join(", ")}${mounted}`;
}
function definitionText(use) {
  const shared = use.shared?.length ? `; ${use.shared.join(", ")} of ConfigMaps no workload here uses, read as shared` : "";
  if (use.services.length === 0) return use.role === "Compose variables" ? "Compose variables, read for interpolation" : `${use.role}, defining no container${shared}`;
  const of = use.role === "compose file" || use.role === "Kubernetes manifests" ? "of" : "for";
  return `${use.role} ${of} ${use.services.length > 1 ? "services" : "service"} ${use.services.join(", ")}${shared}`;
}
function containerText(use) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of use.files) {
    const how = f.via === "environment" ? `written by the ${f.image ?? "image"} from the environment` : f.via === "mount" ? "mounted" : "written in the definition";
    const list = groups.get(how) ?? [];
    list.push(`${f.kind} at ${f.target}`);
    groups.set(how, list);
  }
  return [...groups].map(([how, list]) => `${list.join(", ")}, ${how}`).join("; ");
}
var MATCH_WORDS = {
  name: "named after it",
  address: "named by its address, which an etc/hosts in the tree maps to it",
  configured: 'mapped to it by "hosts" in the configuration file'
};
function hostFolderText(h) {
  return `host folder of ${h.host}, ${MATCH_WORDS[h.match]}${h.cluster === void 0 ? "" : `, cluster ${h.cluster}`}`;
}
function renderFilesText(plan) {
  const rows = [
    ...plan.candidates.map((c) => [printablePath(c.path), verdictText(c)]),
    ...plan.hostFolders.map((h) => [`${printablePath(h.folder)}/`, hostFolderText(h)])
  ].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const width = Math.max(0, ...rows.map(([p]) => p.length));
  return rows.map(([p, v]) => `${p.padEnd(width)}  ${v}
`).join("");
}
function renderFilesJson(plan) {
  const files = plan.candidates.map((c) => {
    const v = c.verdict;
    if (v.used && v.definition) return { path: c.path, used: true, definition: v.definition, ...v.cluster === void 0 ? {} : { cluster: v.cluster } };
    if (v.used) {
      const env = v.env ? { envFile: { formats: v.env.formats, kinds: v.env.kinds } } : {};
      const container = v.container ? { container: v.container } : {};
      return { path: c.path, used: true, kind: v.kind, host: v.host ?? null, ...v.cluster === void 0 ? {} : { cluster: v.cluster }, ...v.mounted ? { mounted: true } : {}, ...env, ...container };
    }
    if (v.reason === "not in dataDir") return { path: c.path, used: false, reason: v.reason, kind: v.kind, host: v.host, dataDir: v.dataDir ?? null };
    return { path: c.path, used: false, reason: v.reason };
  });
  return `${JSON.stringify({ version: 1, files, hostFolders: plan.hostFolders }, null, 2)}
`;
}
function checkedLine(plan, hosts, clusters = 1) {
  const used = plan.candidates.filter((c) => c.verdict.used).length;
  const counts = [plural(used, "file"), plural(hosts, "host"), ...clusters > 1 ? [plural(clusters, "cluster")] : []];
  return `No problems found: ${counts.join(", ")} checked.`;
}

// src/cli/tree-problems.ts
function nothingRecognised(cluster) {
  return cluster.files.length === 0 && cluster.unreadable.length === 0 && cluster.unchecked.length === 0 && cluster.containerNotes.every((n) => n.kind === "unknown");
}
function nothingRecognisedMessage(dir, cluster) {
  const templates = cluster.plan.candidates.filter((c) => !c.verdict.used && c.verdict.reason === "template").length;
  if (templates > 0) {
    return `no deployed configuration file under "${dir}", only ${plural(templates, "template")} (see "hacheck files"): render them with the real variables into a folder and lint that folder`;
  }
  const definitions = cluster.definitions.filter((d) => (d.use.role === "compose file" || d.use.role === "Kubernetes manifests") && d.use.services.length > 0);
  if (definitions.length > 0) {
    const names = definitions.slice(0, 3).map((d) => d.path).join(", ") + (definitions.length > 3 ? ", ..." : "");
    const why = cluster.containerNotes.slice(0, 5).map((n) => `
  ${n.span.file}:${n.span.line}:${n.span.column}: ${n.message}`).join("");
    const more = cluster.containerNotes.length > 5 ? `
  (${cluster.containerNotes.length - 5} more)` : "";
    return `the containers that ${names} under "${dir}" define${definitions.length > 1 ? "" : "s"} get no configuration file hacheck reads (see "hacheck files" and docs/containers.md)${why}${more}`;
  }
  return `no recognised configuration file under "${dir}" (zoo.cfg, myid, *-site.xml, slaves, workers, ntp.conf, chrony.conf)`;
}
function treeProblems(cluster) {
  return {
    errors: cluster.unreadable.map((u) => printable(`cannot read ${u.path} (${u.reason})`)),
    notices: [
      ...cluster.unmatchedFolders.map((f) => printable(`${f}/ looks like a host's snapshot but matches no host, so its files are read as shared: name the folder after the host, or map it with "hosts": {"<host>": "${f}"} in .hacheckrc.json`)),
      ...cluster.skipped.map((s) => printable(`skipped ${s.path}: ${s.reason}`))
    ]
  };
}

// src/cli/tracked-only.ts
import { isAbsolute as isAbsolute3, relative as relative3 } from "node:path";

// src/git/tracked-files.ts
import { spawnSync } from "node:child_process";
function trackedFiles(dir, shown) {
  const r = spawnSync("git", ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached"], {
    cwd: dir,
    shell: false,
    stdio: ["ignore", "pipe", "pipe"],
    // A million tracked paths of 1 KiB would still fit; the default (1 MiB) would not hold a large monorepo.
    maxBuffer: 1024 * 1024 * 1024
  });
  if (r.error) {
    const code = r.error.code;
    fail(code === "ENOENT" ? "--tracked-only needs git, which is not on PATH" : `--tracked-only: git could not run (${code ?? r.error.message})`);
  }
  if (r.status !== 0) {
    const err = r.stderr.toString("utf8");
    if (/not a git repository/i.test(err)) fail(`--tracked-only: "${shown}" is not in a git repository`);
    const first = err.split("\n").find((l) => l.trim() !== "") ?? `exit code ${r.status}`;
    fail(`--tracked-only: git ls-files failed in "${shown}": ${printable(first.trim())}`);
  }
  return new Set(r.stdout.toString("utf8").split("\0").filter((p) => p !== ""));
}
function isTracked(dir, file) {
  const r = spawnSync("git", ["-c", "core.fsmonitor=false", "ls-files", "--error-unmatch", "--", file], { cwd: dir, shell: false, stdio: "ignore" });
  return r.status === 0;
}

// src/cli/tracked-only.ts
function trackedUnder(args, dir) {
  return args.values["tracked-only"] === true ? trackedFiles(dir, dir) : void 0;
}
function requireTrackedConfig(args, dir, loaded) {
  if (args.values["tracked-only"] !== true || args.values["config"] !== void 0 || loaded.file === void 0) return;
  if (isTracked(dir, loaded.file)) return;
  const rel = relative3(process.cwd(), loaded.file);
  const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute3(rel) ? rel : loaded.file;
  fail(`--tracked-only: the configuration file "${shown}" is not tracked by git (commit it, or remove it or name another with --config)`);
}

// src/cli/targets.ts
import { existsSync as existsSync2 } from "node:fs";
var SUBCOMMANDS = ["explain", "summary", "files"];
function subcommandMeant(word) {
  if (existsSync2(word)) return void 0;
  return nearest(word.toLowerCase(), SUBCOMMANDS, 2);
}
function requireDirectories(args) {
  const [first] = args.targets;
  if (args.command === "lint" && first !== void 0) {
    const meant = subcommandMeant(first);
    if (meant !== void 0) fail(`unknown command "${first}"; did you mean "${meant}"?`);
  }
  for (const dir of args.targets) requireDirectory(dir);
  return args.targets;
}

// src/cli/known-rules.ts
function requireKnownRules(ids) {
  const known = RULES.map((r) => r.meta.id);
  for (const id of ids ?? []) {
    if (known.includes(id)) continue;
    const hint = suggestRuleId(id, known);
    fail(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ""} (hacheck --list-rules lists every rule)`);
  }
}

// src/cli/several-dirs.ts
import { relative as relative4, resolve as resolve2, sep as sep2 } from "node:path";
function prefixOf(dir, cwd) {
  return relative4(cwd, resolve2(dir)).split(sep2).join("/");
}
function under(prefix, path) {
  return prefix === "" ? path : `${prefix}/${path}`;
}
function moved(span, prefix) {
  return { ...span, file: under(prefix, span.file) };
}
function movedFinding(f, prefix) {
  return {
    ...f,
    span: moved(f.span, prefix),
    related: f.related.map((r) => ({ ...r, span: moved(r.span, prefix) })),
    ...f.cluster === void 0 ? {} : { cluster: under(prefix, f.cluster) }
  };
}
function combineRuns(runs, cwd) {
  if (runs.length === 1) {
    const { dir, result } = runs[0];
    return { findings: result.findings, cluster: result.cluster, root: resolve2(dir), hosts: result.cluster.hosts.length, clusters: result.clusters.length };
  }
  const findings = [];
  const parts = runs.map(({ dir, result }) => {
    const p = prefixOf(dir, cwd);
    for (const f of result.findings) findings.push(movedFinding(f, p));
    const c = result.cluster;
    return {
      files: c.files.map((f) => ({ ...f, path: under(p, f.path) })),
      unchecked: c.unchecked.map((f) => ({ ...f, path: under(p, f.path) })),
      unreadable: c.unreadable.map((u) => ({ ...u, path: under(p, u.path) })),
      skipped: c.skipped.map((s) => ({ ...s, path: under(p, s.path) })),
      unmatchedFolders: c.unmatchedFolders.map((f) => under(p, f)),
      candidates: c.plan.candidates.map((x) => ({ ...x, path: under(p, x.path) }))
    };
  });
  const first = runs[0].result.cluster;
  const cluster = {
    ...first,
    files: parts.flatMap((x) => x.files),
    unchecked: parts.flatMap((x) => x.unchecked),
    unreadable: parts.flatMap((x) => x.unreadable),
    skipped: parts.flatMap((x) => x.skipped),
    unmatchedFolders: parts.flatMap((x) => x.unmatchedFolders),
    plan: { ...first.plan, candidates: parts.flatMap((x) => x.candidates) }
  };
  return {
    findings,
    cluster,
    root: resolve2(cwd),
    hosts: runs.reduce((n, r) => n + r.result.cluster.hosts.length, 0),
    clusters: runs.reduce((n, r) => n + r.result.clusters.length, 0)
  };
}

// src/cli/quiet.ts
function quietFindings(findings) {
  return findings.filter((f) => f.severity === "error");
}

// src/cli/commands/lint.ts
function requireDirectory(dir) {
  let isDir = false;
  try {
    isDir = statSync2(dir).isDirectory();
  } catch {
    fail(`cannot read "${dir}": no such directory`);
  }
  if (!isDir) fail(`"${dir}" is not a directory`);
}
function useColor(args) {
  return args.color ?? (Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"]);
}
function writeOutputFile(file, text) {
  try {
    writeFileSync(file, text);
  } catch (err) {
    fail(`cannot write "${file}": ${err.message}`);
  }
}
async function lintOne(args, dir) {
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values["config"]);
  requireTrackedConfig(args, dir, config);
  const options = lintOptionsOf(config);
  const build = { ...options.build, ...tracked ? { tracked } : {} };
  const result = await lintDirectory(dir, { ...options, build, ...args.rules ? { only: args.rules } : {} });
  if (nothingRecognised(result.cluster)) {
    fail(nothingRecognisedMessage(dir, result.cluster));
  }
  return result;
}
async function lintCommand(args) {
  const outputs = args.outputs.map((o) => ({ ...o, format: o.format ?? defaultFormat(process.env, Boolean(process.stdout.isTTY), o.file !== void 0) }));
  for (const o of outputs) {
    if (!FORMATTERS[o.format]) fail(`unknown format "${o.format}" (expected ${formatNames().join(", ")})`);
  }
  const dirs = requireDirectories(args);
  requireKnownRules(args.rules);
  const rules = selectRules(args.rules);
  const runs = [];
  for (const dir of dirs) runs.push({ dir, result: await lintOne(args, dir) });
  const view = combineRuns(runs, process.cwd());
  const internalErrors = runs.flatMap((r) => r.result.internalErrors);
  const shown = args.quiet ? quietFindings(view.findings) : view.findings;
  const clean = shown.length === 0 && internalErrors.length === 0 && view.cluster.unreadable.length === 0;
  for (const o of outputs) {
    const text = FORMATTERS[o.format]({
      findings: shown,
      cluster: view.cluster,
      rules,
      // Colour only on a terminal: never in files.
      color: o.file === void 0 && useColor(args),
      toolVersion: VERSION,
      root: view.root,
      internalErrors,
      workspace: resolve3(process.env["GITHUB_WORKSPACE"] || process.cwd())
    });
    if (o.file === void 0) process.stdout.write(text);
    else writeOutputFile(o.file, text);
    if (o.file === void 0 && o.format === "stylish" && process.stdout.isTTY && clean) {
      process.stdout.write(`${checkedLine(view.cluster.plan, view.hosts, view.clusters)}
`);
    }
  }
  for (const e of internalErrors) {
    process.stderr.write(`hacheck: ${e.report}
`);
    if (args.debug && e.stack) process.stderr.write(`${e.stack}
`);
  }
  const tree = treeProblems(view.cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}
`);
  if (internalErrors.length > 0 || view.cluster.unreadable.length > 0) return 2;
  const n = countFindings(view.findings);
  if (n.errors > 0) return 1;
  if (n.warnings > args.maxWarnings) {
    process.stderr.write(`hacheck: too many warnings (${n.warnings}, maximum ${args.maxWarnings})
`);
    return 1;
  }
  return 0;
}

export {
  loadConfig,
  nothingRecognised,
  nothingRecognisedMessage,
  treeProblems,
  resolveConfig,
  lintOptionsOf,
  stringifySafe,
  renderFilesText,
  renderFilesJson,
  trackedUnder,
  requireTrackedConfig,
  requireDirectory,
  useColor,
  lintCommand,
  requireDirectories
};
