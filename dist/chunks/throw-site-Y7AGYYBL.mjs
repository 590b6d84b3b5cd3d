#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describeThrown,
  internalErrorLine,
  printableStack
} from "./chunk-JARNURDI.mjs";
import "./chunk-HN7SOIX3.mjs";
import "./chunk-F7OEXTLG.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  describeThrown,
  internalErrorLine,
  printableStack
};
