#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : packageVersion();

export {
  VERSION
};
