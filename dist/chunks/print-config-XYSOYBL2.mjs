#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  loadConfig,
  requireDirectory,
  resolveConfig,
  stringifySafe
} from "./chunk-V6GPG3AZ.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-CY5YIKJA.mjs";
import "./chunk-AFXIOXPM.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-RPQB2CLD.mjs";
import {
  fail
} from "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import {
  RULES
} from "./chunk-RVVRZG7X.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import "./chunk-25WR7BUC.mjs";
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
