#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DISGUISING,
  unicodeEscape
} from "./chunk-F7OEXTLG.mjs";

// src/format/printable.ts
var SERVICE_MESSAGE = /(##(?:vso|teamcity)?)\[/gi;
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, unicodeEscape).replace(DISGUISING, unicodeEscape).replace(SERVICE_MESSAGE, "$1\\u005b");
}
function printablePath(path) {
  const p = printable(path);
  return /^\s*::/.test(p) ? `./${p}` : p;
}
function printableLine(line) {
  return printable(line).replace(/^(\s*)::/, "$1\\u003a:");
}

export {
  SERVICE_MESSAGE,
  printable,
  printablePath,
  printableLine
};
