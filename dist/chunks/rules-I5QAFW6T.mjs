#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-RVVRZG7X.mjs";
import "./chunk-3LGRH6LY.mjs";
import "./chunk-IS4D2FKK.mjs";
import "./chunk-25WR7BUC.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
