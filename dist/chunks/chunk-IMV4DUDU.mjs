#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/config/config-error.ts
var ConfigError = class extends Error {
};

export {
  ConfigError
};
