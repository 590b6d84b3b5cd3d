#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_YAML_ALIASES,
  offsetOfPath,
  parseYaml
} from "./chunk-YXQW3XGU.mjs";
import "./chunk-UTASCUZQ.mjs";
export {
  MAX_YAML_ALIASES,
  offsetOfPath,
  parseYaml
};
