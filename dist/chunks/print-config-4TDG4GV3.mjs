#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadConfig,
  requireDirectory,
  resolveConfig,
  stringifySafe
} from "./chunk-KHEMFMS4.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-O72JRS3U.mjs";
import "./chunk-YXQW3XGU.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import {
  RULES
} from "./chunk-2NRXP5WM.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-MK7ZOIVA.mjs";
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
