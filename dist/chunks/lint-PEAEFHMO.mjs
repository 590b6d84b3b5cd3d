#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-CA3YKNSV.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-XAMMVYOQ.mjs";
import "./chunk-S7ATLE33.mjs";
import "./chunk-XNZPS3XX.mjs";
import "./chunk-RA5OSTAP.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
