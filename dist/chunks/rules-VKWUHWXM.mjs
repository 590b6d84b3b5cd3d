#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RULES
} from "./chunk-3ZQWT4SK.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  RULES
};
