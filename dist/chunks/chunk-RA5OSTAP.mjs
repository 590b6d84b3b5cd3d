#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/format/printable.ts
function printable(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/##\[/g, "##\\u005b");
}
function printablePath(path) {
  const p = printable(path);
  return /^\s*::/.test(p) ? `./${p}` : p;
}
function printableLine(line) {
  return printable(line).replace(/^(\s*)::/, "$1\\u003a:");
}

export {
  printable,
  printablePath,
  printableLine
};
