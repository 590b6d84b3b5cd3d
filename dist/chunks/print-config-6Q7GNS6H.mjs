#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadConfig,
  requireDirectory,
  resolveConfig,
  stringifySafe
} from "./chunk-UES4UWEQ.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-JTFGOYOC.mjs";
import {
  RULES
} from "./chunk-7SPKUGOI.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/cli/commands/print-config.ts
async function printConfigCommand(args) {
  const dir = args.target;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values["config"]);
  process.stdout.write(stringifySafe(resolveConfig(loaded, RULES)));
  return 0;
}
export {
  printConfigCommand
};
