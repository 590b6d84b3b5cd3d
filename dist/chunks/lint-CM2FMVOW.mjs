#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-NVCKIFQU.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-BIRVUGWP.mjs";
import "./chunk-VZR3HQC3.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-S65CBZKQ.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import "./chunk-DEVYCAEY.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-EQZFBJOH.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
