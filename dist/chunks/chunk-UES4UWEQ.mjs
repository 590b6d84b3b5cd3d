#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ConfigError,
  VERSION
} from "./chunk-VKCMO4O3.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import {
  DEFAULT_MAX_FILE_SIZE,
  HostIndex,
  RULES,
  applySuppressions,
  buildConf,
  buildYarnConfs,
  configuredVersion,
  copyAt,
  deepFreeze,
  detectHadoopVersion,
  detectZookeeperVersion,
  docsUrl,
  hdfsTopology,
  holdsTemplateSyntax,
  hostKey,
  isBrokerConfig,
  isExpectedMyid,
  isIpAddress,
  isStockKafkaSample,
  isStockSample,
  isWildcard,
  isZookeeperServerConfig,
  kafkaDistributionFolders,
  kafkaValue,
  originalOf,
  ownWildcardLine,
  parseKafkaProperties,
  parseZooCfg,
  placeDaemons,
  plural,
  quote,
  readFailure,
  readRegularFile,
  require_mod,
  withHost,
  zooValue
} from "./chunk-7SPKUGOI.mjs";
import {
  describeThrown,
  internalErrorLine,
  printableStack
} from "./chunk-JARNURDI.mjs";
import {
  SERVICE_MESSAGE,
  printable,
  printablePath
} from "./chunk-HN7SOIX3.mjs";
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
  "node_modules/picocolors/picocolors.js"(exports2, module) {
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

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/cli/commands/lint.ts
import { statSync as statSync3, writeFileSync } from "node:fs";
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
  const lines2 = [];
  let file;
  let cluster;
  for (const f of byCluster(findings)) {
    if (f.cluster !== void 0 && f.cluster !== cluster) {
      if (cluster !== void 0) lines2.push("");
      cluster = f.cluster;
      file = void 0;
      lines2.push(c.bold(`Cluster ${printablePath(cluster)}`), "");
    }
    if (f.span.file !== file) {
      if (file !== void 0) lines2.push("");
      file = f.span.file;
      lines2.push(c.underline(printablePath(file)));
    }
    const paint = f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.blue;
    const pos = `${f.span.line}:${f.span.column}`.padEnd(7);
    lines2.push(`  ${c.dim(pos)} ${paint(f.severity.padEnd(7))}  ${printable(f.message)}  ${c.dim(f.ruleId)}`);
    for (const r of f.related) {
      lines2.push(`  ${" ".repeat(7)} ${c.dim("note")}  ${printable(r.span.file)}:${r.span.line}:${r.span.column} ${printable(r.message)}`);
    }
  }
  const n = countFindings(findings);
  const summary = `${plural(findings.length, "problem")} (${plural(n.errors, "error")}, ${plural(n.warnings, "warning")}, ${n.infos} info)`;
  lines2.push("", (n.errors > 0 ? c.red : c.yellow)(c.bold(`\u2716 ${summary}`)), "");
  return lines2.join("\n");
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

// src/config/ignore-glob.ts
var MAX_GLOB_LENGTH = 256;
var MAX_BRACE_EXPANSIONS = 64;
var GlobSyntaxError = class extends Error {
};
var SLASH = 47;
var UNSUPPORTED_GROUP = 'has parentheses or "|": extglobs such as @(a|b) and regular-expression groups are not supported; use braces {a,b}, or \\( for a literal parenthesis';
function tokenize(glob, start, inBraces) {
  const tokens = [];
  let i = start;
  while (i < glob.length) {
    const c = glob[i];
    if (inBraces && (c === "," || c === "}")) return { tokens, end: i };
    if (c === "\\") {
      if (i + 1 >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
      tokens.push(literal(glob[i + 1]));
      i += 2;
    } else if (c === "*") {
      let j = i;
      while (glob[j] === "*") j++;
      if (glob[j] === "(") throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: "star", double: j - i >= 2 });
      i = j;
    } else if (c === "?") {
      if (glob[i + 1] === "(") throw new GlobSyntaxError(UNSUPPORTED_GROUP);
      tokens.push({ kind: "char", test: (x) => x !== SLASH });
      i++;
    } else if (c === "[") {
      const { test, end } = characterClass(glob, i);
      tokens.push({ kind: "char", test });
      i = end;
    } else if (c === "{") {
      const alternatives = [];
      let j = i + 1;
      for (; ; ) {
        const part = tokenize(glob, j, true);
        alternatives.push(part.tokens);
        if (part.end >= glob.length) throw new GlobSyntaxError('has a "{" without its "}"');
        j = part.end + 1;
        if (glob[part.end] === "}") break;
      }
      if (alternatives.length < 2) throw new GlobSyntaxError("has braces without a comma: braces list alternatives, {a,b}; ranges such as {1..3} are not supported");
      tokens.push({ kind: "braces", alternatives });
      i = j;
    } else if (c === "}" || c === ",") {
      if (c === "}") throw new GlobSyntaxError('has a "}" without its "{"');
      tokens.push(literal(c));
      i++;
    } else if (c === "(" || c === ")" || c === "|" || (c === "@" || c === "+" || c === "!") && glob[i + 1] === "(") {
      throw new GlobSyntaxError(UNSUPPORTED_GROUP);
    } else if (c === "/") {
      tokens.push({ kind: "slash" });
      i++;
    } else {
      tokens.push(literal(c));
      i++;
    }
  }
  return { tokens, end: i };
}
function literal(c) {
  const code = c.charCodeAt(0);
  return { kind: "char", test: (x) => x === code, literal: code };
}
function characterClass(glob, open) {
  let i = open + 1;
  const negated = glob[i] === "!" || glob[i] === "^";
  if (negated) i++;
  const ranges = [];
  let first = true;
  for (; ; ) {
    if (i >= glob.length) throw new GlobSyntaxError('has a "[" without its "]"');
    let c = glob[i];
    if (c === "]" && !first) break;
    if (c === "[" && glob[i + 1] === ":") throw new GlobSyntaxError("has a POSIX class such as [[:digit:]], which is not supported; use a range such as [0-9]");
    if (c === "\\") {
      if (i + 1 >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
      c = glob[++i];
    }
    if (c === "/") throw new GlobSyntaxError('has a "/" inside [...], which never matches: a "/" separates segments');
    let low = c.charCodeAt(0);
    let high = low;
    i++;
    if (glob[i] === "-" && glob[i + 1] !== void 0 && glob[i + 1] !== "]") {
      let h = glob[i + 1];
      i += 2;
      if (h === "\\") {
        if (i >= glob.length) throw new GlobSyntaxError("ends with a lone backslash");
        h = glob[i++];
      }
      high = h.charCodeAt(0);
      if (high < low) [low, high] = [high, low];
    }
    ranges.push([low, high]);
    first = false;
  }
  const inSet = (x) => ranges.some(([lo, hi]) => x >= lo && x <= hi);
  return { test: (x) => x !== SLASH && inSet(x) !== negated, end: i + 1 };
}
function expand(tokens) {
  let results = [[]];
  for (const t of tokens) {
    if (t.kind !== "braces") {
      for (const r of results) r.push(t);
      continue;
    }
    const options = t.alternatives.flatMap((a) => expand(a));
    if (results.length * options.length > MAX_BRACE_EXPANSIONS) {
      throw new GlobSyntaxError(`has braces that expand to more than ${MAX_BRACE_EXPANSIONS} globs`);
    }
    results = results.flatMap((r) => options.map((o) => [...r, ...o]));
  }
  return results;
}
function toPathTokens(tokens) {
  const segments3 = [[]];
  for (const t of tokens) {
    if (t.kind === "slash") segments3.push([]);
    else segments3[segments3.length - 1].push(t);
  }
  while (segments3.length > 1 && segments3[0].length === 1 && isLiteralDot(segments3[0][0])) segments3.shift();
  if (segments3.length > 1 && segments3[0].length === 0) throw new GlobSyntaxError('starts with "/": globs are relative to the linted directory');
  if (segments3.some((s) => s.length === 0)) {
    throw new GlobSyntaxError('has an empty segment (a trailing "/" or "//"): paths are matched without a trailing slash; write "dir/**" for a folder and everything in it');
  }
  if (segments3.some((s) => s.length > 0 && s.length <= 2 && s.every(isLiteralDot))) {
    throw new GlobSyntaxError('has a "." or ".." segment, which never matches: paths are relative to the linted directory');
  }
  const out = [];
  for (const s of segments3) {
    if (s.length === 1 && s[0].kind === "star" && s[0].double) {
      if (out[out.length - 1]?.kind !== "globstar") out.push({ kind: "globstar" });
      continue;
    }
    const segment = [];
    for (const t of s) {
      if (t.kind === "star") {
        if (segment[segment.length - 1]?.kind !== "star") segment.push({ kind: "star" });
      } else if (t.kind === "char") segment.push(t);
    }
    out.push({ kind: "segment", tokens: segment });
  }
  return out;
}
var DOT = ".".charCodeAt(0);
function isLiteralDot(t) {
  return t.kind === "char" && t.literal === DOT;
}
function matchSegment(tokens, name) {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const t = tokens[p];
    if (t?.kind === "char" && t.test(name.charCodeAt(n))) {
      p++;
      n++;
    } else if (t?.kind === "star") {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "star") p++;
  return p === tokens.length;
}
function matchPath(tokens, segments3) {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < segments3.length) {
    const t = tokens[p];
    if (t?.kind === "segment" && matchSegment(t.tokens, segments3[s])) {
      p++;
      s++;
    } else if (t?.kind === "globstar") {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === "globstar") p++;
  return p === tokens.length;
}
function compileIgnoreGlob(glob) {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobSyntaxError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  if (glob.startsWith("!")) throw new GlobSyntaxError('starts with "!": negation is not supported; list only what to skip');
  const patterns = expand(tokenize(glob, 0, false).tokens).map(toPathTokens);
  return (path) => {
    const segments3 = path.split("/");
    return patterns.some((p) => matchPath(p, segments3));
  };
}
function ignoreMatcher(globs) {
  const matchers = globs.map(compileIgnoreGlob);
  return (path) => matchers.some((m) => m(path));
}

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

// src/read/file-type.ts
function fileTypeOf(entry) {
  if (entry.isDirectory()) return "a directory";
  if (entry.isFIFO()) return "a FIFO";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  if (entry.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

// src/read/inside-tree.ts
import { sep as sep2 } from "node:path";
function insideTree(realRoot, real) {
  return real === realRoot || real.startsWith(realRoot.endsWith(sep2) ? realRoot : realRoot + sep2);
}

// src/config/validate.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/config/schema.ts
var SCHEMA_ID = "https://raw.githubusercontent.com/hacheck/hacheck/main/schemas/hacheck-config.schema.json";
var RULE_SETTINGS = ["error", "warning", "info", "off"];
function configSchema(rules) {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => [
      r.meta.id,
      // Each rule a property, not a propertyNames enum: editors then complete rule ids and show their descriptions.
      { description: `${r.meta.description} (default: ${r.meta.severity})`, enum: RULE_SETTINGS }
    ])
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "hacheck configuration",
    description: 'Configuration of hacheck, the Hadoop HA and ZooKeeper cluster configuration linter: .hacheckrc (JSON or YAML), .hacheckrc.json, .hacheckrc.yaml, .hacheckrc.yml, or the "hacheck" key of package.json. JavaScript configuration files are refused, never run.',
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { description: "The JSON Schema of this file, for editors.", type: "string" },
      rules: { $ref: "#/definitions/rules" },
      hosts: {
        description: `Host snapshots whose folder is not named after the host: host name -> folder, relative to the linted directory (e.g. "nn1.example.com": "snapshots/node-a"). Each folder is read as that host's file system, and the host is part of the cluster even when no file names it.`,
        type: "object",
        propertyNames: { description: "A host name, without spaces or slashes.", pattern: "^[^\\s/]+$" },
        additionalProperties: {
          description: 'A folder relative to the linted directory, with forward slashes, without "." or ".." segments.',
          type: "string",
          pattern: "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$"
        }
      },
      versions: {
        description: "The Hadoop and ZooKeeper releases the cluster runs. They win over the evidence in the directory (folder names such as hadoop-2.7.7/, workers or slaves, 3.5-only keys).",
        type: "object",
        additionalProperties: false,
        properties: {
          hadoop: { description: 'Hadoop release, e.g. "2.7.7" or "3.4".', type: "string", pattern: "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" },
          zookeeper: { description: 'ZooKeeper release, e.g. "3.4.14" or "3.8".', type: "string", pattern: "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }
        }
      },
      ignore: {
        description: 'Globs of paths, relative to the linted directory, that discovery skips (e.g. "backup/**", "**/*.orig/**").',
        type: "array",
        items: { type: "string", minLength: 1 }
      },
      maxFileSize: {
        description: `Files larger than this many bytes are reported by syntax/file-too-large instead of being read (default ${DEFAULT_MAX_FILE_SIZE}, 10 MiB).`,
        type: "integer",
        minimum: 1,
        maximum: 1073741824
      },
      overrides: {
        description: `Rule settings for findings located in the files of some hosts' folders. Later entries win over earlier ones and over "rules". Findings in shared files (outside host folders) are not affected.`,
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["hosts", "rules"],
          properties: {
            hosts: {
              description: "Host names; a short name matches the first label of a fully qualified one (nn1 ~ nn1.example.com).",
              type: "array",
              minItems: 1,
              items: { description: "A host name, without spaces or slashes.", type: "string", pattern: "^[^\\s/]+$" }
            },
            rules: { $ref: "#/definitions/rules" }
          }
        }
      }
    },
    definitions: {
      rules: {
        description: 'Severity per rule id: "error", "warning", "info", or "off" to disable the rule.',
        type: "object",
        additionalProperties: false,
        properties: ruleProperties
      }
    }
  };
}

