#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  lintCommand,
  requireDirectory,
  useColor
} from "./chunk-V6GPG3AZ.mjs";
import "./chunk-JARNURDI.mjs";
import "./chunk-CY5YIKJA.mjs";
import "./chunk-AFXIOXPM.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-RPQB2CLD.mjs";
import "./chunk-JTFGOYOC.mjs";
import "./chunk-IMV4DUDU.mjs";
import "./chunk-RVVRZG7X.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  lintCommand,
  requireDirectory,
  useColor
};
