#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-HS4NJ7UZ.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-BIRVUGWP.mjs";
import "./chunk-UKD2R2ZY.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-XZOETK35.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import "./chunk-4X4B6D3N.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-Q73LVSVQ.mjs";
import "./chunk-7KATZX47.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
