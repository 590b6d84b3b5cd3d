#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  printable
} from "./chunk-HN7SOIX3.mjs";

// src/engine/throw-site.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
var FRAME = /^\s*at (?:.*? \()?(.+):(\d+):(\d+)\)?$/;
function frameLines(err) {
  const head = textOf(err);
  if (err.stack === head) return [];
  return err.stack.startsWith(`${head}
`) ? err.stack.slice(head.length + 1).split("\n") : void 0;
}
function frames(lines) {
  const out = [];
  for (const line of lines) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const file = m[1].startsWith("file://") ? fileURLToPath(m[1]) : m[1];
    if (!isAbsolute(file)) continue;
    out.push({ file, line: m[2], column: m[3] });
  }
  return out;
}
function hasStack(err) {
  return err instanceof Error && typeof err.stack === "string";
}
var root;
function packageRoot() {
  if (root !== void 0) return root;
  for (let d = dirname(fileURLToPath(import.meta.url)); ; d = dirname(d)) {
    if (existsSync(join(d, "package.json"))) return root = d;
    if (dirname(d) === d) return root = null;
  }
}
function inPackage(file) {
  const r = packageRoot();
  if (r === null) return void 0;
  const rel = relative(r, file);
  return rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? void 0 : rel.split(sep).join("/");
}
var MODULE_MARKER = /^\/\/ ((?:src|rules|node_modules)\/\S+)$/;
var bundles = /* @__PURE__ */ new Map();
function bundledModule(file, line) {
  let lines = bundles.get(file);
  if (!lines) {
    try {
      lines = readFileSync(file, "utf8").split("\n");
    } catch {
      lines = [];
    }
    bundles.set(file, lines);
  }
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = MODULE_MARKER.exec(lines[i]);
    if (m) return m[1];
  }
  return void 0;
}
function sourceModule(frame) {
  const rel = inPackage(frame.file);
  if (rel === void 0) return void 0;
  return rel.startsWith("dist/") ? bundledModule(frame.file, Number(frame.line)) : rel;
}
var PHASES = [
  [/^src\/config\//, "reading the configuration"],
  [/^src\/(discover\.ts|read\/|parse\/|text\/)/, "reading"],
  [/^src\/model\//, "modelling"],
  [/^src\/engine\/(post|suppress|host-overrides)\.ts$/, "post-processing the findings"],
  [/^src\/summary\//, "summarising"],
  [/^src\/format\//, "formatting"]
];
function phaseOf(module) {
  return PHASES.find(([re]) => re.test(module))?.[1];
}
function place(frame) {
  const rel = inPackage(frame.file) ?? frame.file;
  const at = `${rel}:${frame.line}:${frame.column}`;
  if (!rel.startsWith("dist/")) return at;
  const module = sourceModule(frame);
  return module ? `${at} in ${module}` : at;
}
function textOf(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
function describeThrown(err) {
  const message = textOf(err instanceof Error ? err.message : err);
  const all = frames(hasStack(err) && frameLines(err) || []);
  let phase;
  for (const f of all) {
    const module = sourceModule(f);
    phase = module === void 0 ? void 0 : phaseOf(module);
    if (phase) break;
  }
  return { message, where: all[0] ? place(all[0]) : void 0, phase };
}
function internalErrorLine(what, t) {
  return printable(`${what}: ${t.message}${t.where ? ` (at ${t.where})` : ""}`);
}
function printableStack(err) {
  if (!hasStack(err)) return void 0;
  const lines = frameLines(err);
  return lines ? [textOf(err), ...lines].map(printable).join("\n") : printable(err.stack);
}

export {
  describeThrown,
  internalErrorLine,
  printableStack
};
