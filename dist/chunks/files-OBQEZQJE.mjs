#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintOptionsOf,
  loadConfig,
  renderFilesJson,
  renderFilesText,
  requireDirectories,
  requireTrackedConfig,
  trackedUnder,
  treeProblems
} from "./chunk-V6GPG3AZ.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-CY5YIKJA.mjs";
import {
  buildCluster
} from "./chunk-AFXIOXPM.mjs";
import {
  printablePath
} from "./chunk-HN7SOIX3.mjs";
import "./chunk-RPQB2CLD.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import "./chunk-RVVRZG7X.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/cli/commands/files.ts
var FILES_FORMATS = ["text", "json"];
async function filesCommand(args) {
  const [first, ...more] = args.outputs;
  const format = first?.format ?? "text";
  if (!FILES_FORMATS.includes(format)) fail(`files has no format "${format}" (expected text or json)`);
  if (more.length > 0 || first?.file !== void 0) fail("files writes one format to standard output: give one --format and no --output-file");
  const dirs = requireDirectories(args);
  if (format === "json" && dirs.length > 1) fail("files -f json lists one directory: run it once per directory");
  let code = 0;
  for (const [i, dir] of dirs.entries()) {
    if (dirs.length > 1) process.stdout.write(`${i > 0 ? "\n" : ""}${printablePath(dir)}:
`);
    code = Math.max(code, await listOne(args, dir, format));
  }
  return code;
}
async function listOne(args, dir, format) {
  const tracked = trackedUnder(args, dir);
  const config = await loadConfig(dir, args.values["config"]);
  requireTrackedConfig(args, dir, config);
  const cluster = await buildCluster(dir, { ...lintOptionsOf(config).build, ...tracked ? { tracked } : {} });
  process.stdout.write(format === "json" ? renderFilesJson(cluster.plan) : renderFilesText(cluster.plan));
  const tree = treeProblems(cluster);
  for (const line of [...tree.notices, ...tree.errors]) process.stderr.write(`hacheck: ${line}
`);
  return cluster.unreadable.length > 0 ? 2 : 0;
}
export {
  filesCommand
};
