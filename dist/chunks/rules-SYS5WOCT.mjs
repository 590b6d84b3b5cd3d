#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-7LOF7XZ5.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-STZLD754.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
