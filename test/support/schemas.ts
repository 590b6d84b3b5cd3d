import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { ROOT } from './fixtures.ts';

// Both schemas are draft-07 (Ajv's default class) and use `format` (uri, date-time...).
const addFormats = formats.default;

function compile(path: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

let sarif: ValidateFunction | undefined;
let json: ValidateFunction | undefined;

/** The errors of validating `doc` against the shared SARIF 2.1.0 schema; [] when valid. */
export function sarifErrors(doc: unknown): unknown[] {
  sarif ??= compile(join(ROOT, 'vendor/schemas/sarif-2.1.0.json'));
  return sarif(doc) ? [] : [...(sarif.errors ?? [])];
}

/** The errors of validating `doc` against schemas/json-format.schema.json; [] when valid. */
export function jsonFormatErrors(doc: unknown): unknown[] {
  json ??= compile(join(ROOT, 'schemas/json-format.schema.json'));
  return json(doc) ? [] : [...(json.errors ?? [])];
}
