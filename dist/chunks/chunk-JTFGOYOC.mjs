#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/usage-error.ts
var UsageError = class extends Error {
};
function fail(message) {
  throw new UsageError(message);
}

export {
  UsageError,
  fail
};
