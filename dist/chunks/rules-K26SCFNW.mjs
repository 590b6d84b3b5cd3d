#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-4X4B6D3N.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-Q73LVSVQ.mjs";
import "./chunk-7KATZX47.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
