#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  describeThrown,
  internalErrorLine,
  printableStack
} from "./chunk-XNZPS3XX.mjs";
import "./chunk-RA5OSTAP.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  describeThrown,
  internalErrorLine,
  printableStack
};
