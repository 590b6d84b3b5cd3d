#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-ZOUJ5ZBK.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
