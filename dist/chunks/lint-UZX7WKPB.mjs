#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-KAIDHSGV.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-FP2TBAFS.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-7LOF7XZ5.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-STZLD754.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
