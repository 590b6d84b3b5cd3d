/**
 * Checks a loaded configuration against the schema with the validator ajv
 * compiled at build time, and turns ajv's errors into one line each, naming
 * the bad key and suggesting the closest valid one.
 */
import { closest, distance } from 'fastest-levenshtein';
import { RULES } from '../../rules/index.ts';
import { quote } from '../engine/quote.ts';
import { ConfigError } from './config-error.ts';
import { configSchema, type HacheckConfig } from './schema.ts';
import validateGenerated from './validate-config.generated.ts';

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  /** Set on the errors of a `propertyNames` schema: the name that failed. */
  readonly propertyName?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const validateSchema = validateGenerated as unknown as Validator;

type SchemaNode = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  description?: string;
};

/** JSON Pointer segments of an ajv instancePath ("/rules/hdfs~1x" -> ["rules", "hdfs/x"]). */
function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `overrides[0].rules["hdfs/x"]`: where a problem is, as the user would write it in JavaScript. */
function describePath(parts: readonly string[]): string {
  let out = '';
  for (const p of parts) {
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${quote(p)}]`;
  }
  return out;
}

/** The schema node that describes the value at `parts`, following $ref, properties, items. */
function schemaAt(root: SchemaNode, parts: readonly string[]): SchemaNode | undefined {
  const deref = (n: SchemaNode): SchemaNode => {
    if (!n.$ref) return n;
    let target: unknown = root;
    for (const s of n.$ref.replace(/^#\//, '').split('/')) target = (target as Record<string, unknown>)[s];
    return target as SchemaNode;
  };
  let node: SchemaNode | undefined = deref(root);
  for (const p of parts) {
    if (!node) return undefined;
    const next: SchemaNode | boolean | undefined = node.properties?.[p] ?? node.items ?? node.additionalProperties;
    node = typeof next === 'object' ? deref(next) : undefined;
  }
  return node;
}

/** The closest candidate when it is near enough to be the likely intent. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, [...candidates]);
  // A third of the word: catches typos and a missing domain ("fencing-fallback"), not unrelated names.
  const near = distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(3, Math.ceil(word.length / 3));
  return near ? `; did you mean ${quote(best)}?` : '';
}

function valueAt(data: unknown, parts: readonly string[]): unknown {
  let v = data;
  for (const p of parts) v = (v as Record<string, unknown> | undefined)?.[p];
  return v;
}

/**
 * One problem of a configuration: the message, and where it is (the key path of the
 * value, or of the key itself when the key is the problem), so that the loader can give
 * its line and column. Messages name keys (through quote()) but never quote a value: a
 * value may be crafted, and what the file says is the user's to read in the file.
 */
export interface ConfigProblem {
  readonly path: readonly string[];
  readonly onKey: boolean;
  readonly message: string;
}

function describeError(e: AjvError, data: unknown, schema: SchemaNode): ConfigProblem | undefined {
  const parts = segments(e.instancePath);
  const where = describePath(parts);
  const at = where === '' ? '' : `${where}: `;
  const node = schemaAt(schema, parts);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const inRules = parts[parts.length - 1] === 'rules';
      const what = inRules ? 'unknown rule id' : 'unknown key';
      return { path: [...parts, key], onKey: true, message: `${at}${what} ${quote(key)}${didYouMean(key, Object.keys(node?.properties ?? {}))}` };
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map(String);
      const value = valueAt(data, parts);
      // The hint names an allowed value, never the one in the file.
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return { path: parts, onKey: false, message: `${at}must be one of ${allowed.map((a) => quote(a)).join(', ')}${hint}` };
    }
    case 'pattern': {
      // A failing property name (propertyNames) is reported at its key, with the name.
      const name = e.propertyName;
      if (name !== undefined) {
        const about = (node?.['propertyNames'] as SchemaNode | undefined)?.description?.replace(/\.$/, '');
        return { path: [...parts, name], onKey: true, message: `${at}key ${quote(name)} is not valid${about ? ` (${about})` : ''}` };
      }
      const about = node?.description?.replace(/\.$/, '');
      return { path: parts, onKey: false, message: `${at}not valid${about ? ` (${about})` : ''}` };
    }
    case 'required':
      return { path: parts, onKey: false, message: `${at}missing key ${quote(String(e.params['missingProperty']))}` };
    case 'propertyNames':
      return undefined; // reported by the failing name's own error (pattern)
    default:
      return { path: parts, onKey: false, message: `${where === '' ? 'the configuration' : where} ${e.message ?? 'is not valid'}` };
  }
}

/** The problems of a loaded configuration, in the validator's order, without repeats; none when it is valid. */
export function configProblems(data: unknown): ConfigProblem[] {
  if (validateSchema(data)) return [];
  const schema = configSchema(RULES) as SchemaNode;
  const seen = new Set<string>();
  return (validateSchema.errors ?? []).flatMap((e) => {
    const problem = describeError(e, data, schema);
    if (problem === undefined || seen.has(problem.message)) return [];
    seen.add(problem.message);
    return [problem];
  });
}

/**
 * Returns the configuration typed, or throws a ConfigError with one line per
 * problem, each naming `file` and the bad key (without a position: the loader,
 * which has the text, adds line and column).
 */
export function validateConfig(data: unknown, file: string): HacheckConfig {
  const problems = configProblems(data);
  if (problems.length === 0) return data as HacheckConfig;
  throw new ConfigError(problems.map((p) => `${file}: ${p.message}`).join('\n'));
}