// src/config/validate-config.generated.ts
var runtime0Module = __toESM(require_ucs2length(), 1);
var runtime0 = "default" in Object(runtime0Module.default) ? runtime0Module.default : runtime0Module;
var validate_config_generated_default = validate21;
var schema7 = { "description": 'Severity per rule id: "error", "warning", "info", or "off" to disable the rule.', "type": "object", "additionalProperties": false, "properties": { "cluster/competing-copies": { "description": "Two different files of one name would both be the copy every host shares, or one host's copy (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/config-drift": { "description": "A property of core-site.xml or hdfs-site.xml differs between the hosts' copies (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/duplicate-worker": { "description": "A host is listed more than once in workers or slaves (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/hostname-loopback": { "description": "A host's /etc/hosts maps its own name to a loopback address while its daemons bind to that name (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/hosts-disagree": { "description": "A host named in the configuration resolves to different addresses in the hosts' /etc/hosts files (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/hosts-missing-name": { "description": "A host's /etc/hosts lacks a cluster host name that the other hosts' /etc/hosts files map (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/namenodes-same-address": { "description": "Two NameNodes of one nameservice have different host names that a host's /etc/hosts maps to one address (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/no-time-sync": { "description": "A host that runs a daemon has no ntp.conf or chrony.conf while other hosts have one (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/port-collision": { "description": "Two daemons placed on one host listen on the same port (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/replication-exceeds-datanodes": { "description": "dfs.replication is greater than the number of DataNodes in workers or slaves (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-connect-separator": { "description": 'A ZooKeeper connect string separates its servers with ";" or blanks instead of "," (default: error)', "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-quorum-mismatch": { "description": "ha.zookeeper.quorum names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-quorum-spaces": { "description": "ha.zookeeper.quorum has whitespace around a comma, which the ZooKeeper 3.4 client of Hadoop 2.x keeps (default: error)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-session-timeout-clamped": { "description": "A ZooKeeper client asks for a session timeout outside the ensemble's bounds, and silently gets the bound (default: warning)", "enum": ["error", "warning", "info", "off"] }, "cluster/zookeeper-single-server": { "description": "A ZooKeeper connect string names one server of an ensemble of three or more (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/deprecated-overrides-new": { "description": "A deprecated property and its new name are both set, to different values (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/deprecated-property": { "description": "A site file sets a deprecated property name instead of its replacement (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/duplicate-property": { "description": "A property is defined more than once with different values, and one of them is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/invalid-boolean": { "description": "A boolean property is set to something other than true or false, so Hadoop uses its default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/invalid-ha-boolean": { "description": "A boolean HA depends on is set to something other than true or false, so Hadoop silently uses the other value (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/misspelled-critical-property": { "description": "A misspelt property name whose intended key is one HA, the clients or the daemons' addresses depend on, and which is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/misspelled-default-value": { "description": "A misspelt property name that has no effect because its value equals the intended key's default (default: info)", "enum": ["error", "warning", "info", "off"] }, "hadoop/unknown-property": { "description": "A property name Hadoop does not know that is close to one it does (a likely typo) (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hadoop/unresolved-placeholder": { "description": "A value still holds a template placeholder or a ${var} that nothing defines (default: error)", "enum": ["error", "warning", "info", "off"] }, "hadoop/value-whitespace": { "description": "A value that Hadoop reads untrimmed has leading or trailing whitespace or a line break (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/not-distributed": { "description": "hbase-site.xml configures a ZooKeeper quorum of several servers but hbase.cluster.distributed is not true (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/quorum-missing": { "description": "hbase.cluster.distributed is true but hbase.zookeeper.quorum is not set, so every HBase daemon looks for ZooKeeper on its own host (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-logical-port": { "description": "hbase.rootdir gives a port other than 8020 to a logical (HA) nameservice (default: error)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-pinned": { "description": "With HDFS HA configured, hbase.rootdir points at one NameNode instead of the nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/rootdir-port-ignored": { "description": "hbase.rootdir gives port 8020 to a logical (HA) nameservice, where it is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hbase/zookeeper-property-mismatch": { "description": "An hbase.zookeeper.property.* setting differs from the zoo.cfg of the external ensemble HBase connects to, where it has no effect (default: info)", "enum": ["error", "warning", "info", "off"] }, "hbase/zookeeper-quorum-mismatch": { "description": "hbase.zookeeper.quorum names a host that is not a ZooKeeper server, or HBase connects to a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/address-malformed": { "description": "An HDFS address value is not host:port (no port, a port that is not a number or above 65535, a bad host name) (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/automatic-failover-without-quorum": { "description": "Automatic failover is enabled but ha.zookeeper.quorum is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-nameservice": { "description": "With HA configured, fs.defaultFS names neither a nameservice nor a NameNode host (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-pinned": { "description": "With HA configured, fs.defaultFS points at one NameNode instead of the nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-port-ignored": { "description": "fs.defaultFS gives port 8020 to a logical (HA) nameservice, where it is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/defaultfs-port": { "description": "fs.defaultFS gives a port other than 8020 to a logical (HA) nameservice (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/duplicate-namenode-address": { "description": "Two NameNode addresses (rpc, servicerpc, lifeline, http or https) are the same host:port (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/fencing-fallback": { "description": "With a JournalNode quorum, the fencing list ends with sshfence instead of a method that always succeeds (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/fencing-methods": { "description": "dfs.ha.fencing.methods is missing with automatic failover, or a line of it does not parse (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/journal-quorum-size": { "description": "The qjournal URI lists fewer than 3 JournalNodes or an even number of them (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/journalnode-edits-dir": { "description": "dfs.journalnode.edits.dir is not a single absolute local path (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-address-missing": { "description": "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.rpc-address.<ns>.<nn> (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-count-excessive": { "description": "dfs.ha.namenodes.<ns> lists more than 5 NameNodes on Hadoop 3.x (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-count": { "description": "dfs.ha.namenodes.<ns> lists fewer than 2 NameNodes, or other than exactly 2 on Hadoop 2.x (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-http-address-missing": { "description": "A NameNode id of dfs.ha.namenodes.<ns> has no dfs.namenode.http-address.<ns>.<nn> (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/namenode-port-mismatch": { "description": "The NameNodes of a nameservice use different ports for one role, or a port one keystroke off the default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-id-invalid": { "description": "A nameservice id is not a valid URI host name, so hdfs://<ns> has no host (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-undeclared": { "description": "dfs.ha.namenodes.<ns> or an rpc-address names a nameservice that dfs.nameservices does not list (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/nameservice-unknown-address-key": { "description": "A NameNode servicerpc, lifeline, http or https address key is suffixed with an unknown nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-class": { "description": "dfs.client.failover.proxy.provider.<ns> names a misspelt provider class, or one the Hadoop version lacks (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-missing": { "description": "An HA nameservice has no dfs.client.failover.proxy.provider.<ns> (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/proxy-provider-orphan": { "description": "dfs.client.failover.proxy.provider.<ns> is set for a nameservice that dfs.nameservices does not list (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/secondary-namenode-in-ha": { "description": "A SecondaryNameNode address is configured for an HA nameservice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "hdfs/shared-edits-missing": { "description": "An HA nameservice has no dfs.namenode.shared.edits.dir (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/shared-edits-uri": { "description": "dfs.namenode.shared.edits.dir in an HA configuration is not one valid qjournal://host:port;host:port/journalId URI (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/sshfence-private-key": { "description": "sshfence is configured but dfs.ha.fencing.ssh.private-key-files is not set (default: error)", "enum": ["error", "warning", "info", "off"] }, "hdfs/storage-dir-in-tmp": { "description": "A NameNode, DataNode or JournalNode storage directory (or hadoop.tmp.dir) is under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/broker-id-duplicate": { "description": "Two Kafka brokers have the same broker.id (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/broker-in-voters": { "description": "A broker-only KRaft node whose node.id is one of controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/controller-not-in-voters": { "description": "A KRaft controller whose node.id is not among controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/internal-topic-replication": { "description": "A Kafka internal topic needs more replicas than the directory has brokers (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/log-dirs-in-tmp": { "description": "A Kafka broker keeps its log directories (its data) under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/min-insync-above-replication": { "description": "A Kafka broker requires more in-sync replicas than its default replication factor creates (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/node-id-duplicate": { "description": "Two KRaft nodes have the same node.id (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voter-id-duplicate": { "description": "controller.quorum.voters lists one voter id twice (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voters-differ": { "description": "KRaft nodes of one cluster list different controller.quorum.voters (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/quorum-voters-syntax": { "description": "A controller.quorum.voters entry Kafka cannot parse (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/unresolved-placeholder": { "description": "A broker configuration value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that Kafka never expands (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/voter-port-mismatch": { "description": "A controller.quorum.voters entry whose port is not the controller listener of that voter (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/voter-without-controller": { "description": "A controller.quorum.voters id that no controller of the snapshot has (default: warning)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-chroot-differs": { "description": "Brokers on the same ZooKeeper servers use different chroots in zookeeper.connect (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-chroot": { "description": "The chroot of zookeeper.connect is repeated after each host, or is not a valid ZooKeeper path (default: error)", "enum": ["error", "warning", "info", "off"] }, "kafka/zookeeper-connect-mismatch": { "description": "zookeeper.connect names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "ntp/no-source": { "description": "An ntp.conf or chrony.conf names no time source (default: warning)", "enum": ["error", "warning", "info", "off"] }, "ntp/source-drift": { "description": "Hosts take their time from different upstream sources (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/binary-file": { "description": "A recognised configuration file holds NUL bytes: it is binary or was zero-filled, so it is not checked (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/file-too-large": { "description": "A recognised configuration file is larger than hacheck reads, so it is not checked (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/unused-suppression": { "description": "A hacheck-disable comment suppresses no finding, names an unknown rule or does not parse (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xinclude-not-followed": { "description": "An xi:include of a site file names a file hacheck does not read, so the properties it brings in are not checked (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xinclude-unresolved": { "description": "An xi:include of a site file names no file and has no xi:fallback, includes itself, or brings in a file that is not valid (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-element-depth": { "description": "Elements of a site file nest deeper than Woodstox, the XML parser of Hadoop 3, accepts (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-entity-expansion": { "description": "The entities of a site file expand beyond the limits of the Java XML parsers Hadoop reads it with (default: error)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-external-entity": { "description": "A site file declares an external entity, whose value comes from a file hacheck does not read (default: warning)", "enum": ["error", "warning", "info", "off"] }, "syntax/xml-malformed": { "description": "A Hadoop site file is not well-formed XML or has no <configuration> root (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/aux-services-shuffle": { "description": "MapReduce runs on YARN but yarn.nodemanager.aux-services lacks mapreduce_shuffle, names an invalid service, or its class is misspelt (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/jobhistory-address": { "description": "A JobHistory address names a wildcard or loopback host in a multi-host cluster, or its RPC and web addresses name different hosts (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/mapred-contradicts-yarn": { "description": "mapred-site.xml sets a yarn.* property to a value other than yarn-site.xml gives it (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/mapreduce-framework-name": { "description": "A cluster runs YARN but its mapred-site.xml does not set mapreduce.framework.name to yarn (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-address-missing": { "description": "An rm-id of yarn.resourcemanager.ha.rm-ids has no yarn.resourcemanager.hostname.<rm-id> and not every service address either (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-cluster-id-missing": { "description": "ResourceManager HA with automatic failover has no yarn.resourcemanager.cluster-id (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-ha-id-hardcoded": { "description": "yarn.resourcemanager.ha.id on a ResourceManager host names another host's rm-id (a copy hard-coded for one RM) (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-ha-ids": { "description": "ResourceManager HA is enabled but yarn.resourcemanager.ha.rm-ids lists fewer than two ids, or yarn.resourcemanager.ha.id is not one of them (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-port-mismatch": { "description": "The ResourceManagers of an HA pair use different ports for one service, or a port one keystroke off the default (default: warning)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-zk-address-mismatch": { "description": "The ResourceManager ZooKeeper address names a host that is not a ZooKeeper server, or a port other than the ensemble client port (default: error)", "enum": ["error", "warning", "info", "off"] }, "yarn/rm-zk-address-missing": { "description": "ResourceManager HA with automatic failover, or the ZooKeeper state store, has no ZooKeeper address (yarn.resourcemanager.zk-address on 2.x, hadoop.zk.address on 3.x) (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/autopurge-disabled": { "description": "autopurge.purgeInterval is 0 or negative, so snapshots and transaction logs pile up until the disk is full (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/client-port-clash": { "description": "A server's quorum or election port is the client port it serves clients on (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/datadir-in-tmp": { "description": "dataDir or dataLogDir is under /tmp (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-key": { "description": "A zoo.cfg key is set twice with different values; the earlier value is ignored (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-server-address": { "description": "Two server lines give the same host and port (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/duplicate-server-id": { "description": "Two server lines in one zoo.cfg have the same id (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/election-algorithm": { "description": "electionAlg names a leader election algorithm the ZooKeeper release does not have (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/ensemble-size": { "description": "The ensemble has 1, 2 or an even number of voting servers (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/invalid-boolean": { "description": "A boolean zoo.cfg key has a value other than true or false on a release that rejects it (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/invalid-number": { "description": "A numeric zoo.cfg key has a value that is not an integer (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/lenient-boolean": { "description": "A boolean zoo.cfg key has a value ZooKeeper silently reads differently from what it says (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/malformed-escape": { "description": "A zoo.cfg line holds a \\u escape that is not followed by four hex digits (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-duplicate": { "description": "Two hosts of one ZooKeeper ensemble have the same id in their myid files (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-invalid": { "description": "The first line of a myid file is not a bare integer as ZooKeeper reads it (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-mismatch": { "description": "A host's myid is not the N of its own server.N line (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-misplaced": { "description": "A myid file in a host folder is not at <dataDir>/myid, so ZooKeeper never reads it (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/myid-missing": { "description": "A ZooKeeper server of a quorum has no myid file at <dataDir>/myid (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/observers-without-quorum": { "description": "The server list has observers but fewer than two participants (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/quorum-port-equals-election-port": { "description": "A server.N line uses the same port for quorum and leader election traffic (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/required-key": { "description": "zoo.cfg lacks a key ZooKeeper needs: dataDir, clientPort, a non-zero tickTime, or initLimit/syncLimit for an ensemble (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-id-range": { "description": "A server.N id is outside the documented range 1 to 255 (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-id": { "description": "The N of a server.N key is not a number (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-list-drift": { "description": "The zoo.cfg copies of the ZooKeeper hosts do not list the same servers (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/server-syntax": { "description": "A server.N value does not have the form the ZooKeeper release accepts (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/session-timeout-range": { "description": "minSessionTimeout is larger than maxSessionTimeout, counting their defaults (default: error)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/snap-retain-count-low": { "description": "autopurge.snapRetainCount is below 3, which ZooKeeper replaces with 3 (default: info)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/unknown-key": { "description": "A zoo.cfg key is not a ZooKeeper key but a case variant or near misspelling of one (default: warning)", "enum": ["error", "warning", "info", "off"] }, "zookeeper/unresolved-placeholder": { "description": "A zoo.cfg value still holds a placeholder (${VAR}, $VAR, @VAR@, {{VAR}}) that ZooKeeper never expands (default: error)", "enum": ["error", "warning", "info", "off"] } } };
var func2 = Object.prototype.hasOwnProperty;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema7.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["cluster/competing-copies"] !== void 0) {
      let data0 = data["cluster/competing-copies"];
      if (!(data0 === "error" || data0 === "warning" || data0 === "info" || data0 === "off")) {
        const err1 = { instancePath: instancePath + "/cluster~1competing-copies", schemaPath: "#/properties/cluster~1competing-copies/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/competing-copies"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["cluster/config-drift"] !== void 0) {
      let data1 = data["cluster/config-drift"];
      if (!(data1 === "error" || data1 === "warning" || data1 === "info" || data1 === "off")) {
        const err2 = { instancePath: instancePath + "/cluster~1config-drift", schemaPath: "#/properties/cluster~1config-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/config-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["cluster/duplicate-worker"] !== void 0) {
      let data2 = data["cluster/duplicate-worker"];
      if (!(data2 === "error" || data2 === "warning" || data2 === "info" || data2 === "off")) {
        const err3 = { instancePath: instancePath + "/cluster~1duplicate-worker", schemaPath: "#/properties/cluster~1duplicate-worker/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/duplicate-worker"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["cluster/hostname-loopback"] !== void 0) {
      let data3 = data["cluster/hostname-loopback"];
      if (!(data3 === "error" || data3 === "warning" || data3 === "info" || data3 === "off")) {
        const err4 = { instancePath: instancePath + "/cluster~1hostname-loopback", schemaPath: "#/properties/cluster~1hostname-loopback/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hostname-loopback"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["cluster/hosts-disagree"] !== void 0) {
      let data4 = data["cluster/hosts-disagree"];
      if (!(data4 === "error" || data4 === "warning" || data4 === "info" || data4 === "off")) {
        const err5 = { instancePath: instancePath + "/cluster~1hosts-disagree", schemaPath: "#/properties/cluster~1hosts-disagree/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hosts-disagree"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data["cluster/hosts-missing-name"] !== void 0) {
      let data5 = data["cluster/hosts-missing-name"];
      if (!(data5 === "error" || data5 === "warning" || data5 === "info" || data5 === "off")) {
        const err6 = { instancePath: instancePath + "/cluster~1hosts-missing-name", schemaPath: "#/properties/cluster~1hosts-missing-name/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/hosts-missing-name"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["cluster/namenodes-same-address"] !== void 0) {
      let data6 = data["cluster/namenodes-same-address"];
      if (!(data6 === "error" || data6 === "warning" || data6 === "info" || data6 === "off")) {
        const err7 = { instancePath: instancePath + "/cluster~1namenodes-same-address", schemaPath: "#/properties/cluster~1namenodes-same-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/namenodes-same-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["cluster/no-time-sync"] !== void 0) {
      let data7 = data["cluster/no-time-sync"];
      if (!(data7 === "error" || data7 === "warning" || data7 === "info" || data7 === "off")) {
        const err8 = { instancePath: instancePath + "/cluster~1no-time-sync", schemaPath: "#/properties/cluster~1no-time-sync/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/no-time-sync"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["cluster/port-collision"] !== void 0) {
      let data8 = data["cluster/port-collision"];
      if (!(data8 === "error" || data8 === "warning" || data8 === "info" || data8 === "off")) {
        const err9 = { instancePath: instancePath + "/cluster~1port-collision", schemaPath: "#/properties/cluster~1port-collision/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/port-collision"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["cluster/replication-exceeds-datanodes"] !== void 0) {
      let data9 = data["cluster/replication-exceeds-datanodes"];
      if (!(data9 === "error" || data9 === "warning" || data9 === "info" || data9 === "off")) {
        const err10 = { instancePath: instancePath + "/cluster~1replication-exceeds-datanodes", schemaPath: "#/properties/cluster~1replication-exceeds-datanodes/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/replication-exceeds-datanodes"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-connect-separator"] !== void 0) {
      let data10 = data["cluster/zookeeper-connect-separator"];
      if (!(data10 === "error" || data10 === "warning" || data10 === "info" || data10 === "off")) {
        const err11 = { instancePath: instancePath + "/cluster~1zookeeper-connect-separator", schemaPath: "#/properties/cluster~1zookeeper-connect-separator/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-connect-separator"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-quorum-mismatch"] !== void 0) {
      let data11 = data["cluster/zookeeper-quorum-mismatch"];
      if (!(data11 === "error" || data11 === "warning" || data11 === "info" || data11 === "off")) {
        const err12 = { instancePath: instancePath + "/cluster~1zookeeper-quorum-mismatch", schemaPath: "#/properties/cluster~1zookeeper-quorum-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-quorum-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-quorum-spaces"] !== void 0) {
      let data12 = data["cluster/zookeeper-quorum-spaces"];
      if (!(data12 === "error" || data12 === "warning" || data12 === "info" || data12 === "off")) {
        const err13 = { instancePath: instancePath + "/cluster~1zookeeper-quorum-spaces", schemaPath: "#/properties/cluster~1zookeeper-quorum-spaces/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-quorum-spaces"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-session-timeout-clamped"] !== void 0) {
      let data13 = data["cluster/zookeeper-session-timeout-clamped"];
      if (!(data13 === "error" || data13 === "warning" || data13 === "info" || data13 === "off")) {
        const err14 = { instancePath: instancePath + "/cluster~1zookeeper-session-timeout-clamped", schemaPath: "#/properties/cluster~1zookeeper-session-timeout-clamped/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-session-timeout-clamped"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["cluster/zookeeper-single-server"] !== void 0) {
      let data14 = data["cluster/zookeeper-single-server"];
      if (!(data14 === "error" || data14 === "warning" || data14 === "info" || data14 === "off")) {
        const err15 = { instancePath: instancePath + "/cluster~1zookeeper-single-server", schemaPath: "#/properties/cluster~1zookeeper-single-server/enum", keyword: "enum", params: { allowedValues: schema7.properties["cluster/zookeeper-single-server"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["hadoop/deprecated-overrides-new"] !== void 0) {
      let data15 = data["hadoop/deprecated-overrides-new"];
      if (!(data15 === "error" || data15 === "warning" || data15 === "info" || data15 === "off")) {
        const err16 = { instancePath: instancePath + "/hadoop~1deprecated-overrides-new", schemaPath: "#/properties/hadoop~1deprecated-overrides-new/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/deprecated-overrides-new"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["hadoop/deprecated-property"] !== void 0) {
      let data16 = data["hadoop/deprecated-property"];
      if (!(data16 === "error" || data16 === "warning" || data16 === "info" || data16 === "off")) {
        const err17 = { instancePath: instancePath + "/hadoop~1deprecated-property", schemaPath: "#/properties/hadoop~1deprecated-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/deprecated-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["hadoop/duplicate-property"] !== void 0) {
      let data17 = data["hadoop/duplicate-property"];
      if (!(data17 === "error" || data17 === "warning" || data17 === "info" || data17 === "off")) {
        const err18 = { instancePath: instancePath + "/hadoop~1duplicate-property", schemaPath: "#/properties/hadoop~1duplicate-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/duplicate-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["hadoop/invalid-boolean"] !== void 0) {
      let data18 = data["hadoop/invalid-boolean"];
      if (!(data18 === "error" || data18 === "warning" || data18 === "info" || data18 === "off")) {
        const err19 = { instancePath: instancePath + "/hadoop~1invalid-boolean", schemaPath: "#/properties/hadoop~1invalid-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/invalid-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["hadoop/invalid-ha-boolean"] !== void 0) {
      let data19 = data["hadoop/invalid-ha-boolean"];
      if (!(data19 === "error" || data19 === "warning" || data19 === "info" || data19 === "off")) {
        const err20 = { instancePath: instancePath + "/hadoop~1invalid-ha-boolean", schemaPath: "#/properties/hadoop~1invalid-ha-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/invalid-ha-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data["hadoop/misspelled-critical-property"] !== void 0) {
      let data20 = data["hadoop/misspelled-critical-property"];
      if (!(data20 === "error" || data20 === "warning" || data20 === "info" || data20 === "off")) {
        const err21 = { instancePath: instancePath + "/hadoop~1misspelled-critical-property", schemaPath: "#/properties/hadoop~1misspelled-critical-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/misspelled-critical-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["hadoop/misspelled-default-value"] !== void 0) {
      let data21 = data["hadoop/misspelled-default-value"];
      if (!(data21 === "error" || data21 === "warning" || data21 === "info" || data21 === "off")) {
        const err22 = { instancePath: instancePath + "/hadoop~1misspelled-default-value", schemaPath: "#/properties/hadoop~1misspelled-default-value/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/misspelled-default-value"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["hadoop/unknown-property"] !== void 0) {
      let data22 = data["hadoop/unknown-property"];
      if (!(data22 === "error" || data22 === "warning" || data22 === "info" || data22 === "off")) {
        const err23 = { instancePath: instancePath + "/hadoop~1unknown-property", schemaPath: "#/properties/hadoop~1unknown-property/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/unknown-property"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data["hadoop/unresolved-placeholder"] !== void 0) {
      let data23 = data["hadoop/unresolved-placeholder"];
      if (!(data23 === "error" || data23 === "warning" || data23 === "info" || data23 === "off")) {
        const err24 = { instancePath: instancePath + "/hadoop~1unresolved-placeholder", schemaPath: "#/properties/hadoop~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data["hadoop/value-whitespace"] !== void 0) {
      let data24 = data["hadoop/value-whitespace"];
      if (!(data24 === "error" || data24 === "warning" || data24 === "info" || data24 === "off")) {
        const err25 = { instancePath: instancePath + "/hadoop~1value-whitespace", schemaPath: "#/properties/hadoop~1value-whitespace/enum", keyword: "enum", params: { allowedValues: schema7.properties["hadoop/value-whitespace"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data["hbase/not-distributed"] !== void 0) {
      let data25 = data["hbase/not-distributed"];
      if (!(data25 === "error" || data25 === "warning" || data25 === "info" || data25 === "off")) {
        const err26 = { instancePath: instancePath + "/hbase~1not-distributed", schemaPath: "#/properties/hbase~1not-distributed/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/not-distributed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["hbase/quorum-missing"] !== void 0) {
      let data26 = data["hbase/quorum-missing"];
      if (!(data26 === "error" || data26 === "warning" || data26 === "info" || data26 === "off")) {
        const err27 = { instancePath: instancePath + "/hbase~1quorum-missing", schemaPath: "#/properties/hbase~1quorum-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/quorum-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-logical-port"] !== void 0) {
      let data27 = data["hbase/rootdir-logical-port"];
      if (!(data27 === "error" || data27 === "warning" || data27 === "info" || data27 === "off")) {
        const err28 = { instancePath: instancePath + "/hbase~1rootdir-logical-port", schemaPath: "#/properties/hbase~1rootdir-logical-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-logical-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-pinned"] !== void 0) {
      let data28 = data["hbase/rootdir-pinned"];
      if (!(data28 === "error" || data28 === "warning" || data28 === "info" || data28 === "off")) {
        const err29 = { instancePath: instancePath + "/hbase~1rootdir-pinned", schemaPath: "#/properties/hbase~1rootdir-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data["hbase/rootdir-port-ignored"] !== void 0) {
      let data29 = data["hbase/rootdir-port-ignored"];
      if (!(data29 === "error" || data29 === "warning" || data29 === "info" || data29 === "off")) {
        const err30 = { instancePath: instancePath + "/hbase~1rootdir-port-ignored", schemaPath: "#/properties/hbase~1rootdir-port-ignored/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/rootdir-port-ignored"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["hbase/zookeeper-property-mismatch"] !== void 0) {
      let data30 = data["hbase/zookeeper-property-mismatch"];
      if (!(data30 === "error" || data30 === "warning" || data30 === "info" || data30 === "off")) {
        const err31 = { instancePath: instancePath + "/hbase~1zookeeper-property-mismatch", schemaPath: "#/properties/hbase~1zookeeper-property-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/zookeeper-property-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data["hbase/zookeeper-quorum-mismatch"] !== void 0) {
      let data31 = data["hbase/zookeeper-quorum-mismatch"];
      if (!(data31 === "error" || data31 === "warning" || data31 === "info" || data31 === "off")) {
        const err32 = { instancePath: instancePath + "/hbase~1zookeeper-quorum-mismatch", schemaPath: "#/properties/hbase~1zookeeper-quorum-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hbase/zookeeper-quorum-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data["hdfs/address-malformed"] !== void 0) {
      let data32 = data["hdfs/address-malformed"];
      if (!(data32 === "error" || data32 === "warning" || data32 === "info" || data32 === "off")) {
        const err33 = { instancePath: instancePath + "/hdfs~1address-malformed", schemaPath: "#/properties/hdfs~1address-malformed/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/address-malformed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["hdfs/automatic-failover-without-quorum"] !== void 0) {
      let data33 = data["hdfs/automatic-failover-without-quorum"];
      if (!(data33 === "error" || data33 === "warning" || data33 === "info" || data33 === "off")) {
        const err34 = { instancePath: instancePath + "/hdfs~1automatic-failover-without-quorum", schemaPath: "#/properties/hdfs~1automatic-failover-without-quorum/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/automatic-failover-without-quorum"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-nameservice"] !== void 0) {
      let data34 = data["hdfs/defaultfs-nameservice"];
      if (!(data34 === "error" || data34 === "warning" || data34 === "info" || data34 === "off")) {
        const err35 = { instancePath: instancePath + "/hdfs~1defaultfs-nameservice", schemaPath: "#/properties/hdfs~1defaultfs-nameservice/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-nameservice"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-pinned"] !== void 0) {
      let data35 = data["hdfs/defaultfs-pinned"];
      if (!(data35 === "error" || data35 === "warning" || data35 === "info" || data35 === "off")) {
        const err36 = { instancePath: instancePath + "/hdfs~1defaultfs-pinned", schemaPath: "#/properties/hdfs~1defaultfs-pinned/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-pinned"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-port-ignored"] !== void 0) {
      let data36 = data["hdfs/defaultfs-port-ignored"];
      if (!(data36 === "error" || data36 === "warning" || data36 === "info" || data36 === "off")) {
        const err37 = { instancePath: instancePath + "/hdfs~1defaultfs-port-ignored", schemaPath: "#/properties/hdfs~1defaultfs-port-ignored/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-port-ignored"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["hdfs/defaultfs-port"] !== void 0) {
      let data37 = data["hdfs/defaultfs-port"];
      if (!(data37 === "error" || data37 === "warning" || data37 === "info" || data37 === "off")) {
        const err38 = { instancePath: instancePath + "/hdfs~1defaultfs-port", schemaPath: "#/properties/hdfs~1defaultfs-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/defaultfs-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["hdfs/duplicate-namenode-address"] !== void 0) {
      let data38 = data["hdfs/duplicate-namenode-address"];
      if (!(data38 === "error" || data38 === "warning" || data38 === "info" || data38 === "off")) {
        const err39 = { instancePath: instancePath + "/hdfs~1duplicate-namenode-address", schemaPath: "#/properties/hdfs~1duplicate-namenode-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/duplicate-namenode-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["hdfs/fencing-fallback"] !== void 0) {
      let data39 = data["hdfs/fencing-fallback"];
      if (!(data39 === "error" || data39 === "warning" || data39 === "info" || data39 === "off")) {
        const err40 = { instancePath: instancePath + "/hdfs~1fencing-fallback", schemaPath: "#/properties/hdfs~1fencing-fallback/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/fencing-fallback"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data["hdfs/fencing-methods"] !== void 0) {
      let data40 = data["hdfs/fencing-methods"];
      if (!(data40 === "error" || data40 === "warning" || data40 === "info" || data40 === "off")) {
        const err41 = { instancePath: instancePath + "/hdfs~1fencing-methods", schemaPath: "#/properties/hdfs~1fencing-methods/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/fencing-methods"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data["hdfs/journal-quorum-size"] !== void 0) {
      let data41 = data["hdfs/journal-quorum-size"];
      if (!(data41 === "error" || data41 === "warning" || data41 === "info" || data41 === "off")) {
        const err42 = { instancePath: instancePath + "/hdfs~1journal-quorum-size", schemaPath: "#/properties/hdfs~1journal-quorum-size/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/journal-quorum-size"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data["hdfs/journalnode-edits-dir"] !== void 0) {
      let data42 = data["hdfs/journalnode-edits-dir"];
      if (!(data42 === "error" || data42 === "warning" || data42 === "info" || data42 === "off")) {
        const err43 = { instancePath: instancePath + "/hdfs~1journalnode-edits-dir", schemaPath: "#/properties/hdfs~1journalnode-edits-dir/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/journalnode-edits-dir"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-address-missing"] !== void 0) {
      let data43 = data["hdfs/namenode-address-missing"];
      if (!(data43 === "error" || data43 === "warning" || data43 === "info" || data43 === "off")) {
        const err44 = { instancePath: instancePath + "/hdfs~1namenode-address-missing", schemaPath: "#/properties/hdfs~1namenode-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-count-excessive"] !== void 0) {
      let data44 = data["hdfs/namenode-count-excessive"];
      if (!(data44 === "error" || data44 === "warning" || data44 === "info" || data44 === "off")) {
        const err45 = { instancePath: instancePath + "/hdfs~1namenode-count-excessive", schemaPath: "#/properties/hdfs~1namenode-count-excessive/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-count-excessive"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-count"] !== void 0) {
      let data45 = data["hdfs/namenode-count"];
      if (!(data45 === "error" || data45 === "warning" || data45 === "info" || data45 === "off")) {
        const err46 = { instancePath: instancePath + "/hdfs~1namenode-count", schemaPath: "#/properties/hdfs~1namenode-count/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-count"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-http-address-missing"] !== void 0) {
      let data46 = data["hdfs/namenode-http-address-missing"];
      if (!(data46 === "error" || data46 === "warning" || data46 === "info" || data46 === "off")) {
        const err47 = { instancePath: instancePath + "/hdfs~1namenode-http-address-missing", schemaPath: "#/properties/hdfs~1namenode-http-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-http-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data["hdfs/namenode-port-mismatch"] !== void 0) {
      let data47 = data["hdfs/namenode-port-mismatch"];
      if (!(data47 === "error" || data47 === "warning" || data47 === "info" || data47 === "off")) {
        const err48 = { instancePath: instancePath + "/hdfs~1namenode-port-mismatch", schemaPath: "#/properties/hdfs~1namenode-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/namenode-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-id-invalid"] !== void 0) {
      let data48 = data["hdfs/nameservice-id-invalid"];
      if (!(data48 === "error" || data48 === "warning" || data48 === "info" || data48 === "off")) {
        const err49 = { instancePath: instancePath + "/hdfs~1nameservice-id-invalid", schemaPath: "#/properties/hdfs~1nameservice-id-invalid/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-id-invalid"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-undeclared"] !== void 0) {
      let data49 = data["hdfs/nameservice-undeclared"];
      if (!(data49 === "error" || data49 === "warning" || data49 === "info" || data49 === "off")) {
        const err50 = { instancePath: instancePath + "/hdfs~1nameservice-undeclared", schemaPath: "#/properties/hdfs~1nameservice-undeclared/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-undeclared"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data["hdfs/nameservice-unknown-address-key"] !== void 0) {
      let data50 = data["hdfs/nameservice-unknown-address-key"];
      if (!(data50 === "error" || data50 === "warning" || data50 === "info" || data50 === "off")) {
        const err51 = { instancePath: instancePath + "/hdfs~1nameservice-unknown-address-key", schemaPath: "#/properties/hdfs~1nameservice-unknown-address-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/nameservice-unknown-address-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-class"] !== void 0) {
      let data51 = data["hdfs/proxy-provider-class"];
      if (!(data51 === "error" || data51 === "warning" || data51 === "info" || data51 === "off")) {
        const err52 = { instancePath: instancePath + "/hdfs~1proxy-provider-class", schemaPath: "#/properties/hdfs~1proxy-provider-class/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-class"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-missing"] !== void 0) {
      let data52 = data["hdfs/proxy-provider-missing"];
      if (!(data52 === "error" || data52 === "warning" || data52 === "info" || data52 === "off")) {
        const err53 = { instancePath: instancePath + "/hdfs~1proxy-provider-missing", schemaPath: "#/properties/hdfs~1proxy-provider-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data["hdfs/proxy-provider-orphan"] !== void 0) {
      let data53 = data["hdfs/proxy-provider-orphan"];
      if (!(data53 === "error" || data53 === "warning" || data53 === "info" || data53 === "off")) {
        const err54 = { instancePath: instancePath + "/hdfs~1proxy-provider-orphan", schemaPath: "#/properties/hdfs~1proxy-provider-orphan/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/proxy-provider-orphan"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data["hdfs/secondary-namenode-in-ha"] !== void 0) {
      let data54 = data["hdfs/secondary-namenode-in-ha"];
      if (!(data54 === "error" || data54 === "warning" || data54 === "info" || data54 === "off")) {
        const err55 = { instancePath: instancePath + "/hdfs~1secondary-namenode-in-ha", schemaPath: "#/properties/hdfs~1secondary-namenode-in-ha/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/secondary-namenode-in-ha"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data["hdfs/shared-edits-missing"] !== void 0) {
      let data55 = data["hdfs/shared-edits-missing"];
      if (!(data55 === "error" || data55 === "warning" || data55 === "info" || data55 === "off")) {
        const err56 = { instancePath: instancePath + "/hdfs~1shared-edits-missing", schemaPath: "#/properties/hdfs~1shared-edits-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/shared-edits-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data["hdfs/shared-edits-uri"] !== void 0) {
      let data56 = data["hdfs/shared-edits-uri"];
      if (!(data56 === "error" || data56 === "warning" || data56 === "info" || data56 === "off")) {
        const err57 = { instancePath: instancePath + "/hdfs~1shared-edits-uri", schemaPath: "#/properties/hdfs~1shared-edits-uri/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/shared-edits-uri"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data["hdfs/sshfence-private-key"] !== void 0) {
      let data57 = data["hdfs/sshfence-private-key"];
      if (!(data57 === "error" || data57 === "warning" || data57 === "info" || data57 === "off")) {
        const err58 = { instancePath: instancePath + "/hdfs~1sshfence-private-key", schemaPath: "#/properties/hdfs~1sshfence-private-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/sshfence-private-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data["hdfs/storage-dir-in-tmp"] !== void 0) {
      let data58 = data["hdfs/storage-dir-in-tmp"];
      if (!(data58 === "error" || data58 === "warning" || data58 === "info" || data58 === "off")) {
        const err59 = { instancePath: instancePath + "/hdfs~1storage-dir-in-tmp", schemaPath: "#/properties/hdfs~1storage-dir-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["hdfs/storage-dir-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data["kafka/broker-id-duplicate"] !== void 0) {
      let data59 = data["kafka/broker-id-duplicate"];
      if (!(data59 === "error" || data59 === "warning" || data59 === "info" || data59 === "off")) {
        const err60 = { instancePath: instancePath + "/kafka~1broker-id-duplicate", schemaPath: "#/properties/kafka~1broker-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/broker-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data["kafka/broker-in-voters"] !== void 0) {
      let data60 = data["kafka/broker-in-voters"];
      if (!(data60 === "error" || data60 === "warning" || data60 === "info" || data60 === "off")) {
        const err61 = { instancePath: instancePath + "/kafka~1broker-in-voters", schemaPath: "#/properties/kafka~1broker-in-voters/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/broker-in-voters"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data["kafka/controller-not-in-voters"] !== void 0) {
      let data61 = data["kafka/controller-not-in-voters"];
      if (!(data61 === "error" || data61 === "warning" || data61 === "info" || data61 === "off")) {
        const err62 = { instancePath: instancePath + "/kafka~1controller-not-in-voters", schemaPath: "#/properties/kafka~1controller-not-in-voters/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/controller-not-in-voters"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data["kafka/internal-topic-replication"] !== void 0) {
      let data62 = data["kafka/internal-topic-replication"];
      if (!(data62 === "error" || data62 === "warning" || data62 === "info" || data62 === "off")) {
        const err63 = { instancePath: instancePath + "/kafka~1internal-topic-replication", schemaPath: "#/properties/kafka~1internal-topic-replication/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/internal-topic-replication"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data["kafka/log-dirs-in-tmp"] !== void 0) {
      let data63 = data["kafka/log-dirs-in-tmp"];
      if (!(data63 === "error" || data63 === "warning" || data63 === "info" || data63 === "off")) {
        const err64 = { instancePath: instancePath + "/kafka~1log-dirs-in-tmp", schemaPath: "#/properties/kafka~1log-dirs-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/log-dirs-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data["kafka/min-insync-above-replication"] !== void 0) {
      let data64 = data["kafka/min-insync-above-replication"];
      if (!(data64 === "error" || data64 === "warning" || data64 === "info" || data64 === "off")) {
        const err65 = { instancePath: instancePath + "/kafka~1min-insync-above-replication", schemaPath: "#/properties/kafka~1min-insync-above-replication/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/min-insync-above-replication"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data["kafka/node-id-duplicate"] !== void 0) {
      let data65 = data["kafka/node-id-duplicate"];
      if (!(data65 === "error" || data65 === "warning" || data65 === "info" || data65 === "off")) {
        const err66 = { instancePath: instancePath + "/kafka~1node-id-duplicate", schemaPath: "#/properties/kafka~1node-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/node-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voter-id-duplicate"] !== void 0) {
      let data66 = data["kafka/quorum-voter-id-duplicate"];
      if (!(data66 === "error" || data66 === "warning" || data66 === "info" || data66 === "off")) {
        const err67 = { instancePath: instancePath + "/kafka~1quorum-voter-id-duplicate", schemaPath: "#/properties/kafka~1quorum-voter-id-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voter-id-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voters-differ"] !== void 0) {
      let data67 = data["kafka/quorum-voters-differ"];
      if (!(data67 === "error" || data67 === "warning" || data67 === "info" || data67 === "off")) {
        const err68 = { instancePath: instancePath + "/kafka~1quorum-voters-differ", schemaPath: "#/properties/kafka~1quorum-voters-differ/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voters-differ"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data["kafka/quorum-voters-syntax"] !== void 0) {
      let data68 = data["kafka/quorum-voters-syntax"];
      if (!(data68 === "error" || data68 === "warning" || data68 === "info" || data68 === "off")) {
        const err69 = { instancePath: instancePath + "/kafka~1quorum-voters-syntax", schemaPath: "#/properties/kafka~1quorum-voters-syntax/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/quorum-voters-syntax"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data["kafka/unresolved-placeholder"] !== void 0) {
      let data69 = data["kafka/unresolved-placeholder"];
      if (!(data69 === "error" || data69 === "warning" || data69 === "info" || data69 === "off")) {
        const err70 = { instancePath: instancePath + "/kafka~1unresolved-placeholder", schemaPath: "#/properties/kafka~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data["kafka/voter-port-mismatch"] !== void 0) {
      let data70 = data["kafka/voter-port-mismatch"];
      if (!(data70 === "error" || data70 === "warning" || data70 === "info" || data70 === "off")) {
        const err71 = { instancePath: instancePath + "/kafka~1voter-port-mismatch", schemaPath: "#/properties/kafka~1voter-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/voter-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data["kafka/voter-without-controller"] !== void 0) {
      let data71 = data["kafka/voter-without-controller"];
      if (!(data71 === "error" || data71 === "warning" || data71 === "info" || data71 === "off")) {
        const err72 = { instancePath: instancePath + "/kafka~1voter-without-controller", schemaPath: "#/properties/kafka~1voter-without-controller/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/voter-without-controller"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-chroot-differs"] !== void 0) {
      let data72 = data["kafka/zookeeper-chroot-differs"];
      if (!(data72 === "error" || data72 === "warning" || data72 === "info" || data72 === "off")) {
        const err73 = { instancePath: instancePath + "/kafka~1zookeeper-chroot-differs", schemaPath: "#/properties/kafka~1zookeeper-chroot-differs/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-chroot-differs"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-chroot"] !== void 0) {
      let data73 = data["kafka/zookeeper-chroot"];
      if (!(data73 === "error" || data73 === "warning" || data73 === "info" || data73 === "off")) {
        const err74 = { instancePath: instancePath + "/kafka~1zookeeper-chroot", schemaPath: "#/properties/kafka~1zookeeper-chroot/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-chroot"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data["kafka/zookeeper-connect-mismatch"] !== void 0) {
      let data74 = data["kafka/zookeeper-connect-mismatch"];
      if (!(data74 === "error" || data74 === "warning" || data74 === "info" || data74 === "off")) {
        const err75 = { instancePath: instancePath + "/kafka~1zookeeper-connect-mismatch", schemaPath: "#/properties/kafka~1zookeeper-connect-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["kafka/zookeeper-connect-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data["ntp/no-source"] !== void 0) {
      let data75 = data["ntp/no-source"];
      if (!(data75 === "error" || data75 === "warning" || data75 === "info" || data75 === "off")) {
        const err76 = { instancePath: instancePath + "/ntp~1no-source", schemaPath: "#/properties/ntp~1no-source/enum", keyword: "enum", params: { allowedValues: schema7.properties["ntp/no-source"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data["ntp/source-drift"] !== void 0) {
      let data76 = data["ntp/source-drift"];
      if (!(data76 === "error" || data76 === "warning" || data76 === "info" || data76 === "off")) {
        const err77 = { instancePath: instancePath + "/ntp~1source-drift", schemaPath: "#/properties/ntp~1source-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["ntp/source-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data["syntax/binary-file"] !== void 0) {
      let data77 = data["syntax/binary-file"];
      if (!(data77 === "error" || data77 === "warning" || data77 === "info" || data77 === "off")) {
        const err78 = { instancePath: instancePath + "/syntax~1binary-file", schemaPath: "#/properties/syntax~1binary-file/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/binary-file"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data["syntax/file-too-large"] !== void 0) {
      let data78 = data["syntax/file-too-large"];
      if (!(data78 === "error" || data78 === "warning" || data78 === "info" || data78 === "off")) {
        const err79 = { instancePath: instancePath + "/syntax~1file-too-large", schemaPath: "#/properties/syntax~1file-too-large/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/file-too-large"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data["syntax/unused-suppression"] !== void 0) {
      let data79 = data["syntax/unused-suppression"];
      if (!(data79 === "error" || data79 === "warning" || data79 === "info" || data79 === "off")) {
        const err80 = { instancePath: instancePath + "/syntax~1unused-suppression", schemaPath: "#/properties/syntax~1unused-suppression/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/unused-suppression"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data["syntax/xinclude-not-followed"] !== void 0) {
      let data80 = data["syntax/xinclude-not-followed"];
      if (!(data80 === "error" || data80 === "warning" || data80 === "info" || data80 === "off")) {
        const err81 = { instancePath: instancePath + "/syntax~1xinclude-not-followed", schemaPath: "#/properties/syntax~1xinclude-not-followed/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xinclude-not-followed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data["syntax/xinclude-unresolved"] !== void 0) {
      let data81 = data["syntax/xinclude-unresolved"];
      if (!(data81 === "error" || data81 === "warning" || data81 === "info" || data81 === "off")) {
        const err82 = { instancePath: instancePath + "/syntax~1xinclude-unresolved", schemaPath: "#/properties/syntax~1xinclude-unresolved/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xinclude-unresolved"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data["syntax/xml-element-depth"] !== void 0) {
      let data82 = data["syntax/xml-element-depth"];
      if (!(data82 === "error" || data82 === "warning" || data82 === "info" || data82 === "off")) {
        const err83 = { instancePath: instancePath + "/syntax~1xml-element-depth", schemaPath: "#/properties/syntax~1xml-element-depth/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-element-depth"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["syntax/xml-entity-expansion"] !== void 0) {
      let data83 = data["syntax/xml-entity-expansion"];
      if (!(data83 === "error" || data83 === "warning" || data83 === "info" || data83 === "off")) {
        const err84 = { instancePath: instancePath + "/syntax~1xml-entity-expansion", schemaPath: "#/properties/syntax~1xml-entity-expansion/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-entity-expansion"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data["syntax/xml-external-entity"] !== void 0) {
      let data84 = data["syntax/xml-external-entity"];
      if (!(data84 === "error" || data84 === "warning" || data84 === "info" || data84 === "off")) {
        const err85 = { instancePath: instancePath + "/syntax~1xml-external-entity", schemaPath: "#/properties/syntax~1xml-external-entity/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-external-entity"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data["syntax/xml-malformed"] !== void 0) {
      let data85 = data["syntax/xml-malformed"];
      if (!(data85 === "error" || data85 === "warning" || data85 === "info" || data85 === "off")) {
        const err86 = { instancePath: instancePath + "/syntax~1xml-malformed", schemaPath: "#/properties/syntax~1xml-malformed/enum", keyword: "enum", params: { allowedValues: schema7.properties["syntax/xml-malformed"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data["yarn/aux-services-shuffle"] !== void 0) {
      let data86 = data["yarn/aux-services-shuffle"];
      if (!(data86 === "error" || data86 === "warning" || data86 === "info" || data86 === "off")) {
        const err87 = { instancePath: instancePath + "/yarn~1aux-services-shuffle", schemaPath: "#/properties/yarn~1aux-services-shuffle/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/aux-services-shuffle"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data["yarn/jobhistory-address"] !== void 0) {
      let data87 = data["yarn/jobhistory-address"];
      if (!(data87 === "error" || data87 === "warning" || data87 === "info" || data87 === "off")) {
        const err88 = { instancePath: instancePath + "/yarn~1jobhistory-address", schemaPath: "#/properties/yarn~1jobhistory-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/jobhistory-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data["yarn/mapred-contradicts-yarn"] !== void 0) {
      let data88 = data["yarn/mapred-contradicts-yarn"];
      if (!(data88 === "error" || data88 === "warning" || data88 === "info" || data88 === "off")) {
        const err89 = { instancePath: instancePath + "/yarn~1mapred-contradicts-yarn", schemaPath: "#/properties/yarn~1mapred-contradicts-yarn/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/mapred-contradicts-yarn"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data["yarn/mapreduce-framework-name"] !== void 0) {
      let data89 = data["yarn/mapreduce-framework-name"];
      if (!(data89 === "error" || data89 === "warning" || data89 === "info" || data89 === "off")) {
        const err90 = { instancePath: instancePath + "/yarn~1mapreduce-framework-name", schemaPath: "#/properties/yarn~1mapreduce-framework-name/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/mapreduce-framework-name"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data["yarn/rm-address-missing"] !== void 0) {
      let data90 = data["yarn/rm-address-missing"];
      if (!(data90 === "error" || data90 === "warning" || data90 === "info" || data90 === "off")) {
        const err91 = { instancePath: instancePath + "/yarn~1rm-address-missing", schemaPath: "#/properties/yarn~1rm-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data["yarn/rm-cluster-id-missing"] !== void 0) {
      let data91 = data["yarn/rm-cluster-id-missing"];
      if (!(data91 === "error" || data91 === "warning" || data91 === "info" || data91 === "off")) {
        const err92 = { instancePath: instancePath + "/yarn~1rm-cluster-id-missing", schemaPath: "#/properties/yarn~1rm-cluster-id-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-cluster-id-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data["yarn/rm-ha-id-hardcoded"] !== void 0) {
      let data92 = data["yarn/rm-ha-id-hardcoded"];
      if (!(data92 === "error" || data92 === "warning" || data92 === "info" || data92 === "off")) {
        const err93 = { instancePath: instancePath + "/yarn~1rm-ha-id-hardcoded", schemaPath: "#/properties/yarn~1rm-ha-id-hardcoded/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-ha-id-hardcoded"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data["yarn/rm-ha-ids"] !== void 0) {
      let data93 = data["yarn/rm-ha-ids"];
      if (!(data93 === "error" || data93 === "warning" || data93 === "info" || data93 === "off")) {
        const err94 = { instancePath: instancePath + "/yarn~1rm-ha-ids", schemaPath: "#/properties/yarn~1rm-ha-ids/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-ha-ids"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data["yarn/rm-port-mismatch"] !== void 0) {
      let data94 = data["yarn/rm-port-mismatch"];
      if (!(data94 === "error" || data94 === "warning" || data94 === "info" || data94 === "off")) {
        const err95 = { instancePath: instancePath + "/yarn~1rm-port-mismatch", schemaPath: "#/properties/yarn~1rm-port-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-port-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data["yarn/rm-zk-address-mismatch"] !== void 0) {
      let data95 = data["yarn/rm-zk-address-mismatch"];
      if (!(data95 === "error" || data95 === "warning" || data95 === "info" || data95 === "off")) {
        const err96 = { instancePath: instancePath + "/yarn~1rm-zk-address-mismatch", schemaPath: "#/properties/yarn~1rm-zk-address-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-zk-address-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data["yarn/rm-zk-address-missing"] !== void 0) {
      let data96 = data["yarn/rm-zk-address-missing"];
      if (!(data96 === "error" || data96 === "warning" || data96 === "info" || data96 === "off")) {
        const err97 = { instancePath: instancePath + "/yarn~1rm-zk-address-missing", schemaPath: "#/properties/yarn~1rm-zk-address-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["yarn/rm-zk-address-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data["zookeeper/autopurge-disabled"] !== void 0) {
      let data97 = data["zookeeper/autopurge-disabled"];
      if (!(data97 === "error" || data97 === "warning" || data97 === "info" || data97 === "off")) {
        const err98 = { instancePath: instancePath + "/zookeeper~1autopurge-disabled", schemaPath: "#/properties/zookeeper~1autopurge-disabled/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/autopurge-disabled"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data["zookeeper/client-port-clash"] !== void 0) {
      let data98 = data["zookeeper/client-port-clash"];
      if (!(data98 === "error" || data98 === "warning" || data98 === "info" || data98 === "off")) {
        const err99 = { instancePath: instancePath + "/zookeeper~1client-port-clash", schemaPath: "#/properties/zookeeper~1client-port-clash/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/client-port-clash"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data["zookeeper/datadir-in-tmp"] !== void 0) {
      let data99 = data["zookeeper/datadir-in-tmp"];
      if (!(data99 === "error" || data99 === "warning" || data99 === "info" || data99 === "off")) {
        const err100 = { instancePath: instancePath + "/zookeeper~1datadir-in-tmp", schemaPath: "#/properties/zookeeper~1datadir-in-tmp/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/datadir-in-tmp"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-key"] !== void 0) {
      let data100 = data["zookeeper/duplicate-key"];
      if (!(data100 === "error" || data100 === "warning" || data100 === "info" || data100 === "off")) {
        const err101 = { instancePath: instancePath + "/zookeeper~1duplicate-key", schemaPath: "#/properties/zookeeper~1duplicate-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-server-address"] !== void 0) {
      let data101 = data["zookeeper/duplicate-server-address"];
      if (!(data101 === "error" || data101 === "warning" || data101 === "info" || data101 === "off")) {
        const err102 = { instancePath: instancePath + "/zookeeper~1duplicate-server-address", schemaPath: "#/properties/zookeeper~1duplicate-server-address/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-server-address"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data["zookeeper/duplicate-server-id"] !== void 0) {
      let data102 = data["zookeeper/duplicate-server-id"];
      if (!(data102 === "error" || data102 === "warning" || data102 === "info" || data102 === "off")) {
        const err103 = { instancePath: instancePath + "/zookeeper~1duplicate-server-id", schemaPath: "#/properties/zookeeper~1duplicate-server-id/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/duplicate-server-id"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data["zookeeper/election-algorithm"] !== void 0) {
      let data103 = data["zookeeper/election-algorithm"];
      if (!(data103 === "error" || data103 === "warning" || data103 === "info" || data103 === "off")) {
        const err104 = { instancePath: instancePath + "/zookeeper~1election-algorithm", schemaPath: "#/properties/zookeeper~1election-algorithm/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/election-algorithm"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data["zookeeper/ensemble-size"] !== void 0) {
      let data104 = data["zookeeper/ensemble-size"];
      if (!(data104 === "error" || data104 === "warning" || data104 === "info" || data104 === "off")) {
        const err105 = { instancePath: instancePath + "/zookeeper~1ensemble-size", schemaPath: "#/properties/zookeeper~1ensemble-size/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/ensemble-size"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data["zookeeper/invalid-boolean"] !== void 0) {
      let data105 = data["zookeeper/invalid-boolean"];
      if (!(data105 === "error" || data105 === "warning" || data105 === "info" || data105 === "off")) {
        const err106 = { instancePath: instancePath + "/zookeeper~1invalid-boolean", schemaPath: "#/properties/zookeeper~1invalid-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/invalid-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data["zookeeper/invalid-number"] !== void 0) {
      let data106 = data["zookeeper/invalid-number"];
      if (!(data106 === "error" || data106 === "warning" || data106 === "info" || data106 === "off")) {
        const err107 = { instancePath: instancePath + "/zookeeper~1invalid-number", schemaPath: "#/properties/zookeeper~1invalid-number/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/invalid-number"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
    if (data["zookeeper/lenient-boolean"] !== void 0) {
      let data107 = data["zookeeper/lenient-boolean"];
      if (!(data107 === "error" || data107 === "warning" || data107 === "info" || data107 === "off")) {
        const err108 = { instancePath: instancePath + "/zookeeper~1lenient-boolean", schemaPath: "#/properties/zookeeper~1lenient-boolean/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/lenient-boolean"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data["zookeeper/malformed-escape"] !== void 0) {
      let data108 = data["zookeeper/malformed-escape"];
      if (!(data108 === "error" || data108 === "warning" || data108 === "info" || data108 === "off")) {
        const err109 = { instancePath: instancePath + "/zookeeper~1malformed-escape", schemaPath: "#/properties/zookeeper~1malformed-escape/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/malformed-escape"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-duplicate"] !== void 0) {
      let data109 = data["zookeeper/myid-duplicate"];
      if (!(data109 === "error" || data109 === "warning" || data109 === "info" || data109 === "off")) {
        const err110 = { instancePath: instancePath + "/zookeeper~1myid-duplicate", schemaPath: "#/properties/zookeeper~1myid-duplicate/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-duplicate"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-invalid"] !== void 0) {
      let data110 = data["zookeeper/myid-invalid"];
      if (!(data110 === "error" || data110 === "warning" || data110 === "info" || data110 === "off")) {
        const err111 = { instancePath: instancePath + "/zookeeper~1myid-invalid", schemaPath: "#/properties/zookeeper~1myid-invalid/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-invalid"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-mismatch"] !== void 0) {
      let data111 = data["zookeeper/myid-mismatch"];
      if (!(data111 === "error" || data111 === "warning" || data111 === "info" || data111 === "off")) {
        const err112 = { instancePath: instancePath + "/zookeeper~1myid-mismatch", schemaPath: "#/properties/zookeeper~1myid-mismatch/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-mismatch"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-misplaced"] !== void 0) {
      let data112 = data["zookeeper/myid-misplaced"];
      if (!(data112 === "error" || data112 === "warning" || data112 === "info" || data112 === "off")) {
        const err113 = { instancePath: instancePath + "/zookeeper~1myid-misplaced", schemaPath: "#/properties/zookeeper~1myid-misplaced/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-misplaced"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data["zookeeper/myid-missing"] !== void 0) {
      let data113 = data["zookeeper/myid-missing"];
      if (!(data113 === "error" || data113 === "warning" || data113 === "info" || data113 === "off")) {
        const err114 = { instancePath: instancePath + "/zookeeper~1myid-missing", schemaPath: "#/properties/zookeeper~1myid-missing/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/myid-missing"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data["zookeeper/observers-without-quorum"] !== void 0) {
      let data114 = data["zookeeper/observers-without-quorum"];
      if (!(data114 === "error" || data114 === "warning" || data114 === "info" || data114 === "off")) {
        const err115 = { instancePath: instancePath + "/zookeeper~1observers-without-quorum", schemaPath: "#/properties/zookeeper~1observers-without-quorum/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/observers-without-quorum"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data["zookeeper/quorum-port-equals-election-port"] !== void 0) {
      let data115 = data["zookeeper/quorum-port-equals-election-port"];
      if (!(data115 === "error" || data115 === "warning" || data115 === "info" || data115 === "off")) {
        const err116 = { instancePath: instancePath + "/zookeeper~1quorum-port-equals-election-port", schemaPath: "#/properties/zookeeper~1quorum-port-equals-election-port/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/quorum-port-equals-election-port"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data["zookeeper/required-key"] !== void 0) {
      let data116 = data["zookeeper/required-key"];
      if (!(data116 === "error" || data116 === "warning" || data116 === "info" || data116 === "off")) {
        const err117 = { instancePath: instancePath + "/zookeeper~1required-key", schemaPath: "#/properties/zookeeper~1required-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/required-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-id-range"] !== void 0) {
      let data117 = data["zookeeper/server-id-range"];
      if (!(data117 === "error" || data117 === "warning" || data117 === "info" || data117 === "off")) {
        const err118 = { instancePath: instancePath + "/zookeeper~1server-id-range", schemaPath: "#/properties/zookeeper~1server-id-range/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-id-range"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-id"] !== void 0) {
      let data118 = data["zookeeper/server-id"];
      if (!(data118 === "error" || data118 === "warning" || data118 === "info" || data118 === "off")) {
        const err119 = { instancePath: instancePath + "/zookeeper~1server-id", schemaPath: "#/properties/zookeeper~1server-id/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-id"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-list-drift"] !== void 0) {
      let data119 = data["zookeeper/server-list-drift"];
      if (!(data119 === "error" || data119 === "warning" || data119 === "info" || data119 === "off")) {
        const err120 = { instancePath: instancePath + "/zookeeper~1server-list-drift", schemaPath: "#/properties/zookeeper~1server-list-drift/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-list-drift"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
    }
    if (data["zookeeper/server-syntax"] !== void 0) {
      let data120 = data["zookeeper/server-syntax"];
      if (!(data120 === "error" || data120 === "warning" || data120 === "info" || data120 === "off")) {
        const err121 = { instancePath: instancePath + "/zookeeper~1server-syntax", schemaPath: "#/properties/zookeeper~1server-syntax/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/server-syntax"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err121];
        } else {
          vErrors.push(err121);
        }
        errors++;
      }
    }
    if (data["zookeeper/session-timeout-range"] !== void 0) {
      let data121 = data["zookeeper/session-timeout-range"];
      if (!(data121 === "error" || data121 === "warning" || data121 === "info" || data121 === "off")) {
        const err122 = { instancePath: instancePath + "/zookeeper~1session-timeout-range", schemaPath: "#/properties/zookeeper~1session-timeout-range/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/session-timeout-range"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
        errors++;
      }
    }
    if (data["zookeeper/snap-retain-count-low"] !== void 0) {
      let data122 = data["zookeeper/snap-retain-count-low"];
      if (!(data122 === "error" || data122 === "warning" || data122 === "info" || data122 === "off")) {
        const err123 = { instancePath: instancePath + "/zookeeper~1snap-retain-count-low", schemaPath: "#/properties/zookeeper~1snap-retain-count-low/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/snap-retain-count-low"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
    }
    if (data["zookeeper/unknown-key"] !== void 0) {
      let data123 = data["zookeeper/unknown-key"];
      if (!(data123 === "error" || data123 === "warning" || data123 === "info" || data123 === "off")) {
        const err124 = { instancePath: instancePath + "/zookeeper~1unknown-key", schemaPath: "#/properties/zookeeper~1unknown-key/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/unknown-key"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data["zookeeper/unresolved-placeholder"] !== void 0) {
      let data124 = data["zookeeper/unresolved-placeholder"];
      if (!(data124 === "error" || data124 === "warning" || data124 === "info" || data124 === "off")) {
        const err125 = { instancePath: instancePath + "/zookeeper~1unresolved-placeholder", schemaPath: "#/properties/zookeeper~1unresolved-placeholder/enum", keyword: "enum", params: { allowedValues: schema7.properties["zookeeper/unresolved-placeholder"].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err125];
        } else {
          vErrors.push(err125);
        }
        errors++;
      }
    }
  } else {
    const err126 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err126];
    } else {
      vErrors.push(err126);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern0 = new RegExp("^[^\\s/]+$", "u");
var pattern1 = new RegExp("^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$", "u");
var pattern2 = new RegExp("^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$", "u");
var pattern3 = new RegExp("^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$", "u");
var func3 = runtime0.default;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "rules" || key0 === "hosts" || key0 === "versions" || key0 === "ignore" || key0 === "maxFileSize" || key0 === "overrides")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate22(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.hosts !== void 0) {
      let data2 = data.hosts;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs7 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err2 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs7 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (!pattern1.test(data3)) {
              const err4 = { instancePath: instancePath + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/hosts/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*/$)(?!(?:.*/)?\\.\\.?(?:/|$)).+$"' };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/hosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/hosts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data4 = data.versions;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          if (!(key3 === "hadoop" || key3 === "zookeeper")) {
            const err7 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.hadoop !== void 0) {
          let data5 = data4.hadoop;
          if (typeof data5 === "string") {
            if (!pattern2.test(data5)) {
              const err8 = { instancePath: instancePath + "/versions/hadoop", schemaPath: "#/properties/versions/properties/hadoop/pattern", keyword: "pattern", params: { pattern: "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }, message: 'must match pattern "^[23]\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"' };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/versions/hadoop", schemaPath: "#/properties/versions/properties/hadoop/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.zookeeper !== void 0) {
          let data6 = data4.zookeeper;
          if (typeof data6 === "string") {
            if (!pattern3.test(data6)) {
              const err10 = { instancePath: instancePath + "/versions/zookeeper", schemaPath: "#/properties/versions/properties/zookeeper/pattern", keyword: "pattern", params: { pattern: "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$" }, message: 'must match pattern "^3\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/versions/zookeeper", schemaPath: "#/properties/versions/properties/zookeeper/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data7 = data.ignore;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (func3(data8) < 1) {
              const err13 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data9 = data.maxFileSize;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err16 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 1073741824 || isNaN(data9)) {
          const err17 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1073741824 }, message: "must be <= 1073741824" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9 < 1 || isNaN(data9)) {
          const err18 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.overrides !== void 0) {
      let data10 = data.overrides;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.hosts === void 0) {
              const err19 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data11.rules === void 0) {
              const err20 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key4 in data11) {
              if (!(key4 === "hosts" || key4 === "rules")) {
                const err21 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.hosts !== void 0) {
              let data12 = data11.hosts;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err22 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts", schemaPath: "#/properties/overrides/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (!pattern0.test(data13)) {
                      const err23 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts/" + i2, schemaPath: "#/properties/overrides/items/properties/hosts/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+$"' };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts/" + i2, schemaPath: "#/properties/overrides/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/overrides/" + i1 + "/hosts", schemaPath: "#/properties/overrides/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data11.rules !== void 0) {
              if (!validate22(data11.rules, { instancePath: instancePath + "/overrides/" + i1 + "/rules", parentData: data11, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/overrides/" + i1, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
var validateSchema = validate_config_generated_default;
function segments(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function describePath(parts) {
  let out = "";
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === "" ? p : `.${p}`;
    else out += `[${quote(p)}]`;
  }
  return out;
}
function schemaAt(root, parts) {
  const deref = (n) => {
    if (!n.$ref) return n;
    let target = root;
    for (const s of n.$ref.replace(/^#\//, "").split("/")) target = target[s];
    return target;
  };
  let node = deref(root);
  for (const p of parts) {
    if (!node) return void 0;
    const next = node.properties?.[p] ?? node.items ?? node.additionalProperties;
    node = typeof next === "object" ? deref(next) : void 0;
  }
  return node;
}
function didYouMean(word, candidates) {
  if (candidates.length === 0) return "";
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  const near = (0, import_fastest_levenshtein.distance)(word.toLowerCase(), best.toLowerCase()) <= Math.max(3, Math.ceil(word.length / 3));
  return near ? `; did you mean ${quote(best)}?` : "";
}
function valueAt(data, parts) {
  let v = data;
  for (const p of parts) v = v?.[p];
  return v;
}
function describeError(e, data, schema) {
  const parts = segments(e.instancePath);
  const where = describePath(parts);
  const at2 = where === "" ? "" : `${where}: `;
  const node = schemaAt(schema, parts);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params["additionalProperty"]);
      const inRules = parts[parts.length - 1] === "rules";
      const what = inRules ? "unknown rule id" : "unknown key";
      return { path: [...parts, key], onKey: true, message: `${at2}${what} ${quote(key)}${didYouMean(key, Object.keys(node?.properties ?? {}))}` };
    }
    case "enum": {
      const allowed = e.params["allowedValues"].map(String);
      const value = valueAt(data, parts);
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      return { path: parts, onKey: false, message: `${at2}must be one of ${allowed.map((a) => quote(a)).join(", ")}${hint}` };
    }
    case "pattern": {
      const name = e.propertyName;
      if (name !== void 0) {
        const about2 = node?.["propertyNames"]?.description?.replace(/\.$/, "");
        return { path: [...parts, name], onKey: true, message: `${at2}key ${quote(name)} is not valid${about2 ? ` (${about2})` : ""}` };
      }
      const about = node?.description?.replace(/\.$/, "");
      return { path: parts, onKey: false, message: `${at2}not valid${about ? ` (${about})` : ""}` };
    }
    case "required":
      return { path: parts, onKey: false, message: `${at2}missing key ${quote(String(e.params["missingProperty"]))}` };
    case "propertyNames":
      return void 0;
    // reported by the failing name's own error (pattern)
    default:
      return { path: parts, onKey: false, message: `${where === "" ? "the configuration" : where} ${e.message ?? "is not valid"}` };
  }
}
function configProblems(data) {
  if (validateSchema(data)) return [];
  const schema = configSchema(RULES);
  const seen = /* @__PURE__ */ new Set();
  return (validateSchema.errors ?? []).flatMap((e) => {
    const problem = describeError(e, data, schema);
    if (problem === void 0 || seen.has(problem.message)) return [];
    seen.add(problem.message);
    return [problem];
  });
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
  return yamlModule ??= import("./yaml-config-ZP4YOW2A.mjs");
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
function spanProblem(span, lines2) {
  const count = lines2.get(span.file);
  if (count === void 0) return `reported a finding in "${span.file}", which is not a linted file`;
  const ok = span.line >= 1 && span.line <= count && span.column >= 1 && (span.endLine > span.line || span.endLine === span.line && span.endColumn >= span.column);
  return ok ? void 0 : `reported an invalid position ${span.line}:${span.column} in "${span.file}"`;
}
function runRules(cluster, rules, options = {}) {
  const lines2 = new Map(cluster.files.map((f) => [f.path, f.lineCount]));
  for (const u of cluster.unreadable) lines2.set(u.path, 1);
  for (const u of cluster.unchecked) lines2.set(u.path, u.lineCount);
  for (const f of cluster.files) if ("xinclude" in f && f.xinclude) for (const i of f.xinclude.files) lines2.set(i.path, i.lineCount);
  const findings = [];
  const internalErrors = [];
  const ran = [];
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === "off") continue;
    const own = [];
    const report = (r) => {
      const bad = spanProblem(r.span, lines2) ?? r.related?.map((x) => spanProblem(x.span, lines2)).find(Boolean);
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

// src/model/build.ts
import { realpathSync as realpathSync4 } from "node:fs";
import { posix as posix3 } from "node:path";

// src/discover.ts
import { readdirSync, readlinkSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { isUtf8 as isUtf82 } from "node:buffer";
import { dirname as dirname2, join as join3, relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";

// src/text/escape-invalid-utf8.ts
import { isUtf8 } from "node:buffer";
function escapeInvalidUtf8(bytes) {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (n > 0 && i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n))) {
      out += bytes.toString("utf8", i, i + n);
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

// src/recognised-files.ts
var EXACT_NAMES = [
  "zoo.cfg",
  "myid",
  "core-site.xml",
  "hdfs-site.xml",
  "yarn-site.xml",
  "mapred-site.xml",
  "slaves",
  "workers",
  "ntp.conf",
  "chrony.conf",
  "hbase-site.xml",
  "server.properties"
];
var NAME_PATTERNS = [
  // ZooKeeper's dynamic configuration file, zoo.cfg.dynamic.<version>.
  { kind: "zoo.cfg.dynamic", source: "zoo\\.cfg\\.dynamic[^/]*" },
  // Kafka's multi-broker quickstart copies server.properties to server-1.properties, server-2.properties.
  { kind: "server.properties", source: "server-[A-Za-z0-9_.-]+\\.properties" }
];
var CONTENT_PATTERNS = [
  // zoo_1.cfg, zoo1.cfg, zoo.cfg.2181, Kafka's config/zookeeper.properties and its copies per instance (zookeeper1.properties).
  { kind: "zoo.cfg", check: "zookeeper-server", source: "zoo[^/]*\\.cfg|zoo\\.cfg\\.[^/]+|zookeeper[^/]*\\.properties" },
  // server1.properties, server_1.properties, broker-0.properties: any name, when it sets broker keys.
  { kind: "server.properties", check: "kafka-broker", source: "[^/]+\\.properties" }
];
var PATH_PATTERNS = [{ kind: "hosts", source: "(?:^|/)etc/hosts" }];
var EXACT = new Set(EXACT_NAMES);
var BY_NAME = NAME_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`^(?:${p.source})$`) }));
var BY_CONTENT = CONTENT_PATTERNS.map((p) => ({ kind: p.kind, check: p.check, re: new RegExp(`^(?:${p.source})$`) }));
var BY_PATH = PATH_PATTERNS.map((p) => ({ kind: p.kind, re: new RegExp(`(?:${p.source})$`) }));
function kindOf(fileName) {
  if (EXACT.has(fileName)) return fileName;
  return BY_NAME.find((p) => p.re.test(fileName))?.kind;
}
function kindAt(path, name) {
  return BY_PATH.find((p) => p.re.test(path))?.kind ?? kindOf(name);
}
function candidateOf(name) {
  const kind = kindOf(name);
  if (kind) return kind === "server.properties" ? { kind, check: "kafka-broker" } : { kind };
  const byContent = BY_CONTENT.find((p) => p.re.test(name));
  return byContent ? { kind: byContent.kind, check: byContent.check } : void 0;
}
function candidateAt2(path, name) {
  const byPath2 = BY_PATH.find((p) => p.re.test(path))?.kind;
  return byPath2 ? { kind: byPath2 } : candidateOf(name);
}

// src/discovery/names.ts
var BACKUP_SUFFIX = /(?:~|\.(?:bak|orig|old|rpmsave|rpmnew|dpkg-old|dpkg-dist|dpkg-new))$/;
var TEMPLATE_SUFFIX = /\.(?:j2|jinja2|jinja|tmpl|template|tpl|erb)$/;
var RUNTIME_DYNAMIC_FILE = "zoo.cfg.dynamic.next";
function setAsideByName(name) {
  const backup = name.replace(BACKUP_SUFFIX, "");
  if (backup !== name && backup !== "" && (candidateOf(backup) || setAsideByName(backup))) return "backup file";
  const template = name.replace(TEMPLATE_SUFFIX, "");
  if (template !== name && template !== "" && candidateOf(template)) return "template";
  return void 0;
}

// src/model/by-path.ts
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// src/discovery/resolve-link.ts
var MAX_LINK_HOPS = 40;
var TOP_LEVEL_FOLDERS = /* @__PURE__ */ new Set(["etc", "usr", "opt"]);
function snapshotRoot(path) {
  const parts = path.split("/");
  const at2 = parts.findIndex((p, i) => i < parts.length - 1 && TOP_LEVEL_FOLDERS.has(p));
  return at2 < 0 ? void 0 : parts.slice(0, at2).join("/");
}
function segments2(path) {
  return path.split("/").filter((s) => s !== "" && s !== ".");
}
function indexLinks(links) {
  const top = { children: /* @__PURE__ */ new Map() };
  for (const link of links) {
    let node = top;
    for (const segment of segments2(link.path)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, child = { children: /* @__PURE__ */ new Map() });
      node = child;
    }
    node.text = link.text;
  }
  return top;
}
function textAt(index, path) {
  let node = index;
  for (const segment of segments2(path)) node = node?.children.get(segment);
  return node?.text;
}
function resolveLink(linkPath, links) {
  const text = textAt(links, linkPath);
  if (text === void 0) return { kind: "path", path: linkPath };
  const root = snapshotRoot(linkPath);
  const rootParts = root === void 0 ? [] : segments2(root);
  let done = [];
  let nodes = [];
  const goTo = (parts) => {
    done = [];
    nodes = [];
    let node = links;
    for (const p of parts) {
      node = node?.children.get(p);
      done.push(p);
      nodes.push(node);
    }
  };
  goTo(segments2(linkPath).slice(0, -1));
  const todo = [];
  const enter = (linkText2) => {
    if (linkText2.startsWith("/")) {
      if (root === void 0) return false;
      goTo(rootParts);
    }
    todo.push(...segments2(linkText2).reverse());
    return true;
  };
  if (!enter(text)) return { kind: "leaves" };
  let hops = 1;
  while (todo.length > 0) {
    const segment = todo.pop();
    if (segment === "..") {
      if (done.length <= rootParts.length) return { kind: "leaves" };
      done.pop();
      nodes.pop();
      continue;
    }
    const parent = nodes.length === 0 ? links : nodes[nodes.length - 1];
    const node = parent?.children.get(segment);
    if (node?.text === void 0) {
      done.push(segment);
      nodes.push(node);
      continue;
    }
    if (++hops > MAX_LINK_HOPS) return { kind: "too many links" };
    if (!enter(node.text)) return { kind: "leaves" };
  }
  return { kind: "path", path: done.join("/") };
}

// src/discovery/version-order.ts
var VERSION_NAME = /^\d+(?:\.\d+)+(?:-\d+)?$/;
function isVersionName(name) {
  return VERSION_NAME.test(name);
}
function partsOf(version) {
  const [release = "", build] = version.split("-");
  const parts = release.split(".").map(Number);
  return [...parts, build === void 0 ? -1 : Number(build)];
}
function compareVersions(a, b) {
  const [pa, pb] = [partsOf(a), partsOf(b)];
  const releaseA = pa.slice(0, -1);
  const releaseB = pb.slice(0, -1);
  for (let i = 0; i < Math.max(releaseA.length, releaseB.length); i++) {
    const x = releaseA[i] ?? -1;
    const y = releaseB[i] ?? -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  const [buildA, buildB] = [pa[pa.length - 1], pb[pb.length - 1]];
  return buildA === buildB ? 0 : buildA < buildB ? -1 : 1;
}

// src/discovery/set-names.ts
var STOCK_SETS = /* @__PURE__ */ new Set(["conf.empty", "conf.dist", "conf.pseudo", "conf_example"]);
var BACKUP_SETS = /^conf\.(?:backup|bak|orig|old|save|rpmsave|rpmnew|dpkg-old|dpkg-dist)$/;
function isConfSetName(name) {
  return name === "conf" || /^conf[._][A-Za-z0-9_.-]+$/.test(name) && name !== "conf.d";
}
function isVersionedSet(name, next) {
  return isVersionName(name) && next !== void 0 && /^\d+$/.test(next);
}
function tierOf(name) {
  if (STOCK_SETS.has(name)) return "stock";
  return BACKUP_SETS.test(name) ? "backup" : "real";
}

// src/discovery/alternatives.ts
var TIER_RANK = { stock: 0, backup: 1, real: 2 };
function join2(parent, name) {
  return parent === "" ? name : `${parent}/${name}`;
}
function maySet(name) {
  const c = name.charCodeAt(0);
  return name.startsWith("conf") || c >= 48 && c <= 57;
}
function inEtc(folder) {
  const parts = folder.split("/");
  return parts.length >= 2 && parts[parts.length - 2] === "etc";
}
function setFoldersOf(files, links) {
  const groups = /* @__PURE__ */ new Map();
  const setFolder = (parent, name) => {
    let group = groups.get(parent);
    if (!group) groups.set(parent, group = /* @__PURE__ */ new Map());
    let set = group.get(name);
    if (!set) group.set(name, set = { name, files: [], link: false });
    return set;
  };
  for (const f of files) {
    const path = f.path;
    for (let start = 0, slash = path.indexOf("/"); slash >= 0; start = slash + 1, slash = path.indexOf("/", start)) {
      const name = path.slice(start, slash);
      if (!maySet(name)) continue;
      const after = path.indexOf("/", slash + 1);
      const next = after < 0 ? void 0 : path.slice(slash + 1, after);
      const parent = start === 0 ? "" : path.slice(0, start - 1);
      if (isConfSetName(name) || isVersionedSet(name, next) && inEtc(parent)) setFolder(parent, name).files.push(f);
    }
  }
  for (const l of links) {
    const slash = l.path.lastIndexOf("/");
    const name = l.path.slice(slash + 1);
    if (isConfSetName(name) || isVersionName(name)) setFolder(slash < 0 ? "" : l.path.slice(0, slash), name).link = true;
  }
  return groups;
}
function folderTest(files) {
  let folders;
  return (folder) => {
    if (!folders) {
      folders = /* @__PURE__ */ new Set();
      for (const f of files) for (let slash = f.path.indexOf("/"); slash >= 0; slash = f.path.indexOf("/", slash + 1)) folders.add(f.path.slice(0, slash));
    }
    return folders.has(folder);
  };
}
function chooseAlternatives(files, links) {
  if (files.length === 0) return { kept: [], setAside: [], decidingLinks: /* @__PURE__ */ new Set() };
  const index = indexLinks(links);
  const groups = setFoldersOf(files, links);
  const holdsFiles = folderTest(files);
  const reasons = /* @__PURE__ */ new Map();
  const decidingLinks = /* @__PURE__ */ new Set();
  const setAside = (f, reason) => {
    if (!reasons.has(f.path)) reasons.set(f.path, reason);
  };
  sameFiles(files, links, index, setAside);
  for (const [parent, group] of groups) {
    if (group.size < 2) continue;
    const sets = [...group.values()];
    const verdict = linkVerdict(parent, sets, index, holdsFiles);
    if (verdict) {
      for (const l of verdict.links) decidingLinks.add(l);
      for (const s of sets) {
        if (s.link || s.name === verdict.active) continue;
        for (const f of s.files) setAside(f, `not the active alternative: ${verdict.link} links to ${verdict.shown}`);
      }
      continue;
    }
    const withFiles = sets.filter((s) => s.files.length > 0);
    const versions = withFiles.filter((s) => isVersionName(s.name));
    const newest = versions.reduce((a, s) => a === void 0 || compareVersions(s.name, a.name) > 0 ? s : a, void 0);
    const older = new Set(versions.filter((s) => compareVersions(s.name, newest.name) < 0));
    for (const s of older) for (const f of s.files) setAside(f, `older version (${s.name}) than ${newest.name}`);
    const current = withFiles.filter((s) => !older.has(s));
    const best = Math.max(...current.map((s) => TIER_RANK[tierOf(s.name)]));
    const beside = current.filter((s) => TIER_RANK[tierOf(s.name)] === best).map((s) => s.name).join(", ");
    for (const s of current) {
      const tier = tierOf(s.name);
      if (tier === "real" || TIER_RANK[tier] === best) continue;
      for (const f of s.files) setAside(f, `${tier} set (${s.name}), not used beside ${beside}`);
    }
  }
  const kept = files.filter((f) => !reasons.has(f.path));
  const aside = [...reasons].map(([path, reason]) => ({ path, reason })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { kept, setAside: aside, decidingLinks };
}
function linkVerdict(parent, sets, index, holdsFiles) {
  const verdicts = [];
  for (const s of sets) {
    if (!s.link) continue;
    const link = join2(parent, s.name);
    const r = resolveLink(link, index);
    if (r.kind !== "path" || !holdsFiles(r.path)) continue;
    const owner = sets.find((o) => !o.link && o.files.length > 0 && (r.path === join2(parent, o.name) || r.path.startsWith(`${join2(parent, o.name)}/`)));
    const inside = parent === "" ? r.path : r.path.startsWith(`${parent}/`) ? r.path.slice(parent.length + 1) : void 0;
    verdicts.push({ link, links: [], active: owner?.name, shown: owner && inside !== void 0 ? inside : r.path });
  }
  const first = verdicts[0];
  if (!first) return void 0;
  return verdicts.every((v) => v.active === first.active && v.shown === first.shown) ? { ...first, links: verdicts.map((v) => v.link) } : void 0;
}
function sameFiles(files, links, index, setAside) {
  const candidates = /* @__PURE__ */ new Map();
  for (const l of links) {
    const parts = l.path.split("/");
    const name = parts[parts.length - 1];
    if (isConfSetName(name) || isVersionName(name) || parts[parts.length - 2] === "alternatives") candidates.set(l.path, null);
  }
  if (candidates.size === 0) return;
  const byPath2 = new Map(files.map((f) => [f.path, f]));
  const targetOf = (link) => {
    const cached = candidates.get(link);
    if (cached !== null) return cached;
    const r = resolveLink(link, index);
    const target = r.kind === "path" && r.path !== link ? r.path : void 0;
    candidates.set(link, target);
    return target;
  };
  for (const f of files) {
    for (let slash = f.path.indexOf("/"); slash >= 0; slash = f.path.indexOf("/", slash + 1)) {
      const link = f.path.slice(0, slash);
      if (!candidates.has(link)) continue;
      const target = targetOf(link);
      const counterpart = target === void 0 ? void 0 : byPath2.get(target + f.path.slice(slash));
      if (counterpart && counterpart !== f && counterpart.source === f.source) {
        setAside(f, `same file as ${counterpart.path}`);
        break;
      }
    }
  }
}

// src/discover.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var MAX_LINKED_DIRECTORIES = 1e4;
var MAX_LINKED_ENTRIES = 2e4;
var LEADS_OUTSIDE = "a symbolic link that leads outside the linted directory; not followed";
function linkError(err) {
  const code = err.code;
  if (code === "ELOOP") return "a symbolic link loop";
  if (code === "ENOENT") return "a symbolic link to nothing";
  return `a symbolic link that cannot be resolved (${code ?? String(err)})`;
}
async function discover(root, options = {}) {
  const patterns = options.ignore ?? [];
  const ignored = patterns.length > 0 ? ignoreMatcher(patterns) : () => false;
  const realRoot = realpathSync2(root);
  const inside = (real) => insideTree(realRoot, real);
  const files = [];
  const unreadable = [];
  const skipped = [];
  const setAside = [];
  const links = [];
  let linkedDirectories = 0;
  let linkedEntries = 0;
  let linkedEntriesSpent = false;
  const walk = (rel, real, chain, linked) => {
    let entries;
    try {
      entries = readdirSync(real, { withFileTypes: true, encoding: "buffer" });
    } catch (err) {
      unreadable.push({ path: rel === "" ? "." : rel, reason: `a directory that cannot be listed, ${readFailure(err)}` });
      return;
    }
    for (const entry of entries) {
      if (linked && linkedEntriesSpent) return;
      if (linked && ++linkedEntries > MAX_LINKED_ENTRIES) {
        linkedEntriesSpent = true;
        skipped.push({ path: rel, reason: `not read further, nor any symbolic link to a directory after it: more than ${MAX_LINKED_ENTRIES} entries were already found through symbolic links` });
        return;
      }
      if (!isUtf82(entry.name)) {
        notUtf8(rel, entry);
        continue;
      }
      const name = entry.name.toString("utf8");
      const path = rel === "" ? name : `${rel}/${name}`;
      if (ignored(path)) continue;
      const full = join3(real, name);
      const reason = entry.isDirectory() ? void 0 : setAsideByName(name);
      if (reason) {
        setAside.push({ path, reason });
        continue;
      }
      const candidate = candidateAt2(path, name);
      const kind = kindAt(path, name);
      if (entry.isFile()) {
        if (candidate) files.push(discovered(path, name, candidate, full, kind === void 0));
      } else if (entry.isDirectory()) {
        if (kind) unreadable.push({ path, reason: "a directory, not a file" });
        if (!SKIPPED_DIRECTORIES.has(name)) walk(path, full, [...chain, full], linked);
      } else if (entry.isSymbolicLink()) {
        const text = linkText(full);
        if (text !== void 0) links.push({ path, text });
        followLink(path, name, candidate, kind, full, chain);
      } else if (kind) {
        unreadable.push({ path, reason: `${fileTypeOf(entry)}, not a regular file` });
      }
    }
  };
  const notUtf8 = (rel, entry) => {
    const shown = escapeInvalidUtf8(entry.name);
    const path = rel === "" ? shown : `${rel}/${shown}`;
    if (ignored(path)) return;
    const notValid = "whose name is not valid UTF-8;";
    if (entry.isDirectory()) skipped.push({ path, reason: `a directory ${notValid} not entered` });
    else if (entry.isSymbolicLink()) skipped.push({ path, reason: `a symbolic link ${notValid} not followed` });
    else if (kindAt(path, entry.name.toString("utf8"))) skipped.push({ path, reason: `${entry.isFile() ? "a file" : fileTypeOf(entry)} ${notValid} not read` });
  };
  const followLink = (path, name, candidate, kind, full, chain) => {
    let target;
    try {
      target = realpathSync2(full);
    } catch (err) {
      if (pointsOutside(full, inside)) {
        if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
        return;
      }
      if (kind) unreadable.push({ path, reason: linkError(err) });
      else if (err.code === "ELOOP") skipped.push({ path, reason: linkError(err) });
      return;
    }
    if (!inside(target)) {
      if (kind) unreadable.push({ path, reason: LEADS_OUTSIDE });
      else if (isDirectory(target)) skipped.push({ path, reason: LEADS_OUTSIDE });
      return;
    }
    const stats = statOf(target);
    if (!stats) {
      if (kind) unreadable.push({ path, reason: "a symbolic link to nothing" });
      return;
    }
    if (stats.isFile()) {
      if (candidate) files.push(discovered(path, name, candidate, target, kind === void 0));
    } else if (stats.isDirectory()) {
      if (kind) unreadable.push({ path, reason: "a symbolic link to a directory, not a file" });
      if (chain.includes(target)) {
        const where = relative3(realRoot, target).split(sep3).join("/") || ".";
        skipped.push({ path, reason: `a symbolic link to ${where}, a directory that encloses it; not followed` });
      } else if (SKIPPED_DIRECTORIES.has(name) || linkedEntriesSpent) {
      } else if (++linkedDirectories > MAX_LINKED_DIRECTORIES) {
        skipped.push({ path, reason: `not followed: more than ${MAX_LINKED_DIRECTORIES} directories were already entered through symbolic links` });
      } else {
        walk(path, target, [...chain, target], true);
      }
    } else if (kind) {
      unreadable.push({ path, reason: `a symbolic link to ${fileTypeOf(stats)}, not a regular file` });
    }
  };
  walk("", realRoot, [realRoot], false);
  const chosen = chooseAlternatives(files.sort(byPath), links);
  const understood = skipped.filter((s) => !(s.reason === LEADS_OUTSIDE && chosen.decidingLinks.has(s.path)));
  return { files: chosen.kept, unreadable: unreadable.sort(byPath), skipped: understood.sort(byPath), setAside: [...setAside, ...chosen.setAside].sort(byPath) };
}
function linkText(full) {
  try {
    const text = readlinkSync(full, { encoding: "buffer" });
    return isUtf82(text) ? text.toString("utf8") : void 0;
  } catch {
    return void 0;
  }
}
function discovered(path, name, candidate, source, broadName) {
  return {
    path,
    kind: candidate.kind,
    source,
    ...broadName ? { broadName: true } : {},
    ...candidate.check ? { check: candidate.check } : {},
    ...name === RUNTIME_DYNAMIC_FILE ? { runtime: true } : {}
  };
}
function pointsOutside(full, inside) {
  try {
    return !inside(resolve2(dirname2(full), readlinkSync(full)));
  } catch {
    return false;
  }
}
function statOf(path) {
  try {
    return statSync2(path);
  } catch {
    return void 0;
  }
}
function isDirectory(path) {
  return statOf(path)?.isDirectory() === true;
}

// src/git/tracked-filter.ts
function trackedFilter(tracked) {
  const folders = /* @__PURE__ */ new Set();
  for (const p of tracked) for (let i = p.indexOf("/"); i >= 0; i = p.indexOf("/", i + 1)) folders.add(p.slice(0, i));
  return (path) => path === "." || tracked.has(path) || folders.has(path);
}
function onlyTracked(tracked, found) {
  if (!tracked) return found;
  const taken = trackedFilter(tracked);
  return {
    files: found.files.filter((f) => tracked.has(f.path)),
    unreadable: found.unreadable.filter((e) => taken(e.path)),
    skipped: found.skipped.filter((e) => taken(e.path)),
    setAside: found.setAside.filter((e) => tracked.has(e.path))
  };
}

// src/model/named-hosts.ts
function namedHosts(files) {
  const names = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Set();
  const add = (name) => {
    const n = name?.trim();
    if (!n || isWildcard(n) || /[${}@\s]/.test(n)) return;
    const key = hostKey(n);
    if (!names.has(key)) names.set(key, n);
  };
  for (const copy of files) {
    if (hashes.has(copy.hash)) continue;
    hashes.add(copy.hash);
    const f = originalOf(copy);
    if (f.kind === "zoo.cfg" || f.kind === "zoo.cfg.dynamic") {
      for (const s of f.zoo.servers) for (const a of s.addresses) add(a.host.value);
    } else if (f.kind === "slaves" || f.kind === "workers") {
      for (const h of f.list.hosts) add(h.value);
    } else if (f.kind === "hbase-site.xml") {
      for (const p of f.xml.properties) if (p.name.value === "hbase.zookeeper.quorum") for (const h of (p.value?.value ?? "").split(",")) add(hostOfAddress(h.trim()));
    } else if ("xml" in f) {
      for (const p of f.xml.properties) addFromProperty(p.name.value, p.value?.value.trim() ?? "", add);
    } else if (f.kind === "server.properties") {
      for (const key of KAFKA_HOST_KEYS) for (const h of hostsOfKafkaValue(kafkaValue(f.kafka, key)?.value.value ?? "")) add(h);
    }
  }
  return names;
}
var KAFKA_HOST_KEYS = ["advertised.listeners", "listeners", "zookeeper.connect", "controller.quorum.voters"];
function hostsOfKafkaValue(value) {
  const list = value.includes("://") ? value : value.split("/")[0];
  return list.split(",").map((v) => hostOfAddress(v.trim().replace(/^[A-Za-z0-9_]+:\/\//, "").replace(/^\d+@/, "")));
}
function hostOfAddress(address) {
  const bracket = /^\[([^\]]*)\]/.exec(address);
  if (bracket) return bracket[1];
  return address.replace(/:[^:]*$/, "");
}
function addFromProperty(name, value, add) {
  const hostOf = (v) => v.replace(/^[a-z]+:\/\//, "").split("/")[0].replace(/:[^:]*$/, "");
  if (/^dfs\.namenode\.(rpc|servicerpc|http|https)-address\./.test(name)) add(hostOf(value));
  else if (name.startsWith("dfs.namenode.shared.edits.dir") && value.startsWith("qjournal://")) {
    for (const h of value.slice("qjournal://".length).split("/")[0].split(";")) add(hostOf(h));
  } else if (name.startsWith("ha.zookeeper.quorum")) {
    for (const h of value.split("/")[0].split(",")) add(hostOf(h.trim()));
  } else if (name.startsWith("yarn.resourcemanager.hostname")) add(value);
  else if (/^yarn\.resourcemanager\.(address|scheduler\.address|resource-tracker\.address|admin\.address|webapp\.address|webapp\.https\.address)\./.test(name)) add(hostOf(value));
  else if (name === "mapreduce.jobhistory.address") add(hostOf(value));
}

// src/model/load.ts
import { createHash as createHash3 } from "node:crypto";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token2 = { startIndex: tokenStart };
    token2[1] = leadingWs;
    token2[2] = name;
    token2[3] = equalsGroup;
    token2[4] = quoteChar !== void 0 ? true : void 0;
    token2[5] = quoteChar;
    token2[6] = value;
    tokens.push(token2);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token2 = str.slice(i + 1, j);
      if (token2.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token2)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token2)) {
        i++;
        continue;
      } else if (token2.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token2);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token2);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token2.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token2, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token2}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token2) {
    const second = token2.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token2.slice(2), 16);
    } else {
      cp = parseInt(token2.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token2, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments3 = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments3.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments3.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments3.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments3.push(this._parseSegment(currentPart.trim()));
    }
    return segments3;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep5 = separator || this.separator;
    const isDefault = sep5 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep5);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep5);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments3 = expression.segments;
    if (segments3.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments3);
    }
    return this._matchSimple(segments3);
  }
  /**
   * @private
   */
  _matchSimple(segments3) {
    if (this.path.length !== segments3.length) {
      return false;
    }
    for (let i = 0; i < segments3.length; i++) {
      if (!this._matchSegment(segments3[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments3) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments3.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments3[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments3[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep4 = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep4}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep4}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep4}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep4}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep4}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep4}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep4}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep4}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep4}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex2, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex2 !== void 0 ? parseInt(hex2, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep5 = exp.search(/\s/);
            const name = sep5 === -1 ? exp : exp.substring(0, sep5);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/parse/comments.ts
function lines(text) {
  const out = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const stop = nl < 0 ? text.length : nl;
    out.push({ start, end: stop > start && text[stop - 1] === "\r" ? stop - 1 : stop });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}
function lineComment(text, line, markerAt, markers) {
  let body = markerAt;
  while (body < line.end && markers.includes(text[body])) body++;
  return { start: markerAt, end: line.end, bodyStart: body, bodyEnd: line.end };
}
function firstNonBlank(text, line) {
  let i = line.start;
  while (i < line.end && (text[i] === " " || text[i] === "	" || text[i] === "\f")) i++;
  return i;
}
function propertiesComments(text) {
  const out = [];
  let continuing = false;
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if (!continuing && (text[first] === "#" || text[first] === "!")) {
      out.push(lineComment(text, line, first, "#!"));
      continue;
    }
    if (!continuing && first === line.end) continue;
    let backslashes = 0;
    for (let i = line.end - 1; i >= line.start && text[i] === "\\"; i--) backslashes++;
    continuing = backslashes % 2 === 1;
  }
  return out;
}
function hashComments(text) {
  const out = [];
  for (const line of lines(text)) {
    const hash = text.indexOf("#", line.start);
    if (hash >= 0 && hash < line.end) out.push(lineComment(text, line, hash, "#"));
  }
  return out;
}
function chronyComments(text) {
  const out = [];
  for (const line of lines(text)) {
    const first = firstNonBlank(text, line);
    if ("!;#%".includes(text[first] ?? "x")) out.push(lineComment(text, line, first, text[first]));
  }
  return out;
}
function xmlComments(text) {
  const out = [];
  let i = text.indexOf("<");
  while (i >= 0 && i < text.length) {
    if (text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const bodyEnd = close < 0 ? text.length : close;
      const end = close < 0 ? text.length : close + 3;
      out.push({ start: i, end, bodyStart: i + 4, bodyEnd });
      i = end;
    } else if (text.startsWith("<![CDATA[", i)) {
      const close = text.indexOf("]]>", i + 9);
      i = close < 0 ? text.length : close + 3;
    } else if (text.startsWith("<?", i)) {
      const close = text.indexOf("?>", i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      i++;
    }
    i = text.indexOf("<", i);
  }
  return out;
}
function comments(text, syntax) {
  switch (syntax) {
    case "xml":
      return xmlComments(text);
    case "properties":
      return propertiesComments(text);
    case "hash":
      return hashComments(text);
    case "chrony":
      return chronyComments(text);
  }
}

// src/parse/xml-char-refs.ts
function isXmlChar(cp) {
  return cp === 9 || cp === 10 || cp === 13 || cp >= 32 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
}
function isXml11RefChar(cp) {
  return cp >= 1 && cp <= 55295 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
}
function declaresXml11(text) {
  return /^\uFEFF?<\?xml\s+version\s*=\s*(["'])1\.1\1/.test(text);
}
function isLegalCharRef(body, xml11) {
  const hex2 = body.startsWith("x");
  const digits = hex2 ? body.slice(1) : body;
  if (!(hex2 ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return true;
  const cp = parseInt(digits, hex2 ? 16 : 10);
  return xml11 ? isXml11RefChar(cp) : isXmlChar(cp);
}
function invalidCharRefMessage(ref) {
  return `character reference "${ref.literal}" is an invalid XML character`;
}
var CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;
function firstInvalidCharRef(text, offset, xml11) {
  if (!text.includes("&#")) return void 0;
  for (const m of text.matchAll(CHAR_REF)) {
    if (!isLegalCharRef(m[1], xml11)) return { start: offset + m.index, end: offset + m.index + m[0].length, literal: m[0].slice(0, -1) };
  }
  return void 0;
}

// src/parse/xml-body-scan.ts
var READ_DEPTH = 5;
var REFUSED_NAMES = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function scanBody(text, depthLimit, xml11 = false) {
  const refs = [];
  let invalidCharRef;
  const cuts = [];
  const renames = [];
  const refusedOpen = [];
  let tooDeep;
  let root;
  let depth = 0;
  let cutStart = -1;
  let cutDepth = 0;
  const n = text.length;
  const ref = (at2) => {
    const semi = text.indexOf(";", at2);
    if (semi < 0) return at2 + 1;
    if (text.charCodeAt(at2 + 1) !== 35) refs.push({ start: at2, end: semi + 1, name: text.slice(at2 + 1, semi) });
    else if (!invalidCharRef && !isLegalCharRef(text.slice(at2 + 2, semi), xml11)) invalidCharRef = { start: at2, end: semi + 1, literal: text.slice(at2, semi) };
    return semi + 1;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      i = ref(i);
      continue;
    }
    if (c !== 60) {
      i++;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const e = text.indexOf("-->", i + 4);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith("<![CDATA[", i)) {
      const e = text.indexOf("]]>", i + 9);
      i = e < 0 ? n : e + 3;
    } else if (text.startsWith("<?", i)) {
      const e = text.indexOf("?>", i + 2);
      i = e < 0 ? n : e + 2;
    } else if (text.charCodeAt(i + 1) === 33) {
      let open = 1;
      for (i += 2; i < n && open > 0; i++) {
        if (text.charCodeAt(i) === 60) open++;
        else if (text.charCodeAt(i) === 62) open--;
      }
    } else if (text.charCodeAt(i + 1) === 47) {
      const e = text.indexOf(">", i);
      const end = e < 0 ? n : e + 1;
      if (cutStart >= 0 && depth === cutDepth) {
        cuts.push([cutStart, end]);
        cutStart = -1;
      }
      if (depth <= READ_DEPTH && refusedOpen[depth]) {
        renames.push(i + 2);
        refusedOpen[depth] = false;
      }
      depth--;
      i = end;
    } else {
      let j = i + 1;
      while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 62 && text.charCodeAt(j) !== 47) j++;
      const name = text.slice(i + 1, j);
      let quote2 = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (quote2 !== 0) {
          if (d === quote2) quote2 = 0;
          else if (d === 38) j = ref(j) - 1;
        } else if (d === 34 || d === 39) quote2 = d;
        else if (d === 62) break;
      }
      const end = Math.min(j + 1, n);
      const selfClosing = text.charCodeAt(j - 1) === 47;
      const level = depth + 1;
      if (level === 1 && !root) root = { start: i, end: i + 1 + name.length, name };
      if (level > depthLimit && !tooDeep) tooDeep = { start: i, end: i + 1 + name.length, name, depth: level };
      if (cutStart < 0 && level > READ_DEPTH) {
        if (selfClosing) cuts.push([i, end]);
        else {
          cutStart = i;
          cutDepth = level;
        }
      } else if (level > 1 && level <= READ_DEPTH && REFUSED_NAMES.has(name)) {
        renames.push(i + 1);
        if (!selfClosing) refusedOpen[level] = true;
      }
      if (!selfClosing) depth = level;
      i = end;
    }
  }
  return { refs, tooDeep, cuts, renames, root, invalidCharRef };
}

// src/parse/xml-doctype.ts
var NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.0-9:A-Z_a-z\u00B7\u00C0-\uFFFF]*/y;
var Cursor = class {
  constructor(text, i) {
    this.text = text;
    this.i = i;
  }
  text;
  i;
  at(s) {
    return this.text.startsWith(s, this.i);
  }
  eat(s) {
    if (!this.at(s)) return false;
    this.i += s.length;
    return true;
  }
  /** Skips XML white space; true when there was some. */
  space() {
    const from = this.i;
    for (let c = this.text.charCodeAt(this.i); c === 32 || c === 9 || c === 10 || c === 13; c = this.text.charCodeAt(this.i)) this.i++;
    return this.i > from;
  }
  name() {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.text);
    if (!m) return void 0;
    this.i += m[0].length;
    return m[0];
  }
  quoted() {
    const q = this.text[this.i];
    if (q !== '"' && q !== "'") return void 0;
    const close = this.text.indexOf(q, this.i + 1);
    if (close < 0) return void 0;
    const value = this.text.slice(this.i + 1, close);
    this.i = close + 1;
    return value;
  }
  /** Moves past the next `end`; false when there is none. */
  skipPast(end) {
    const at2 = this.text.indexOf(end, this.i);
    if (at2 < 0) return false;
    this.i = at2 + end.length;
    return true;
  }
  /** Moves past the `>` closing a declaration, stepping over quoted literals. */
  skipDeclaration() {
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === ">") {
        this.i++;
        return true;
      }
      if (c === '"' || c === "'") {
        if (this.quoted() === void 0) return false;
      } else this.i++;
    }
    return false;
  }
};
function externalId(c) {
  if (c.eat("SYSTEM")) {
    if (!c.space()) return null;
    return c.quoted() ?? null;
  }
  if (c.eat("PUBLIC")) {
    if (!c.space() || c.quoted() === void 0 || !c.space()) return null;
    return c.quoted() ?? null;
  }
  return void 0;
}
function entityDecl(c) {
  const start = c.i;
  c.i += "<!ENTITY".length;
  if (!c.space()) return void 0;
  const parameter = c.eat("%");
  if (parameter && !c.space()) return void 0;
  const name = c.name();
  if (name === void 0 || !c.space()) return void 0;
  let value;
  let valueStart;
  let systemId;
  let unparsed = false;
  if (c.at('"') || c.at("'")) {
    valueStart = c.i + 1;
    value = c.quoted();
    if (value === void 0) return void 0;
  } else {
    const id = externalId(c);
    if (id === void 0 || id === null) return void 0;
    systemId = id;
    const beforeNdata = c.i;
    if (!parameter && c.space() && c.eat("NDATA")) {
      if (!c.space() || c.name() === void 0) return void 0;
      unparsed = true;
    } else c.i = beforeNdata;
  }
  c.space();
  if (!c.eat(">")) return void 0;
  return { name, parameter, value, valueStart, systemId, unparsed, start, end: c.i };
}
function doctypeAt(text, start) {
  const c = new Cursor(text, start + "<!DOCTYPE".length);
  const found = doctypeBody(c, start);
  if (found) return found;
  const at2 = Math.min(c.i, text.length);
  const ch = text[at2];
  const message = at2 >= text.length ? "the DOCTYPE declaration is not closed" : (ch === '"' || ch === "'") && text.indexOf(ch, at2 + 1) < 0 ? "this quoted literal of the DOCTYPE is never closed" : "the DOCTYPE declaration is not well-formed here";
  return { offset: at2, message };
}
function doctypeBody(c, start) {
  const text = c.text;
  if (!c.space() || c.name() === void 0) return void 0;
  const beforeId = c.i;
  let externalSubset;
  if (c.space()) {
    const id = externalId(c);
    if (id === null) return void 0;
    externalSubset = id;
  } else c.i = beforeId;
  c.space();
  const entities = [];
  let parameterReferences = false;
  if (c.eat("[")) {
    for (; ; ) {
      c.space();
      if (c.i >= text.length) return void 0;
      if (c.eat("]")) break;
      if (c.at("<!--")) {
        if (!c.skipPast("-->")) return void 0;
      } else if (c.at("<?")) {
        if (!c.skipPast("?>")) return void 0;
      } else if (c.eat("%")) {
        if (c.name() === void 0 || !c.eat(";")) return void 0;
        parameterReferences = true;
      } else if (c.at("<!ENTITY")) {
        const decl = entityDecl(c);
        if (!decl) return void 0;
        entities.push(decl);
      } else if (c.at("<!ELEMENT") || c.at("<!ATTLIST") || c.at("<!NOTATION")) {
        if (!c.skipDeclaration()) return void 0;
      } else return void 0;
    }
    c.space();
  }
  if (!c.eat(">")) return void 0;
  return { start, end: c.i, externalSubset, entities, parameterReferences };
}
function readDoctype(text) {
  const c = new Cursor(text, 0);
  for (; ; ) {
    c.space();
    if (c.at("<!--")) {
      if (!c.skipPast("-->")) break;
    } else if (c.at("<?")) {
      if (!c.skipPast("?>")) break;
    } else if (c.at("<!DOCTYPE")) {
      return doctypeAt(text, c.i);
    } else break;
  }
  return text.includes("<!DOCTYPE") ? "unreadable" : "none";
}
function blank(text, ranges) {
  if (ranges.length === 0) return text;
  const parts = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(last, start), spaces(text.slice(start, end)));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
function spaces(s) {
  return s.replace(/[^\r\n]/g, " ");
}

// src/parse/xml-entities.ts
var JDK_EXPANSION_LIMIT = 64e3;
var WOODSTOX_EXPANSION_LIMIT = 1e5;
var WOODSTOX_ENTITY_DEPTH_LIMIT = 500;
var JDK_TOTAL_SIZE_LIMIT = 5e7;
var EXPANSION_LIMIT = Math.max(JDK_EXPANSION_LIMIT, WOODSTOX_EXPANSION_LIMIT);
var CAP = 1e15;
var PREDEFINED = /* @__PURE__ */ new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);
var CHAR_REF2 = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;
var ANY_REF = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;#<>"'%]+);/g;
function charRef(hex2, dec, whole) {
  const cp = hex2 !== void 0 ? parseInt(hex2, 16) : parseInt(dec, 10);
  return isXmlChar(cp) ? String.fromCodePoint(cp) : whole;
}
function piecesOf(value) {
  const replacement = value.includes("&#") ? value.replace(CHAR_REF2, (whole, hex2, dec) => charRef(hex2, dec, whole)) : value;
  const pieces = [];
  let text = "";
  let last = 0;
  for (const m of replacement.matchAll(ANY_REF)) {
    const token2 = m[1];
    text += replacement.slice(last, m.index);
    last = m.index + m[0].length;
    if (token2.startsWith("#x")) text += charRef(token2.slice(2), void 0, m[0]);
    else if (token2.startsWith("#")) text += charRef(void 0, token2.slice(1), m[0]);
    else if (PREDEFINED.has(token2)) text += PREDEFINED.get(token2);
    else {
      if (text) pieces.push(text);
      text = "";
      pieces.push({ ref: token2 });
    }
  }
  text += replacement.slice(last);
  if (text) pieces.push(text);
  return pieces;
}
var HadoopEntityDecoder = class {
  constructor(entities = /* @__PURE__ */ new Map()) {
    this.entities = entities;
  }
  entities;
  base = new EntityDecoder();
  decode(text) {
    if (this.entities.size === 0 || !text.includes("&")) return this.base.decode(text);
    const out = [];
    let last = 0;
    for (const m of text.matchAll(ANY_REF)) {
      const entity = this.entities.get(m[1]);
      if (!entity || entity.decl.value === void 0) continue;
      out.push(this.base.decode(text.slice(last, m.index)));
      this.expand(entity, out);
      last = m.index + m[0].length;
    }
    out.push(this.base.decode(text.slice(last)));
    return out.join("");
  }
  /** Without recursion: the caller has checked there is no cycle and the result is within the limits. */
  expand(entity, out) {
    const stack = [{ pieces: entity.pieces, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next >= top.pieces.length) {
        stack.pop();
        continue;
      }
      const piece = top.pieces[top.next++];
      if (typeof piece === "string") out.push(piece);
      else {
        const inner = this.entities.get(piece.ref);
        if (!inner || inner.decl.value === void 0) out.push(`&${piece.ref};`);
        else stack.push({ pieces: inner.pieces, next: 0 });
      }
    }
  }
  reset() {
  }
  addInputEntities() {
  }
  setExternalEntities() {
  }
  setXmlVersion(version) {
    this.base.setXmlVersion(version);
  }
};
function cyclePath(stack, from) {
  const names = (a, b) => stack.slice(a, b).map((s) => s.name);
  const first = stack[from].name;
  if (stack.length - from <= 8) return [...names(from, stack.length), first];
  return [...names(from, from + 4), "...", ...names(stack.length - 3, stack.length), first];
}
function costs(entities, roots, complete) {
  const done = /* @__PURE__ */ new Map();
  const onPath = /* @__PURE__ */ new Map();
  const leaf = (name) => {
    const e = entities.get(name);
    if (!e) return { count: 0, length: name.length + 2, depth: 0, fault: complete ? { kind: "undeclared", name } : void 0 };
    if (e.decl.value === void 0) return { count: 0, length: 0, depth: 1, fault: void 0 };
    return done.get(name);
  };
  for (const root of roots) {
    if (leaf(root)) continue;
    const stack = [{ name: root, next: 0 }];
    onPath.set(root, 0);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const pieces = entities.get(top.name).pieces;
      let descended = false;
      while (top.next < pieces.length) {
        const piece = pieces[top.next];
        if (typeof piece === "string" || leaf(piece.ref) || onPath.has(piece.ref)) {
          top.next++;
          continue;
        }
        onPath.set(piece.ref, stack.length);
        stack.push({ name: piece.ref, next: 0 });
        descended = true;
        break;
      }
      if (descended) continue;
      let count = 0;
      let length = 0;
      let depth = 1;
      let fault;
      for (const piece of pieces) {
        if (typeof piece === "string") {
          length = Math.min(CAP, length + piece.length);
          continue;
        }
        const c = leaf(piece.ref);
        if (!c) {
          fault ??= { kind: "recursive", path: cyclePath(stack, onPath.get(piece.ref)) };
          continue;
        }
        count = Math.min(CAP, count + 1 + c.count);
        length = Math.min(CAP, length + c.length);
        depth = Math.max(depth, 1 + c.depth);
        fault ??= c.fault;
      }
      done.set(top.name, { count, length, depth, fault });
      onPath.delete(top.name);
      stack.pop();
    }
  }
  return done;
}
function analyseEntities(doctype, refs) {
  const entities = /* @__PURE__ */ new Map();
  for (const decl of doctype?.entities ?? []) {
    if (decl.parameter || entities.has(decl.name) || PREDEFINED.has(decl.name)) continue;
    entities.set(decl.name, { decl, pieces: decl.value === void 0 ? [] : piecesOf(decl.value) });
  }
  const complete = !doctype || doctype.externalSubset === void 0 && !doctype.parameterReferences;
  const used = refs.filter((r) => !PREDEFINED.has(r.name));
  const cost = costs(entities, new Set(used.map((r) => r.name)), complete);
  let total = 0;
  let length = 0;
  let limit;
  let deepest;
  let jdkOnly;
  for (const ref of used) {
    const entity = entities.get(ref.name);
    if (!entity) {
      if (complete) return { fault: { ref, fault: { kind: "undeclared", name: ref.name } }, limit: void 0, decoder: new HadoopEntityDecoder() };
      continue;
    }
    if (entity.decl.unparsed) continue;
    if (entity.decl.value === void 0) {
      total += 1;
      continue;
    }
    const c = cost.get(ref.name);
    if (c.fault) return { fault: { ref, fault: c.fault }, limit: void 0, decoder: new HadoopEntityDecoder() };
    total = Math.min(CAP, total + 1 + c.count);
    length = Math.min(CAP, length + c.length);
    if (!limit && total > EXPANSION_LIMIT) limit = { kind: "count", ref, total };
    if (!limit && length > JDK_TOTAL_SIZE_LIMIT) limit = { kind: "size", ref, total: length };
    if (!deepest && c.depth > WOODSTOX_ENTITY_DEPTH_LIMIT) deepest = { kind: "depth", ref, depth: c.depth };
    if (!jdkOnly && total > JDK_EXPANSION_LIMIT) jdkOnly = { kind: "jdk-count", ref, total };
  }
  return { fault: void 0, limit: limit ?? deepest ?? jdkOnly, decoder: new HadoopEntityDecoder(limit ? /* @__PURE__ */ new Map() : entities) };
}

// src/parse/hadoop-xml.ts
var XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";
var WOODSTOX_ELEMENT_DEPTH_LIMIT = 1e3;
var META = XMLParser.getMetaDataSymbol();
function newHadoopXmlParser(entities) {
  return new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: "#comment",
    // Numeric character references are decoded as Java's XML parser decodes them.
    entityDecoder: entities ?? new EntityDecoder()
  });
}
function tagOf(node) {
  for (const key of Object.keys(node)) if (key !== ":@") return key;
  return void 0;
}
function metaOf(node) {
  return node[META];
}
function textOf(children) {
  if (!Array.isArray(children)) return "";
  let out = "";
  for (const child of children) {
    const tag = tagOf(child);
    if (tag === "#text") out += String(child["#text"]);
    else if (tag === "#cdata") out += textOf(child["#cdata"]);
  }
  return out;
}
function contentSpan(src, node) {
  const meta = metaOf(node);
  if (!meta) return void 0;
  const open = src.text.indexOf(">", meta.startIndex);
  if (open < 0 || src.text[open - 1] === "/") return src.span(meta.startIndex, meta.endIndex);
  const close = src.text.lastIndexOf("</", meta.endIndex - 1);
  return src.span(open + 1, close > open ? close : open + 1);
}
function startTagSpan(src, node) {
  const meta = metaOf(node);
  if (!meta) return src.span(0);
  const open = src.text.indexOf(">", meta.startIndex);
  return src.span(meta.startIndex, open < 0 ? meta.endIndex : open + 1);
}
function problemAt(src, message, line, col) {
  const l = Math.min(Math.max(line ?? 1, 1), src.lineCount);
  const start = (src.lineStarts[l - 1] ?? 0) + Math.max((col ?? 1) - 1, 0);
  return { message, span: src.span(Math.min(start, src.text.length)) };
}
function validatorProblem(src, err) {
  const open = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (open) {
    try {
      const tags = JSON.parse(open[1]);
      const list = tags.map((t) => `<${t}>`).join(", ");
      return { message: `the file ends before <${tags[tags.length - 1]}> is closed (open elements: ${list})`, span: src.span(src.text.length) };
    } catch {
    }
  }
  return problemAt(src, err.msg.replace(/\.$/, ""), err.line, err.col);
}
function readProperty(src, node) {
  const attrs = node[":@"] ?? {};
  let name;
  let value;
  let final = attrs["@_final"]?.trim() === "true";
  const element = startTagSpan(src, node);
  if (attrs["@_name"] !== void 0) name = { value: attrs["@_name"].trim(), span: element };
  if (attrs["@_value"] !== void 0) value = { value: attrs["@_value"], span: element };
  const children = node["property"];
  if (Array.isArray(children)) {
    for (const child of children) {
      const tag = tagOf(child);
      if (tag === "name") {
        name = { value: textOf(child[tag]).trim(), span: contentSpan(src, child) ?? element };
      } else if (tag === "value") {
        value = { value: textOf(child[tag]), span: contentSpan(src, child) ?? element };
      } else if (tag === "final") {
        final = textOf(child[tag]).trim() === "true";
      }
    }
  }
  if (!name) return void 0;
  return { name, value, final, span: element };
}
function doubleHyphenInComment(text) {
  if (!text.includes("<!--")) return void 0;
  for (const c of xmlComments(text)) {
    const at2 = text.slice(c.bodyStart, c.bodyEnd).indexOf("--");
    if (at2 >= 0) return c.bodyStart + at2;
    if (c.bodyEnd > c.bodyStart && text[c.bodyEnd - 1] === "-") return c.bodyEnd - 1;
  }
  return void 0;
}
function externalEntitiesOf(src, doctype) {
  const found = (doctype?.entities ?? []).filter((e) => e.systemId !== void 0 && !e.unparsed).map((e) => ({ name: e.name, parameter: e.parameter, systemId: e.systemId, span: src.span(e.start, e.end) }));
  return found.length > 0 ? { externalEntities: found } : {};
}
function invalidCharRefIn(doctype, xml11) {
  for (const e of doctype?.entities ?? []) {
    const found = e.value !== void 0 && e.valueStart !== void 0 ? firstInvalidCharRef(e.value, e.valueStart, xml11) : void 0;
    if (found) return found;
  }
  return void 0;
}
function faultMessage(ref, fault) {
  if (fault.kind === "undeclared") {
    return fault.name === ref.name ? `the entity "${ref.name}" is referenced but not declared` : `&${ref.name}; refers to the entity "${fault.name}", which is not declared`;
  }
  const path = fault.path.join(" -> ");
  return fault.path[0] === ref.name ? `the entity "${ref.name}" refers to itself (${path})` : `&${ref.name}; expands an entity that refers to itself (${path})`;
}
function forFastXmlParser(text, scan) {
  if (scan.cuts.length === 0 && scan.renames.length === 0) return text;
  const edits = scan.renames.map((at2) => [at2, at2 + 1, "x"]);
  for (const [start, end] of scan.cuts) {
    if (end - start < 7) continue;
    const element = text.slice(start, end);
    const edges = element.slice(0, 4) + element.slice(-3);
    edits.push([start, end, /[\r\n]/.test(edges) ? spaces(element) : `<!--${spaces(element.slice(4, -3))}-->`]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let last = 0;
  for (const [start, end, replacement] of edits) {
    parts.push(text.slice(last, start), replacement);
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
function parseHadoopXml(src) {
  const text = src.text;
  if (text.trim() === "") return { properties: [], problem: problemAt(src, "the file is empty") };
  const doctype = readDoctype(text);
  if (typeof doctype === "object" && "offset" in doctype) {
    return { properties: [], problem: { message: doctype.message, span: src.span(doctype.offset) } };
  }
  const known = typeof doctype === "object" ? doctype : void 0;
  const external = externalEntitiesOf(src, known);
  const forParser = known ? blank(text, [[known.start, known.end]]) : text;
  const verdict = XMLValidator.validate(forParser, { allowBooleanAttributes: false });
  if (verdict !== true) {
    return { properties: [], problem: validatorProblem(src, verdict.err), ...external };
  }
  const xml11 = declaresXml11(text);
  const scan = scanBody(forParser, WOODSTOX_ELEMENT_DEPTH_LIMIT, xml11);
  const entities = doctype !== "unreadable" ? analyseEntities(known, scan.refs) : void 0;
  const hyphens = doubleHyphenInComment(text);
  const badRef = invalidCharRefIn(known, xml11) ?? scan.invalidCharRef;
  const stop = entities?.fault?.ref.start ?? (entities?.limit?.kind === "count" || entities?.limit?.kind === "size" ? entities.limit.ref.start : Infinity);
  if (badRef && badRef.start < (hyphens ?? Infinity) && badRef.start < stop) {
    return { properties: [], problem: { message: invalidCharRefMessage(badRef), span: src.span(badRef.start, badRef.end) }, ...external };
  }
  if (hyphens !== void 0) {
    return { properties: [], problem: { message: 'the string "--" is not permitted within comments', span: src.span(hyphens, hyphens + 2) }, ...external };
  }
  const tooDeep = scan.tooDeep ? { tooDeep: { element: scan.tooDeep.name, depth: scan.tooDeep.depth, span: src.span(scan.tooDeep.start, scan.tooDeep.end) } } : {};
  let decoder;
  let expansion = {};
  if (entities) {
    if (entities.fault) {
      const { ref, fault } = entities.fault;
      return { properties: [], problem: { message: faultMessage(ref, fault), span: src.span(ref.start, ref.end) }, ...external };
    }
    const limit = entities.limit;
    if (limit) {
      const amount = limit.kind === "depth" ? limit.depth : limit.total;
      expansion = { expansion: { kind: limit.kind, entity: limit.ref.name, amount, span: src.span(limit.ref.start, limit.ref.end) } };
      if (limit.kind === "count" || limit.kind === "size") return { properties: [], problem: void 0, ...external, ...expansion, ...tooDeep };
    }
    decoder = entities.decoder;
  }
  const extra = { ...external, ...expansion, ...tooDeep };
  let doc;
  try {
    doc = newHadoopXmlParser(decoder).parse(forFastXmlParser(forParser, scan));
  } catch (err) {
    const message = String(err.message);
    if (scan.root && message.startsWith("[SECURITY] Invalid name")) {
      return { properties: [], problem: { message: `the root element is <${scan.root.name}>, Hadoop reads only <configuration>`, span: src.span(scan.root.start, text.indexOf(">", scan.root.start) + 1) }, ...extra };
    }
    return { properties: [], problem: problemAt(src, message.replace(/\.$/, "")), ...extra };
  }
  const roots = doc.filter((n) => {
    const tag = tagOf(n);
    return tag !== void 0 && !tag.startsWith("?") && !tag.startsWith("#") && tag !== "!DOCTYPE";
  });
  if (roots.length !== 1) {
    const second = roots[1];
    const span = second ? startTagSpan(src, second) : src.span(0);
    return { properties: [], problem: { message: `the document has ${roots.length} root elements, XML allows one`, span }, ...extra };
  }
  const root = roots[0];
  const rootTag = tagOf(root);
  if (rootTag !== "configuration") {
    return { properties: [], problem: { message: `the root element is <${rootTag}>, Hadoop reads only <configuration>`, span: startTagSpan(src, root) }, ...extra };
  }
  const { properties: properties2, includes } = readChildren(src, root["configuration"], root[":@"] ?? {});
  return { properties: properties2, problem: void 0, ...extra, ...includes.length > 0 ? { includes } : {} };
}
function namespaceOf(tag, own, rootAttrs) {
  const colon = tag.indexOf(":");
  const attr = colon < 0 ? "@_xmlns" : `@_xmlns:${tag.slice(0, colon)}`;
  return own[attr] ?? rootAttrs[attr];
}
function isXInclude(tag, local, own, rootAttrs) {
  const colon = tag.indexOf(":");
  if ((colon < 0 ? tag : tag.slice(colon + 1)) !== local) return false;
  return namespaceOf(tag, own, rootAttrs) === XINCLUDE_NAMESPACE;
}
function readChildren(src, children, rootAttrs) {
  const properties2 = [];
  const includes = [];
  if (!Array.isArray(children)) return { properties: properties2, includes };
  for (const child of children) {
    const tag = tagOf(child);
    if (tag === "property") {
      const prop = readProperty(src, child);
      if (prop) properties2.push(prop);
    } else if (tag !== void 0 && isXInclude(tag, "include", child[":@"] ?? {}, rootAttrs)) {
      includes.push(readInclude(src, child, tag, rootAttrs, properties2.length));
    }
  }
  return { properties: properties2, includes };
}
function readInclude(src, node, tag, rootAttrs, at2) {
  const own = node[":@"] ?? {};
  const scope = { ...rootAttrs, ...own };
  let fallback;
  const children = node[tag];
  if (Array.isArray(children)) {
    for (const child of children) {
      const childTag = tagOf(child);
      if (fallback === void 0 && childTag !== void 0 && isXInclude(childTag, "fallback", child[":@"] ?? {}, scope)) {
        fallback = readChildren(src, child[childTag], scope);
      }
    }
  }
  return { href: own["@_href"], span: startTagSpan(src, node), at: at2, fallback };
}

// src/parse/line-files.ts
function parseMyid(src) {
  const m = /^[^\r\n]*/.exec(src.text);
  return { firstLine: { value: m[0], span: src.span(0, m[0].length) } };
}
function parseHostList(src) {
  const hosts = [];
  const re = /[^\s#]+|#[^\n]*/g;
  for (let m = re.exec(src.text); m; m = re.exec(src.text)) {
    if (m[0].startsWith("#")) continue;
    hosts.push({ value: m[0], span: src.span(m.index, m.index + m[0].length) });
  }
  return { hosts };
}
function parseTimeConfig(src, flavour) {
  const directives = [];
  src.text.split("\n").forEach((_, index) => {
    const start = src.lineStarts[index];
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, "");
    if (flavour === "ntp") {
      const hash = line.indexOf("#");
      if (hash >= 0) line = line.slice(0, hash);
    } else if (/^\s*[!;#%]/.test(line)) {
      return;
    }
    const words = [];
    const re = /\S+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: m[0], span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const [keyword, ...args] = words;
    if (keyword) {
      directives.push({
        keyword: flavour === "chrony" ? { value: keyword.value.toLowerCase(), span: keyword.span } : keyword,
        args
      });
    }
  });
  return { directives };
}

// src/parse/etc-hosts.ts
function parseEtcHosts(src) {
  const entries = [];
  for (let index = 0; index < src.lineStarts.length; index++) {
    const start = src.lineStarts[index];
    let line = src.text.slice(start, src.lineStarts[index + 1] ?? src.text.length).replace(/\r?\n$/, "");
    const hash = line.indexOf("#");
    if (hash >= 0) line = line.slice(0, hash);
    const words = [];
    const re = /[^ \t\r\f\v]+/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      words.push({ value: m[0], span: src.span(start + m.index, start + m.index + m[0].length) });
    }
    const [address, ...names] = words;
    if (!address || names.length === 0) continue;
    const last = names[names.length - 1];
    entries.push({ address, names, span: { ...address.span, endLine: last.span.endLine, endColumn: last.span.endColumn } });
  }
  return { entries };
}

// src/parse/suppressions.ts
var NEXT_LINE_DIRECTIVE = "hacheck-disable-next-line";
var FILE_DIRECTIVE = "hacheck-disable-file";
var DIRECTIVE_START = /^\s*(hacheck-\S*)/;
var REASON_SEPARATOR = /\s-+(?=\s|$)/;
function parseIds(src, text, offset) {
  if (text.trim() === "") return [];
  const ids = [];
  let at2 = 0;
  for (const piece of text.split(",")) {
    const lead = piece.length - piece.trimStart().length;
    const id = piece.trim();
    if (id === "") return `a rule id is empty in ${quote(text.trim())}`;
    if (/\s/.test(id)) return `rule ids are separated by commas, not spaces: ${quote(id)}`;
    const start = offset + at2 + lead;
    ids.push({ value: id, span: src.span(start, start + id.length) });
    at2 += piece.length + 1;
  }
  return ids;
}
function parseDirective(src, c, syntax) {
  const body = src.text.slice(c.bodyStart, c.bodyEnd);
  const m = DIRECTIVE_START.exec(body);
  if (!m) return void 0;
  const span = src.span(c.start, c.end);
  const word = m[1];
  if (word !== NEXT_LINE_DIRECTIVE && word !== FILE_DIRECTIVE) {
    return { kind: "malformed", problem: `${quote(word)} is not a directive; use ${NEXT_LINE_DIRECTIVE} or ${FILE_DIRECTIVE}`, span };
  }
  if (syntax === "xml" && (body.includes("--") || body.endsWith("-"))) {
    return void 0;
  }
  const restOffset = c.bodyStart + m[0].length;
  const rest = body.slice(m[0].length);
  const sep5 = REASON_SEPARATOR.exec(rest);
  const idsText = sep5 ? rest.slice(0, sep5.index) : rest;
  const reason = sep5 ? rest.slice(sep5.index + sep5[0].length).trim() || void 0 : void 0;
  const ruleIds = parseIds(src, idsText, restOffset);
  if (typeof ruleIds === "string") return { kind: "malformed", problem: ruleIds, span };
  if (word === FILE_DIRECTIVE) return { kind: "file", ruleIds, reason, span };
  return { kind: "next-line", ruleIds, reason, span, line: span.endLine + 1 };
}
function scanSuppressions(src, syntax) {
  if (!src.text.includes("hacheck-")) return [];
  const out = [];
  for (const c of comments(src.text, syntax)) {
    const directive = parseDirective(src, c, syntax);
    if (directive) out.push(directive);
  }
  return out;
}

// src/text/source-text.ts
var SourceText = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }
  path;
  text;
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  span(start, end = start) {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** Span of a whole 1-based line, without its line break. */
  lineSpan(line) {
    const start = this.lineStarts[line - 1] ?? 0;
    let end = this.lineStarts[line] ?? this.text.length;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.span(start, end);
  }
};
function decodeUtf8(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function decodeLatin1(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

// src/text/decode-xml.ts
import { isUtf8 as isUtf83 } from "node:buffer";
var LATIN1 = /* @__PURE__ */ new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "iso8859_1", "iso_8859_1", "8859_1", "latin1", "l1", "cp819", "ibm819"]);
var ASCII = /* @__PURE__ */ new Set(["us-ascii", "ascii", "iso646-us"]);
function declaredEncoding(bytes) {
  const head = decodeLatin1(bytes.subarray(0, 256));
  const m = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
  return m?.[2].toLowerCase();
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n;
    let min;
    if (b < 128) {
      i++;
      continue;
    }
    if (b >= 194 && b <= 223) {
      n = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      n = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      n = 3;
      min = 65536;
    } else return i;
    let cp = b & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += n + 1;
  }
  return i;
}
function hex(b) {
  return `0x${b.toString(16).toUpperCase().padStart(2, "0")}`;
}
function decodeXml(bytes) {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 255 && b1 === 254 || b0 === 60 && b1 === 0 && b2 === 63 && b3 === 0) {
    return { text: stripBom(new TextDecoder("utf-16le").decode(bytes)) };
  }
  if (b0 === 254 && b1 === 255 || b0 === 0 && b1 === 60 && b2 === 0 && b3 === 63) {
    return { text: stripBom(new TextDecoder("utf-16be").decode(bytes)) };
  }
  const utf8Bom = b0 === 239 && b1 === 187 && b2 === 191;
  const declared = utf8Bom ? void 0 : declaredEncoding(bytes);
  if (declared && LATIN1.has(declared)) return { text: decodeLatin1(bytes) };
  if (declared && ASCII.has(declared)) {
    const bad2 = bytes.findIndex((b) => b > 127);
    const text2 = decodeLatin1(bytes);
    return bad2 < 0 ? { text: text2 } : { text: text2, problem: { message: `byte ${hex(bytes[bad2])} is not ASCII, the encoding the file declares`, offset: bad2 } };
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
    }
  }
  const text = decodeUtf8(bytes);
  if (isUtf83(bytes)) return { text };
  const bad = firstInvalidUtf8(bytes);
  const offset = decodeUtf8(bytes.subarray(0, bad)).length;
  return { text, problem: { message: `byte ${hex(bytes[bad])} is not valid UTF-8${declared ? "" : " (the file declares no other encoding)"}`, offset } };
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/model/xinclude.ts
import { createHash as createHash2 } from "node:crypto";
import { realpathSync as realpathSync3 } from "node:fs";
import { join as join4, posix } from "node:path";
var MAX_INCLUDE_DEPTH = 8;
var MAX_INCLUDES = 64;
var SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
function locate2(href, from, ctx) {
  if (SCHEME.test(href)) return { kind: "outside", why: "url" };
  if (href.startsWith("/") || href.startsWith("\\")) return { kind: "outside", why: "absolute" };
  const path = posix.normalize(posix.join(posix.dirname(from), href));
  if (path === ".." || path.startsWith("../")) return { kind: "outside", why: "parent" };
  let real;
  try {
    real = realpathSync3(join4(ctx.realRoot, path));
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return leavesThroughLink(path, ctx) ? { kind: "outside", why: "link" } : { kind: "missing", path };
    return { kind: "unreadable", path, reason: code === "ELOOP" ? "a symbolic link loop" : readFailure(err) };
  }
  if (!insideTree(ctx.realRoot, real)) return { kind: "outside", why: "link" };
  return { kind: "found", path, real };
}
function leavesThroughLink(path, ctx) {
  for (let dir = posix.dirname(path); dir !== "."; dir = posix.dirname(dir)) {
    try {
      return !insideTree(ctx.realRoot, realpathSync3(join4(ctx.realRoot, dir)));
    } catch {
    }
  }
  return false;
}
function readIncluded(path, real, state) {
  const read = readRegularFile(real, state.ctx.maxFileSize);
  if (!read.ok) {
    const reason = read.tooLarge ? `larger than the limit of ${state.ctx.maxFileSize} bytes` : read.reason;
    return { outcome: { kind: "unreadable", path, reason } };
  }
  const decoded = decodeXml(read.bytes);
  if (decoded.text.includes("\0")) return { outcome: { kind: "unreadable", path, reason: "a binary file (it holds NUL bytes)" } };
  const src = new SourceText(path, decoded.text);
  state.files.set(path, { path, lineCount: src.lineCount });
  state.digest.update(path).update("\0").update(read.bytes).update("\0");
  if (decoded.problem) {
    const { offset, message } = decoded.problem;
    return { outcome: { kind: "invalid", path, problem: { message, span: src.span(offset, offset + 1) } } };
  }
  const xml = parseHadoopXml(src);
  if (xml.problem) return { outcome: { kind: "invalid", path, problem: xml.problem } };
  return { xml };
}
function follow(include, here, state) {
  const record = (outcome) => {
    state.includes.push({ href: include.href, span: include.span, outcome });
    state.digest.update(JSON.stringify(outcome));
  };
  const limit = (what, at2) => {
    if (!state.limited.has(what)) record({ kind: "limit", what, limit: at2 });
    state.limited.add(what);
    return [];
  };
  if (here.depth >= MAX_INCLUDE_DEPTH) return limit("depth", MAX_INCLUDE_DEPTH);
  if (++state.count > MAX_INCLUDES) return limit("count", MAX_INCLUDES);
  const target = locate2(include.href, here.path, state.ctx);
  if (target.kind === "missing" && include.fallback) {
    record({ kind: "fallback", path: target.path });
    return expand2(include.fallback.properties, include.fallback.includes, { ...here, depth: here.depth + 1 }, state);
  }
  if (target.kind !== "found") return record(target), [];
  if (here.chain.includes(target.real)) return record({ kind: "cycle", chain: [...here.paths, target.path] }), [];
  let read = state.read.get(target.real);
  if (!read) state.read.set(target.real, read = readIncluded(target.path, target.real, state));
  if ("outcome" in read) return record(read.outcome), [];
  record({ kind: "included", path: target.path });
  const inner = { path: target.path, chain: [...here.chain, target.real], paths: [...here.paths, target.path], depth: here.depth + 1 };
  return expand2(read.xml.properties, read.xml.includes ?? [], inner, state);
}
function expand2(properties2, includes, here, state) {
  const out = [];
  let next = 0;
  for (const include of includes) {
    while (next < include.at) out.push(properties2[next++]);
    if (include.href !== void 0) out.push(...follow({ ...include, href: include.href }, here, state));
  }
  while (next < properties2.length) out.push(properties2[next++]);
  return out;
}
function followIncludes(xml, path, real, ctx) {
  const state = { ctx, includes: [], files: /* @__PURE__ */ new Map(), digest: createHash2("sha1"), count: 0, limited: /* @__PURE__ */ new Set(), read: /* @__PURE__ */ new Map() };
  const properties2 = expand2(xml.properties, xml.includes ?? [], { path, chain: [real], paths: [path], depth: 0 }, state);
  return { properties: properties2, result: { includes: state.includes, files: [...state.files.values()] }, digest: state.digest.digest("hex") };
}

// src/discovery/host-lists.ts
var OTHER_PRODUCT_FOLDER = /^(?:spark|flink|storm)(?:[-_.].*)?$/i;
var ANSIBLE_VARIABLES = /* @__PURE__ */ new Set(["group_vars", "host_vars"]);
function notHadoopHostList(path, list) {
  const folders = path.split("/").slice(0, -1);
  const product = folders.find((f) => OTHER_PRODUCT_FOLDER.test(f) || ANSIBLE_VARIABLES.has(f));
  if (product !== void 0) return `in ${product}/, another product's`;
  if (list.hosts.some((h) => h.value.endsWith(":") || h.value.includes("=") || h.value === "-" || /^[[{]/.test(h.value))) return "not one host per line";
  return void 0;
}

// src/model/load.ts
function contentHash(kind, bytes) {
  return createHash3("sha1").update(kind).update("\0").update(bytes).digest("hex");
}
var COMMENT_SYNTAX = {
  "core-site.xml": "xml",
  "hdfs-site.xml": "xml",
  "yarn-site.xml": "xml",
  "mapred-site.xml": "xml",
  "zoo.cfg": "properties",
  "zoo.cfg.dynamic": "properties",
  myid: void 0,
  slaves: "hash",
  workers: "hash",
  "ntp.conf": "hash",
  "chrony.conf": "chrony",
  "hbase-site.xml": "xml",
  "server.properties": "properties",
  hosts: "hash"
};
var XML_KINDS = /* @__PURE__ */ new Set(["core-site.xml", "hdfs-site.xml", "yarn-site.xml", "mapred-site.xml", "hbase-site.xml"]);
function decode(kind, bytes) {
  if (XML_KINDS.has(kind)) return decodeXml(bytes);
  if (kind === "zoo.cfg" || kind === "zoo.cfg.dynamic" || kind === "server.properties") return { text: decodeLatin1(bytes) };
  if (kind === "myid") return { text: bytes.toString("utf8") };
  return { text: decodeUtf8(bytes) };
}
function binaryAt(path, kind, text, size) {
  const at2 = text.indexOf("\0");
  if (at2 < 0) return void 0;
  const src = new SourceText(path, text);
  return { path, kind, host: void 0, reason: "binary", size, span: src.span(at2, at2 + 1), lineCount: src.lineCount };
}
function parseFile(path, kind, decoded, host, hash) {
  const src = new SourceText(path, decoded.text);
  const syntax = COMMENT_SYNTAX[kind];
  const suppressions = syntax ? scanSuppressions(src, syntax) : [];
  const base = { path, host, hash, lineCount: src.lineCount, start: src.span(0), suppressions };
  if (decoded.problem) {
    const { offset, message } = decoded.problem;
    return { ...base, kind, xml: { properties: [], problem: { message, span: src.span(offset, offset + 1) } } };
  }
  switch (kind) {
    case "core-site.xml":
    case "hdfs-site.xml":
    case "yarn-site.xml":
    case "mapred-site.xml":
    case "hbase-site.xml":
      return { ...base, kind, xml: parseHadoopXml(src) };
    case "zoo.cfg":
    case "zoo.cfg.dynamic":
      return { ...base, kind, zoo: parseZooCfg(src) };
    case "myid":
      return { ...base, kind, myid: parseMyid(src) };
    case "slaves":
    case "workers":
      return { ...base, kind, list: parseHostList(src) };
    case "ntp.conf":
      return { ...base, kind, time: parseTimeConfig(src, "ntp") };
    case "chrony.conf":
      return { ...base, kind, time: parseTimeConfig(src, "chrony") };
    case "server.properties":
      return { ...base, kind, kafka: parseKafkaProperties(src) };
    case "hosts":
      return { ...base, kind, etcHosts: parseEtcHosts(src) };
  }
}
function setAsideByContent(f, text, file) {
  if (holdsTemplateSyntax(text)) return "template";
  if (f.check === "kafka-broker" && file.kind === "server.properties" && !isBrokerConfig(file.kafka)) return "not a broker configuration";
  if (f.check === "zookeeper-server" && file.kind === "zoo.cfg" && !isZookeeperServerConfig(file.zoo)) return "not a ZooKeeper server configuration";
  return void 0;
}
function isOutcomeSetAside(o) {
  return "setAside" in o;
}
function withIncludes(file, real, ctx) {
  if (!("xml" in file) || !file.xml.includes) return file;
  const { properties: properties2, result, digest } = followIncludes(file.xml, file.path, real, ctx);
  const hash = createHash3("sha1").update(file.hash).update("\0").update(digest).digest("hex");
  return { ...file, hash, xml: { ...file.xml, properties: properties2 }, xinclude: result };
}
function shareable(file) {
  return !("xinclude" in file && file.xinclude);
}
async function loadFiles(found, options) {
  const files = [];
  const failures = [];
  const unchecked = [];
  const parseFailures = [];
  const setAside = [];
  const seen = /* @__PURE__ */ new Map();
  const ctx = { realRoot: options.realRoot, maxFileSize: options.maxFileSize };
  const bySource = /* @__PURE__ */ new Map();
  const distributionFolders = kafkaDistributionFolders(found.map((f) => f.path));
  const keep = (f, outcome) => {
    const notHostList = !isOutcomeSetAside(outcome) && (outcome.kind === "workers" || outcome.kind === "slaves") ? notHadoopHostList(f.path, outcome.list) : void 0;
    if (isOutcomeSetAside(outcome)) setAside.push({ path: f.path, reason: outcome.setAside });
    else if (outcome.kind === "zoo.cfg" && isStockSample(baseName(f.path), outcome.zoo)) setAside.push({ path: f.path, reason: "stock sample" });
    else if (outcome.kind === "server.properties" && isStockKafkaSample(f.path, outcome.kafka, distributionFolders)) setAside.push({ path: f.path, reason: "stock sample" });
    else if (notHostList !== void 0) setAside.push({ path: f.path, reason: `not a Hadoop host list: ${notHostList}` });
    else files.push(outcome.path === f.path ? outcome : copyAt(outcome, f.path));
  };
  for (const f of found) {
    const known = bySource.get(f.source);
    if (known && (isOutcomeSetAside(known) || known.kind === f.kind)) {
      keep(f, known);
      continue;
    }
    const read = readRegularFile(f.source, options.maxFileSize);
    if (!read.ok) {
      if (f.broadName) setAside.push({ path: f.path, reason: read.tooLarge ? "too large" : `cannot be read: ${read.reason}` });
      else if (read.tooLarge) {
        const start = { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
        unchecked.push({ path: f.path, kind: f.kind, host: void 0, reason: "too-large", size: read.size, span: start, lineCount: 1 });
      } else {
        failures.push({ path: f.path, reason: read.reason });
      }
      continue;
    }
    const bytes = read.bytes;
    const key = `${f.kind}\0${f.check ?? ""}\0${bytes.length}`;
    let bucket = seen.get(key);
    if (!bucket) seen.set(key, bucket = { entries: [], byHash: void 0 });
    let hash;
    let original;
    if (bucket.byHash) {
      hash = contentHash(f.kind, bytes);
      original = bucket.byHash.get(hash);
    } else {
      original = bucket.entries.find((e) => e.bytes.equals(bytes))?.file;
    }
    if (original) {
      keep(f, original);
      bySource.set(f.source, original);
      continue;
    }
    const decoded = decode(f.kind, bytes);
    const binary = binaryAt(f.path, f.kind, decoded.text, bytes.length);
    if (binary) {
      if (f.broadName) setAside.push({ path: f.path, reason: "binary" });
      else unchecked.push(binary);
      continue;
    }
    hash ??= contentHash(f.kind, bytes);
    let parsed;
    try {
      parsed = parseFile(f.path, f.kind, decoded, void 0, hash);
    } catch (thrown) {
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    const reason = setAsideByContent(f, decoded.text, parsed);
    let outcome;
    try {
      outcome = reason ? { setAside: reason } : withIncludes(parsed, f.source, ctx);
    } catch (thrown) {
      parseFailures.push({ path: f.path, thrown });
      continue;
    }
    keep(f, outcome);
    if (!isOutcomeSetAside(outcome) && !shareable(outcome)) continue;
    bySource.set(f.source, outcome);
    if (bucket.byHash) bucket.byHash.set(hash, outcome);
    else {
      bucket.entries.push({ bytes, file: outcome });
      if (bucket.entries.length > 8) bucket.byHash = new Map(bucket.entries.map((e) => [contentHash(f.kind, e.bytes), e.file]));
    }
  }
  return { files, failures, unchecked, parseFailures, setAside };
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/model/host-folders.ts
function hostOfAddress2(files, names) {
  const found = /* @__PURE__ */ new Map();
  const hashes = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.kind !== "hosts" || !/^.+\/etc\/hosts$/.test(f.path) || hashes.has(f.hash)) continue;
    hashes.add(f.hash);
    const original = originalOf(f);
    if (original.kind !== "hosts") continue;
    for (const e of original.etcHosts.entries) {
      const address = e.address.value.toLowerCase();
      if (!isIpAddress(address)) continue;
      const key = e.names.map((n) => hostKey(n.value)).find((k) => names.has(k));
      if (key === void 0) continue;
      const seen = found.get(address);
      if (seen === void 0) found.set(address, key);
      else if (seen !== key) found.set(address, null);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [address, key] of found) if (key !== null) out.set(address, key);
  return out;
}
function isReleaseFolder(name) {
  return /\.\d+$/.test(name) && !isIpAddress(name);
}
var SNAPSHOT_ROOTS = /* @__PURE__ */ new Set(["etc", "opt", "usr", "var", "srv", "home", "data", "app", "apps"]);
function unmatchedHostFolders(paths, hostFolders, isReleaseFolder2) {
  if (hostFolders.size === 0) return [];
  const out = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const [top, second, ...rest] = path.split("/");
    if (rest.length === 0 || hostFolders.has(top) || isReleaseFolder2(top) || !SNAPSHOT_ROOTS.has(second)) continue;
    out.add(top);
  }
  return [...out].sort();
}

// src/model/competing-copies.ts
import { posix as posix2 } from "node:path";
var ONE_PER_HOST = /* @__PURE__ */ new Set([
  "zoo.cfg",
  "core-site.xml",
  "hdfs-site.xml",
  "yarn-site.xml",
  "mapred-site.xml",
  "hbase-site.xml",
  "slaves",
  "workers",
  "ntp.conf",
  "chrony.conf"
]);
function separateInstances(a, b) {
  if (a.kind !== "zoo.cfg" || b.kind !== "zoo.cfg") return false;
  const differ = (key) => zooValue(a.zoo, key)?.value.value !== zooValue(b.zoo, key)?.value.value;
  return differ("dataDir") || differ("clientPort") || differ("secureClientPort") || wildcardServers(a) !== wildcardServers(b);
}
function sameHosts(a, b) {
  if (a.kind !== "workers" && a.kind !== "slaves" || b.kind !== "workers" && b.kind !== "slaves") return false;
  return a.list.hosts.map((h) => h.value).join("\n") === b.list.hosts.map((h) => h.value).join("\n");
}
function wildcardServers(f) {
  return f.zoo.servers.filter((s) => s.addresses.some((a) => isWildcard(a.host.value))).map((s) => s.id.value).join(",");
}
function competingCopies(files, used, host) {
  const out = [];
  for (const f of files) {
    const winner = used[f.kind];
    if (!winner || winner === f || !ONE_PER_HOST.has(f.kind) || winner.hash === f.hash) continue;
    if (posix2.basename(f.path) !== posix2.basename(winner.path) || separateInstances(f, winner) || sameHosts(f, winner)) continue;
    out.push({ file: f, used: winner, host });
  }
  return out;
}

// src/discovery/plan.ts
function notUsed(path, reason) {
  return { path, verdict: { used: false, reason } };
}

// src/discovery/plan-of.ts
function strayMyids(parts) {
  const verdicts = /* @__PURE__ */ new Map();
  for (const host of parts.hosts) {
    const { folder, zoo } = host;
    if (!folder || !zoo || host.strayMyids.length === 0) continue;
    const others = parts.files.filter((f) => f.kind === "zoo.cfg" && f.host === host.name && f !== zoo);
    const dataDir = zooValue(zoo.zoo, "dataDir")?.value.value;
    for (const stray of host.strayMyids) {
      if (others.some((f) => f.kind === "zoo.cfg" && isExpectedMyid(stray.path, folder, f))) continue;
      verdicts.set(stray.path, { used: false, reason: "not in dataDir", kind: "myid", host: host.name, dataDir });
    }
  }
  return verdicts;
}
function planOf(parts) {
  const strays = strayMyids(parts);
  const losers = new Map(parts.competing.map((c) => [c.file.path, c.used.path]));
  const candidates = [
    ...parts.files.map((f) => {
      const lost = losers.get(f.path);
      if (lost !== void 0) return notUsed(f.path, `another copy is used: ${lost}`);
      return { path: f.path, verdict: strays.get(f.path) ?? { used: true, kind: f.kind, host: f.host } };
    }),
    ...parts.setAside.map((s) => notUsed(s.path, s.reason)),
    ...parts.unreadable.map((u) => notUsed(u.path, `cannot be read: ${u.reason}`)),
    ...parts.unchecked.map((u) => notUsed(u.path, u.reason === "too-large" ? "too large" : "binary")),
    ...parts.parseFailures.map((p) => notUsed(p.path, "parser failure"))
  ];
  const hostFolders = parts.hosts.flatMap((h) => h.folder !== void 0 && h.folderMatch !== void 0 ? [{ folder: h.folder, host: h.name, match: h.folderMatch }] : []);
  return {
    candidates: candidates.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    hostFolders: hostFolders.sort((a, b) => a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)
  };
}

// src/discovery/setup-identity.ts
var HDFS_ADDRESS = /^(?:dfs\.namenode\.(?:rpc|servicerpc)-address(?:\..+)?|dfs\.namenode\.shared\.edits\.dir(?:\..+)?|ha\.zookeeper\.quorum(?:\..+)?|fs\.defaultFS|fs\.default\.name)$/;
var YARN_ADDRESS = /^(?:yarn\.resourcemanager\.(?:hostname|address|resource-tracker\.address)(?:\..+)?|yarn\.resourcemanager\.zk-address|hadoop\.zk\.address|mapreduce\.jobhistory\.address)$/;
var HBASE_ADDRESS = /^(?:hbase\.zookeeper\.quorum|hbase\.rootdir)$/;
function setupIdentity(f) {
  switch (f.kind) {
    case "zoo.cfg":
    case "zoo.cfg.dynamic": {
      const servers = f.zoo.servers.flatMap((s) => s.addresses.filter((a) => !isWildcard(a.host.value)).map((a) => `${a.host.value}:${a.quorumPort?.value ?? ""}`));
      if (servers.length > 0) return identity("zookeeper", servers);
      if (f.kind === "zoo.cfg.dynamic" || zooValue(f.zoo, "dynamicConfigFile") !== void 0) return void 0;
      return identity("zookeeper", [`standalone:${f.hash}`]);
    }
    case "core-site.xml":
    case "hdfs-site.xml":
      return xmlIdentity(f, "hdfs", HDFS_ADDRESS);
    case "yarn-site.xml":
    case "mapred-site.xml":
      return xmlIdentity(f, "yarn", YARN_ADDRESS);
    case "hbase-site.xml":
      return xmlIdentity(f, "hbase", HBASE_ADDRESS);
    case "server.properties": {
      const connect = kafkaValue(f.kafka, "zookeeper.connect")?.value.value;
      const voters = kafkaValue(f.kafka, "controller.quorum.voters")?.value.value;
      const tokens = [...connect ? zookeeperConnectTokens(connect) : [], ...voters ? voters.split(",").map((v) => v.trim().replace(/^\d+@/, "")) : []];
      return identity("kafka", tokens);
    }
    default:
      return void 0;
  }
}
function zookeeperConnectTokens(value) {
  const slash = value.indexOf("/");
  const chroot = slash >= 0 ? value.slice(slash) : "";
  const hosts = slash >= 0 ? value.slice(0, slash) : value;
  return hosts.split(",").map((h) => `${h.trim()}${chroot}`);
}
function xmlIdentity(f, family, keys) {
  if (!("xml" in f)) return void 0;
  const tokens = [];
  for (const p of f.xml.properties) {
    if (!keys.test(p.name.value)) continue;
    const value = p.value?.value.trim() ?? "";
    tokens.push(...addressesIn(value));
  }
  return identity(family, tokens);
}
function addressesIn(value) {
  const body = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0] ?? "";
  return body.split(/[;,]/).map((a) => a.trim()).filter((a) => a !== "" && !/[${}@\s]/.test(a) && (a.includes(":") || !value.includes("://")));
}
function identity(family, tokens) {
  const kept = [...new Set(tokens.map((t) => t.toLowerCase()).filter((t) => !isWildcard(t.replace(/:[^:]*$/, ""))))];
  return kept.length > 0 ? { family, tokens: kept } : void 0;
}

// src/discovery/clusters.ts
function partitionClusters(files, configuredFolders = []) {
  const identities = /* @__PURE__ */ new Map();
  const identityOf = (f) => {
    if (!identities.has(f.hash)) identities.set(f.hash, setupIdentity(originalOf(f)));
    return identities.get(f.hash);
  };
  const parts = split("", [...files], { identityOf, configured: new Set(configuredFolders) });
  return { parts, partOf: (path) => partOf(parts, path) };
}
function join5(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
function split(dir, files, ctx, named = dir) {
  const whole = { name: named === "" ? "." : named, root: dir, units: [{ path: dir, directOnly: false }] };
  if (files.length === 0) return [whole];
  const byUnit = /* @__PURE__ */ new Map();
  for (const f of files) {
    const rest = dir === "" ? f.path : f.path.slice(dir.length + 1);
    const slash = rest.indexOf("/");
    const key = slash < 0 ? "" : rest.slice(0, slash);
    const list = byUnit.get(key);
    if (list) list.push(f);
    else byUnit.set(key, [f]);
  }
  const names = namedHosts(files);
  const byAddress = hostOfAddress2(files, names);
  const isHostName = (name, path) => ctx.configured.has(path) || !isReleaseFolder(name) && (names.has(hostKey(name)) || byAddress.has(name.toLowerCase()));
  if (byUnit.size === 1 && !byUnit.has("")) {
    const child = [...byUnit.keys()][0];
    return isHostName(child, join5(dir, child)) ? [whole] : split(join5(dir, child), files, ctx, named);
  }
  const units = [...byUnit.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([key, unitFiles]) => unitFacts(dir, key, unitFiles, isHostName, ctx));
  const pairs = competingPairs(units);
  if (pairs.length === 0) return [whole];
  const groups = groupsOf(units, pairs, namedBy);
  const namedAfterFolder = groups.filter((g) => g.length > 1).length === 1;
  return groups.flatMap((group) => {
    if (group.length === 1) {
      const u = group[0];
      return !u.unit.directOnly && !u.isHost ? split(u.unit.path, u.files, ctx) : [partOfUnits(dir, [u.unit], false)];
    }
    return [partOfUnits(dir, group.map((u) => u.unit), namedAfterFolder)];
  });
}
function unitFacts(dir, key, files, isHostName, ctx) {
  const path = key === "" ? dir : join5(dir, key);
  const isHost = key !== "" && isHostName(key, path);
  const identities = /* @__PURE__ */ new Map();
  for (const f of files) {
    const id = ctx.identityOf(f);
    if (!id) continue;
    const set = identities.get(id.family) ?? /* @__PURE__ */ new Set();
    for (const t of id.tokens) set.add(t);
    identities.set(id.family, set);
  }
  const hostFolders = /* @__PURE__ */ new Set();
  if (key !== "" && !isHost) {
    for (const f of files) {
      const segments3 = f.path.slice(path.length + 1).split("/").slice(0, -1);
      let at2 = path;
      for (const s of segments3) {
        at2 = join5(at2, s);
        if (isHostName(s, at2)) {
          hostFolders.add(hostKey(s));
          break;
        }
      }
    }
  }
  return { unit: { path, directOnly: key === "" }, files, isHost, identities, hostFolders };
}
function namedBy(u) {
  const own = u.isHost ? [hostKey(u.unit.path.slice(u.unit.path.lastIndexOf("/") + 1))] : [];
  return /* @__PURE__ */ new Set([...namedHosts(u.files).keys(), ...u.hostFolders, ...own]);
}
function competingPairs(units) {
  const pairs = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i].isHost) continue;
    for (let j = 0; j < units.length; j++) {
      if (j === i || !units[j].isHost && j < i) continue;
      if (compete(units[i], units[j])) pairs.push(i < j ? [i, j] : [j, i]);
    }
  }
  return pairs;
}
function compete(a, b) {
  if (a.isHost && b.isHost) return false;
  for (const [family, tokens] of a.identities) {
    const other = b.identities.get(family);
    if (other && !intersects(tokens, other)) return true;
  }
  return !a.isHost && !b.isHost && intersects(a.hostFolders, b.hostFolders);
}
function intersects(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
function groupsOf(units, pairs, namedOf) {
  const against = new Set(pairs.map(([i, j]) => `${i},${j}`));
  const named = units.map(namedOf);
  const parent = units.map((_, i) => i);
  const find = (i) => parent[i] === i ? i : parent[i] = find(parent[i]);
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (!against.has(`${i},${j}`) && intersects(named[i], named[j])) parent[find(j)] = find(i);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (let i = 0; i < units.length; i++) {
    const root = find(i);
    groups.set(root, [...groups.get(root) ?? [], i]);
  }
  return [...groups.values()].flatMap((g) => {
    const mixed = pairs.some(([i, j]) => g.includes(i) && g.includes(j));
    return mixed ? g.map((i) => [units[i]]) : [g.map((i) => units[i])];
  });
}
function partOfUnits(dir, units, namedAfterFolder) {
  const name = namedAfterFolder ? dir || "." : units.map((u) => u.directOnly ? `${u.path || "."}/*` : u.path).join(" + ");
  const single = units.length === 1 && !units[0].directOnly;
  return { name, root: single ? units[0].path : dir, units };
}
function partOf(parts, path) {
  const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const index = parts.findIndex(
    (p) => p.units.some((u) => u.directOnly ? parent === u.path : u.path === "" || path === u.path || path.startsWith(`${u.path}/`))
  );
  return index < 0 ? 0 : index;
}

// src/model/merge-clusters.ts
function mergeClusters(parts) {
  if (parts.length === 1) return parts[0];
  const all = (pick) => parts.flatMap(pick);
  const candidates = parts.flatMap(
    (c) => c.plan.candidates.map((f) => f.verdict.used ? { path: f.path, verdict: { ...f.verdict, cluster: c.name } } : f)
  );
  const first = parts[0];
  return {
    name: ".",
    files: all((c) => c.files).sort(byPath),
    distinctFiles: all((c) => c.distinctFiles),
    hosts: all((c) => c.hosts),
    confs: all((c) => c.confs),
    yarnConfs: all((c) => c.yarnConfs),
    zooConfigs: all((c) => c.zooConfigs),
    hbaseConfs: all((c) => c.hbaseConfs),
    hadoopVersion: first.hadoopVersion,
    zookeeperVersion: first.zookeeperVersion,
    workers: first.workers,
    hasHostFolders: parts.some((c) => c.hasHostFolders),
    unmatchedFolders: all((c) => c.unmatchedFolders).sort(),
    unreadable: all((c) => c.unreadable).sort(byPath),
    unchecked: all((c) => c.unchecked).sort(byPath),
    parseFailures: all((c) => c.parseFailures),
    competingCopies: all((c) => c.competingCopies),
    maxFileSize: first.maxFileSize,
    skipped: all((c) => c.skipped).sort(byPath),
    plan: {
      candidates: candidates.sort(byPath),
      hostFolders: parts.flatMap((c) => c.plan.hostFolders.map((h) => ({ ...h, cluster: c.name }))).sort((a, b) => a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0)
    },
    clusterNames: parts.map((c) => c.name)
  };
}

// src/discovery/kraft-samples.ts
var KRAFT_FILE = /^(.*\/)?kraft\/[^/]+\.properties$/;
function isZookeeperModeBroker(f) {
  return f.kind === "server.properties" && kafkaValue(f.kafka, "zookeeper.connect") !== void 0 && kafkaValue(f.kafka, "process.roles") === void 0;
}
function isLocalKraftSample(f) {
  if (f.kind !== "server.properties" || kafkaValue(f.kafka, "process.roles") === void 0) return false;
  const controllers = kafkaValue(f.kafka, "controller.quorum.voters")?.value.value ?? kafkaValue(f.kafka, "controller.quorum.bootstrap.servers")?.value.value ?? "";
  const hosts = controllers.split(",").map((v) => v.trim().replace(/^\d+@/, "").replace(/:\d*$/, "")).filter((h) => h !== "");
  return hosts.length > 0 && hosts.every((h) => h === "localhost" || h === "127.0.0.1");
}
function kraftSamplesBesideZookeeperMode(files) {
  const zookeeperMode = new Set(files.filter(isZookeeperModeBroker).map((f) => f.path));
  const out = [];
  for (const f of files) {
    const m = isLocalKraftSample(f) ? KRAFT_FILE.exec(f.path) : null;
    if (!m) continue;
    const parent = `${m[1] ?? ""}server.properties`;
    if (zookeeperMode.has(parent)) out.push({ path: f.path, reason: `KRaft sample beside the ZooKeeper-mode ${parent}` });
  }
  return out;
}

// src/model/build.ts
var SERVER_OF_HOST = new HostIndex((s) => s.addresses.map((a) => a.host.value));
function firstOfKind(files) {
  const out = {};
  for (const f of files) out[f.kind] ??= f;
  return out;
}
function groupByKey(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
function groupBy(items, key) {
  return [...groupByKey(items, key).values()];
}
async function buildCluster(root, options = {}) {
  return mergeClusters(await buildClusters(root, options));
}
async function buildClusters(root, options = {}) {
  const found = onlyTracked(options.tracked, await discover(root, options.ignore ? { ignore: options.ignore } : {}));
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = await loadFiles(found.files, { maxFileSize, realRoot: realpathSync4(root) });
  const runtime = runtimeFiles(found.files.filter((f) => f.runtime).map((f) => f.path), read.files);
  const kraftSamples = kraftSamplesBesideZookeeperMode(read.files);
  const samplePaths = new Set(kraftSamples.map((k) => k.path));
  const loaded = read.files.filter((f) => !runtime.has(f.path) && !samplePaths.has(f.path));
  const setAside = [...found.setAside, ...read.setAside, ...[...runtime].map((path) => ({ path, reason: "runtime file" })), ...kraftSamples];
  const partition = partitionClusters(loaded, Object.values(options.hosts ?? {}));
  const mine = (items, i) => items.filter((x) => partition.partOf(x.path) === i);
  return partition.parts.map(
    (part, i) => modelCluster(part, {
      files: mine(loaded, i),
      setAside: mine(setAside, i),
      unreadable: [...mine(found.unreadable, i), ...mine(read.failures, i)],
      skipped: mine(found.skipped, i),
      unchecked: mine(read.unchecked, i),
      parseFailures: mine(read.parseFailures, i),
      hosts: Object.fromEntries(Object.entries(options.hosts ?? {}).filter(([, folder]) => partition.partOf(`${folder}/`) === i)),
      versions: options.versions,
      maxFileSize
    })
  );
}
function modelCluster(part, input) {
  const options = input;
  const loaded = { files: input.files };
  const setAside = [...input.setAside];
  const names = namedHosts(loaded.files);
  const configured = Object.entries(options.hosts ?? {}).map(([host, folder]) => ({ key: hostKey(host), host, folder })).sort((a, b) => b.folder.length - a.folder.length);
  const folderOf = /* @__PURE__ */ new Map();
  for (const c of configured) {
    if (!names.has(c.key)) names.set(c.key, c.host);
    folderOf.set(c.key, c.folder);
  }
  const configuredKeys = new Set(configured.map((c) => c.key));
  const configuredFolders = new Set(configured.map((c) => c.folder));
  const addressHost = hostOfAddress2(loaded.files, names);
  const hostOfFolder = /* @__PURE__ */ new Map();
  const claim = (folder, key) => {
    if (configuredKeys.has(key) || configuredFolders.has(folder)) return;
    const previous = folderOf.get(key);
    if (previous !== void 0) hostOfFolder.delete(previous);
    folderOf.set(key, folder);
    hostOfFolder.set(folder, key);
  };
  const byName = /* @__PURE__ */ new Map();
  const byAddress = /* @__PURE__ */ new Map();
  for (const f of loaded.files) {
    if (configured.some((c) => f.path.startsWith(`${c.folder}/`))) continue;
    const segments3 = f.path.split("/").slice(0, -1);
    for (let i = 0; i < segments3.length; i++) {
      const name = segments3[i];
      const folder = segments3.slice(0, i + 1).join("/");
      if (names.has(hostKey(name))) {
        if (isReleaseFolder(name)) continue;
        if (!byName.has(folder)) byName.set(folder, hostKey(name));
        break;
      }
      const key = addressHost.get(name.toLowerCase());
      if (key !== void 0) {
        if (!byAddress.has(folder)) byAddress.set(folder, key);
        break;
      }
    }
  }
  for (const [folder, key] of byName) claim(folder, key);
  for (const [folder, key] of byAddress) if (!folderOf.has(key)) claim(folder, key);
  const matchOf = (key) => {
    const folder = folderOf.get(key);
    if (folder === void 0) return void 0;
    return configuredKeys.has(key) ? "configured" : byName.get(folder) === key ? "name" : "address";
  };
  const folderOfHost = (host) => folderOf.get(hostKey(host));
  const hostOfPath = (path) => {
    const c = configured.find((x) => path.startsWith(`${x.folder}/`));
    if (c) return names.get(c.key);
    for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) {
      const key = hostOfFolder.get(path.slice(0, slash));
      if (key !== void 0) return names.get(key);
    }
    return void 0;
  };
  const inRoot = (path) => part.root === "" ? path : path.slice(part.root.length + 1);
  const unmatchedFolders = unmatchedHostFolders(
    loaded.files.map((f) => f.path).filter((p) => hostOfPath(p) === void 0 && (part.root === "" || p.startsWith(`${part.root}/`))).map(inRoot),
    new Set([...hostOfFolder.keys(), ...configured.map((c) => c.folder)].map(inRoot).map((f) => f.split("/")[0])),
    isReleaseFolder
  ).map((f) => part.root === "" ? f : `${part.root}/${f}`);
  const files = loaded.files.flatMap((f) => {
    const host = hostOfPath(f.path);
    if (f.kind === "hosts" && (host === void 0 || f.path !== `${folderOfHost(host)}/etc/hosts`)) {
      setAside.push({ path: f.path, reason: "not in a host folder" });
      return [];
    }
    return [host === void 0 ? f : withHost(f, host)];
  });
  files.sort(byPath);
  const shared = firstOfKind(files.filter((f) => f.host === void 0));
  const competing = competingCopies(files.filter((f) => f.host === void 0), shared, void 0);
  const filesOfHost = groupByKey(files.filter((f) => f.host !== void 0), (f) => f.host);
  const drafts = [...names.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0).map(([key, name]) => ({
    name,
    folder: folderOf.get(key),
    folderMatch: matchOf(key),
    files: { ...shared, ...firstOfKind(filesOfHost.get(name) ?? []) }
  }));
  for (const [host, own] of filesOfHost) for (const c of competingCopies(own, firstOfKind(own), host)) competing.push(c);
  const hadoopVersion = options.versions?.hadoop ? configuredVersion("Hadoop", options.versions.hadoop) : detectHadoopVersion(files);
  const zookeeperVersion = options.versions?.zookeeper ? configuredVersion("ZooKeeper", options.versions.zookeeper) : detectZookeeperVersion(files);
  const xmlPair = (d) => [d.files["core-site.xml"], d.files["hdfs-site.xml"]].filter((f) => f !== void 0);
  const candidates = [
    ...drafts.map((d) => ({ host: d.name, pair: xmlPair(d) })),
    { host: void 0, pair: xmlPair({ files: shared }) }
  ].filter((c) => c.pair.length > 0);
  const confGroups = groupBy(candidates, (c) => c.pair.map((f) => f.hash).join("|"));
  const confs = confGroups.map((group) => {
    const rep = [...group].sort((a, b) => byPath(a.pair[0], b.pair[0]))[0];
    const hosts2 = group.flatMap((c) => c.host === void 0 ? [] : [c.host]);
    const base = buildConf(rep.pair, hosts2, hadoopVersion);
    return { ...base, hdfs: hdfsTopology(base, hadoopVersion) };
  }).sort((a, b) => b.hosts.length - a.hosts.length || byPath(a.files[0], b.files[0]));
  const confOfHost = /* @__PURE__ */ new Map();
  for (const c of confs) for (const h of c.hosts) confOfHost.set(h, c);
  const yarnConfs = buildYarnConfs([...drafts.map((d) => ({ host: d.name, files: d.files })), { host: void 0, files: shared }], hadoopVersion, byPath);
  const zooFiles = files.filter((f) => f.kind === "zoo.cfg");
  const zooUsers = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const z = d.files["zoo.cfg"];
    if (z) zooUsers.set(z.hash, (zooUsers.get(z.hash) ?? 0) + 1);
  }
  const zooConfigs = groupBy(zooFiles, (f) => f.hash).map((g) => ({ rep: g[0], users: zooUsers.get(g[0].hash) ?? 0 })).sort((a, b) => b.users - a.users || byPath(a.rep, b.rep)).map((g) => g.rep);
  const workers = pickWorkers(files, hadoopVersion.major);
  const hosts = drafts.map((d) => {
    const conf = confOfHost.get(d.name);
    const zoo = d.files["zoo.cfg"];
    const zooServer = zoo ? SERVER_OF_HOST.first(zoo.zoo.servers, d.name) ?? (d.folder !== void 0 ? ownWildcardLine(zoo.zoo.servers) : void 0) : void 0;
    const yarn = yarnConfs.ofHost.get(d.name);
    const placement = placeDaemons({ host: d.name, conf, zoo, zooServer, workers, hadoop: hadoopVersion, zookeeper: zookeeperVersion, yarn });
    const myids = (filesOfHost.get(d.name) ?? []).filter((f) => f.kind === "myid");
    const myid = d.folder && zoo ? myids.find((f) => isExpectedMyid(f.path, d.folder, zoo)) : void 0;
    const time = d.files["ntp.conf"] ?? d.files["chrony.conf"];
    return {
      name: d.name,
      folder: d.folder,
      folderMatch: d.folderMatch,
      roles: placement.roles,
      files: d.files,
      conf,
      zoo,
      zooServer,
      myid,
      strayMyids: zoo ? myids.filter((f) => f !== myid) : [],
      time: time && (time.kind === "ntp.conf" || time.kind === "chrony.conf") ? time : void 0,
      ports: placement.ports,
      etcHosts: d.files.hosts?.kind === "hosts" ? d.files.hosts : void 0,
      yarn
    };
  });
  const hbaseGroups = groupByKey(
    [...drafts.map((d) => ({ host: d.name, file: d.files["hbase-site.xml"] })), { host: void 0, file: shared["hbase-site.xml"] }].filter((c) => c.file?.kind === "hbase-site.xml"),
    (c) => c.file.hash
  );
  const hbaseConfs = [...hbaseGroups.values()].map((group) => {
    const file = [...group].sort((a, b) => byPath(a.file, b.file))[0].file;
    const hosts2 = group.flatMap((c) => c.host === void 0 ? [] : [c.host]);
    const { definitions, effective } = buildConf([file], hosts2, hadoopVersion);
    return { file, hosts: hosts2, definitions, effective };
  }).sort((a, b) => byPath(a.file, b.file));
  const distinct = groupBy(files, (f) => f.hash).map((g) => g[0]);
  const unreadable = [...input.unreadable].sort(byPath);
  const unchecked = input.unchecked.map((u) => ({ ...u, host: hostOfPath(u.path) }));
  const cluster = {
    name: part.name,
    files,
    distinctFiles: distinct.sort(byPath),
    hosts,
    confs,
    yarnConfs: yarnConfs.confs,
    zooConfigs,
    hbaseConfs,
    hadoopVersion,
    zookeeperVersion,
    workers,
    hasHostFolders: folderOf.size > 0,
    unmatchedFolders,
    unreadable,
    unchecked,
    competingCopies: competing,
    parseFailures: input.parseFailures,
    maxFileSize: input.maxFileSize,
    skipped: input.skipped,
    plan: planOf({ files, setAside, unreadable, unchecked, parseFailures: input.parseFailures, hosts, competing })
  };
  return cluster;
}
function runtimeFiles(paths, files) {
  if (paths.length === 0) return /* @__PURE__ */ new Set();
  const named = files.some((f) => f.kind === "zoo.cfg" && posix3.basename(zooValue(f.zoo, "dynamicConfigFile")?.value.value ?? "") === RUNTIME_DYNAMIC_FILE);
  return new Set(named ? [] : paths);
}
function pickWorkers(files, major) {
  const lists = files.filter((f) => f.kind === "workers" || f.kind === "slaves");
  const workers = lists.find((f) => f.kind === "workers");
  const slaves = lists.find((f) => f.kind === "slaves");
  return major >= 3 ? workers ?? slaves : slaves;
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
  const where = [v.host === void 0 ? [] : [`host ${v.host}`], v.cluster === void 0 ? [] : [`cluster ${v.cluster}`]].flat();
  return [`used: ${v.kind}`, ...where].join(", ");
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
    if (v.used) return { path: c.path, used: true, kind: v.kind, host: v.host ?? null, ...v.cluster === void 0 ? {} : { cluster: v.cluster } };
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
  return cluster.files.length === 0 && cluster.unreadable.length === 0 && cluster.unchecked.length === 0;
}
function nothingRecognisedMessage(dir, cluster) {
  const templates = cluster.plan.candidates.filter((c) => !c.verdict.used && c.verdict.reason === "template").length;
  if (templates > 0) {
    return `no deployed configuration file under "${dir}", only ${plural(templates, "template")} (see "hacheck files"): render them with the real variables into a folder and lint that folder`;
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
import { isAbsolute as isAbsolute3, relative as relative4 } from "node:path";

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
  const rel = relative4(process.cwd(), loaded.file);
  const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute3(rel) ? rel : loaded.file;
  fail(`--tracked-only: the configuration file "${shown}" is not tracked by git (commit it, or remove it or name another with --config)`);
}

// src/cli/commands/lint.ts
function requireDirectory(dir) {
  let isDir = false;
  try {
    isDir = statSync3(dir).isDirectory();
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
function cleanRun(result) {
  return result.findings.length === 0 && result.internalErrors.length === 0 && result.cluster.unreadable.length === 0;
}
async function lintCommand(args) {
  const dir = args.target;
  const outputs = args.outputs.map((o) => ({ ...o, format: o.format ?? defaultFormat(process.env, Boolean(process.stdout.isTTY), o.file !== void 0) }));
  for (const o of outputs) {
    if (!FORMATTERS[o.format]) fail(`unknown format "${o.format}" (expected ${formatNames().join(", ")})`);
  }
  requireDirectory(dir);
  const rules = selectRules(args.rules);
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values["config"]);
  requireTrackedConfig(args, dir, config);
  const options = lintOptionsOf(config);
  const build = { ...options.build, ...tracked ? { tracked } : {} };
  const result = await lintDirectory(dir, { ...options, build, ...args.rules ? { only: args.rules } : {} });
  if (nothingRecognised(result.cluster)) {
    fail(nothingRecognisedMessage(dir, result.cluster));
  }
  for (const o of outputs) {
    const text = FORMATTERS[o.format]({
      findings: result.findings,
      cluster: result.cluster,
      rules,
      // Colour only on a terminal: never in files.
      color: o.file === void 0 && useColor(args),
      toolVersion: VERSION,
      root: resolve3(dir),
      internalErrors: result.internalErrors,
      workspace: resolve3(process.env["GITHUB_WORKSPACE"] || process.cwd())
    });
    if (o.file === void 0) process.stdout.write(text);
    else writeOutputFile(o.file, text);
    if (o.file === void 0 && o.format === "stylish" && process.stdout.isTTY && cleanRun(result)) {
      process.stdout.write(`${checkedLine(result.cluster.plan, result.cluster.hosts.length, result.clusters.length)}
`);
    }
  }
  for (const e of result.internalErrors) {
    process.stderr.write(`hacheck: ${e.report}
`);
    if (args.debug && e.stack) process.stderr.write(`${e.stack}
`);
  }
  const tree = treeProblems(result.cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}
`);
  if (result.internalErrors.length > 0 || result.cluster.unreadable.length > 0) return 2;
  const n = countFindings(result.findings);
  return n.errors > 0 || n.warnings > args.maxWarnings ? 1 : 0;
}

export {
  loadConfig,
  nothingRecognised,
  nothingRecognisedMessage,
  treeProblems,
  resolveConfig,
  lintOptionsOf,
  mergeClusters,
  buildCluster,
  buildClusters,
  stringifySafe,
  renderFilesText,
  renderFilesJson,
  trackedUnder,
  requireTrackedConfig,
  requireDirectory,
  useColor,
  lintCommand
};
