#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-KHEMFMS4.mjs";
import "./chunk-VKCMO4O3.mjs";
import "./chunk-O72JRS3U.mjs";
import "./chunk-YXQW3XGU.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-2NRXP5WM.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-MK7ZOIVA.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
