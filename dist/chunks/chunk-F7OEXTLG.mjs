#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/text/disguising-characters.ts
var DISGUISING = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
function unicodeEscape(c) {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

export {
  DISGUISING,
  unicodeEscape
};
