/**
 * The parts of configuration loading that need the yaml package: reading a
 * YAML file, and finding the line of a key path in any configuration text
 * (JSON is YAML's flow syntax, so one locator serves both). src/config/load.ts
 * imports this module only when a YAML file is read or a problem is reported:
 * a lint with a JSON configuration, or none, never loads the yaml package.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

/**
 * Alias expansions allowed when a YAML configuration is turned into data
 * (yaml's maxAliasCount: each alias use, times the aliases nested in what it
 * names). A configuration may reuse a block of rule settings a few times; a
 * "billion laughs" document (aliases of aliases of aliases) exceeds it at
 * once, instead of making the schema check walk a billion nodes.
 */
export const MAX_YAML_ALIASES = 20;

/** Why a YAML text was not loaded, and where: the message never quotes the file. */
export interface YamlFailure {
  readonly offset: number;
  readonly message: string;
}

export type YamlResult = { readonly ok: true; readonly data: unknown; readonly doc: Document } | { readonly ok: false; readonly failure: YamlFailure };

/** Parses one YAML document into plain data, or says why not. */
export function parseYaml(text: string): YamlResult {
  let doc: Document;
  try {
    // prettyErrors off: a pretty error quotes the offending line of the file.
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    return { ok: false, failure: { offset: 0, message: tooDeep(err) } };
  }
  const error = doc.errors[0];
  if (error) {
    // yaml's own messages may quote an anchor, a tag or a directive from the file: only its code is kept.
    return { ok: false, failure: { offset: error.pos[0], message: `not valid YAML (${error.code})` } };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), doc };
  } catch (err) {
    // yaml throws a ReferenceError for both; its message names the alias, so only the kind is kept.
    if (err instanceof ReferenceError && !/^Excessive alias count/.test(err.message)) {
      return { ok: false, failure: { offset: firstAliasOffset(doc), message: 'not valid YAML: an alias names no anchor set before it' } };
    }
    if (err instanceof ReferenceError) {
      return { ok: false, failure: { offset: firstAliasOffset(doc), message: `not loaded: its YAML aliases expand beyond the limit of ${MAX_YAML_ALIASES} (a document of aliases of aliases grows exponentially)` } };
    }
    return { ok: false, failure: { offset: 0, message: tooDeep(err) } };
  }
}

function tooDeep(err: unknown): string {
  if (err instanceof RangeError) return 'not valid YAML: nested too deeply';
  return 'not valid YAML';
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The offset of the value at `path` (or of its key, when `onKey`), or of the
 * deepest part of the path that exists; undefined when the text does not parse.
 */
export function offsetOfPath(source: Document | string, path: readonly string[], onKey: boolean): number | undefined {
  let doc: Document;
  try {
    doc = typeof source === 'string' ? parseDocument(source, { prettyErrors: false, uniqueKeys: false }) : source;
  } catch {
    return undefined;
  }
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const [i, part] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      // The last pair with the key: JSON.parse keeps the last of duplicate keys.
      const pair = [...node.items].reverse().find((p) => (isScalar(p.key) ? String(p.key.value) : undefined) === part);
      if (!pair) return offset;
      if (last && onKey) return (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(part)];
    } else {
      return offset;
    }
    offset = (node as Node | null | undefined)?.range?.[0] ?? offset;
  }
  return offset;
}
