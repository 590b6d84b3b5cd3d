#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-7R64LO2Y.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-CY5YIKJA.mjs";
import "./chunk-2AQSALBH.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-S65CBZKQ.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import "./chunk-GCXI2ODJ.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-RVY53DDU.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
