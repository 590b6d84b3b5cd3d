#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadConfig,
  requireDirectory,
  resolveConfig
} from "./chunk-5BSDWQPG.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-JTFGOYOC.mjs";
import {
  RULES
} from "./chunk-2XCQRFCQ.mjs";
import "./chunk-S7ATLE33.mjs";
import "./chunk-UTASCUZQ.mjs";

// src/cli/commands/print-config.ts
async function printConfigCommand(args) {
  const dir = args.target;
  requireDirectory(dir);
  const loaded = await loadConfig(dir, args.values["config"]);
  process.stdout.write(`${JSON.stringify(resolveConfig(loaded, RULES), null, 2)}
`);
  return 0;
}
export {
  printConfigCommand
};
