#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-2NRXP5WM.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-MK7ZOIVA.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
