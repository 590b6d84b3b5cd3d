#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadConfig,
  requireDirectory,
  resolveConfig,
  stringifySafe
} from "./chunk-KAIDHSGV.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-FP2TBAFS.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import {
  RULES
} from "./chunk-7LOF7XZ5.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-STZLD754.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/cli/commands/print-config.ts
async function printConfigCommand(args) {
  if (args.targets.length > 1) fail("--print-config takes one cluster directory");
  const dir = args.target;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values["config"]);
  process.stdout.write(stringifySafe(resolveConfig(loaded, RULES)));
  return 0;
}
export {
  printConfigCommand
};
