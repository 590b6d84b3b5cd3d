/**
 * The Kubernetes objects of a folder's manifest files: every document of every file
 * (`kubectl apply -f` reads all of them), the items of a `kind: List`, each with the text its
 * positions are in. Rendered Helm output (`# Source:` comments between `---` separators) is
 * plain manifests; an unrendered Helm template is not, and is set aside.
 */
import { isMap, isScalar, parseAllDocuments, visit, type Document, type Node, type YAMLMap } from 'yaml';
import { MAX_YAML_ALIASES } from '../../config/yaml-config.ts';
import { SourceText } from '../../text/source-text.ts';
import type { ContainerProblem, SourcedText } from '../types.ts';
import { at, keyText, scalarString, seqItems, sourced, spanOf, type DocContext } from './yaml-nodes.ts';

/** One Kubernetes object. */
export interface Manifest {
  readonly ctx: DocContext;
  readonly node: YAMLMap;
  readonly kind: string;
  readonly name: SourcedText | undefined;
  /** `metadata.namespace`, or `default`, the namespace kubectl applies an object without one to. */
  readonly namespace: string;
}

export interface ManifestFiles {
  readonly manifests: readonly Manifest[];
  readonly problems: readonly ContainerProblem[];
  /** Files with at least one unrendered template document, each once. */
  readonly templates: readonly string[];
}

/** Helm's template actions: `{{ .Values.x }}`, `{{- include "name" . }}`. */
const TEMPLATE_ACTION = /\{\{[\s\S]*?\}\}/;

/** The keys whose values are file or variable contents, where `{{ }}` may be a program's own syntax (a Prometheus alert text). */
const CONTENT_KEYS = new Set(['data', 'stringData', 'binaryData']);

export function readManifests(files: readonly { path: string; text: string }[]): ManifestFiles {
  const manifests: Manifest[] = [];
  const problems: ContainerProblem[] = [];
  const templates = new Set<string>();
  for (const file of files) {
    const src = new SourceText(file.path, file.text);
    let docs: Document[];
    try {
      // prettyErrors off: a pretty error quotes the offending line of the file.
      docs = [...parseAllDocuments(file.text, { prettyErrors: false, uniqueKeys: true })] as Document[];
    } catch (err) {
      problems.push({ span: src.span(0), message: err instanceof RangeError ? 'the file is not valid YAML: nested too deeply' : 'the file is not valid YAML' });
      continue;
    }
    for (const doc of docs) {
      const ctx: DocContext = { src, doc };
      const [start, , end] = doc.range ?? [0, 0, file.text.length];
      const error = doc.errors[0];
      if (error) {
        // An unrendered template rarely parses (`name: {{ .Release.Name }}` opens a flow map): its syntax is Helm's, not a mistake.
        if (TEMPLATE_ACTION.test(file.text.slice(start, end))) templates.add(file.path);
        // yaml's own messages may quote the file: only the code is kept.
        else problems.push({ span: src.span(error.pos[0]), message: `the file is not valid YAML (${error.code})` });
        continue;
      }
      if (doc.contents === null) continue; // Helm writes a `---` and a `# Source:` comment for an empty template
      if (hasTemplateAction(doc)) {
        templates.add(file.path);
        continue;
      }
      const aliasProblem = checkAliases(doc);
      if (aliasProblem) {
        problems.push({ span: spanOf(ctx, doc.contents ?? undefined), message: aliasProblem });
        continue;
      }
      for (const node of objects(ctx, doc.contents as Node)) manifests.push(manifestOf(ctx, node));
    }
  }
  return { manifests, problems, templates: [...templates] };
}

/** The objects of a document: itself, or the items of a `kind: List` (what `kubectl get -o yaml` writes). */
function objects(ctx: DocContext, node: Node): YAMLMap[] {
  if (!isMap(node) || scalarString(at(ctx, node, 'apiVersion')) === undefined) return [];
  const kind = scalarString(at(ctx, node, 'kind'));
  if (kind === undefined) return [];
  if (kind === 'List' || (kind.endsWith('List') && at(ctx, node, 'items') !== undefined)) {
    return seqItems(ctx, at(ctx, node, 'items')).flatMap((item) => objects(ctx, item));
  }
  return [node];
}

function manifestOf(ctx: DocContext, node: YAMLMap): Manifest {
  return {
    ctx,
    node,
    kind: scalarString(at(ctx, node, 'kind'))!,
    name: sourced(ctx, at(ctx, node, 'metadata', 'name')),
    namespace: scalarString(at(ctx, node, 'metadata', 'namespace')) ?? 'default',
  };
}

/**
 * Whether `{{ }}` appears in the part of the document hacheck reads as structure (keys,
 * metadata, specs); ConfigMap and Secret contents are files, left as written. `visit` does
 * not follow aliases, so the walk is the size of the text.
 */
function hasTemplateAction(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Pair(_, pair) {
      return CONTENT_KEYS.has(keyText(pair) ?? '') ? visit.SKIP : undefined;
    },
    Scalar(_, node) {
      if (isScalar(node) && TEMPLATE_ACTION.test(String(node.source ?? node.value))) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The yaml package's alias-count check (as src/config/yaml-config.ts uses it): a document of
 * aliases of aliases is refused before the reader follows any alias, so reading stays linear.
 */
function checkAliases(doc: Document): string | undefined {
  try {
    // mapAsMap: a collection used as a key (`? [a]: b`) is kept as is instead of making yaml print a warning.
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES, mapAsMap: true });
    return undefined;
  } catch (err) {
    if (err instanceof ReferenceError && /^Excessive alias count/.test(err.message)) {
      return `not loaded: its YAML aliases expand beyond the limit of ${MAX_YAML_ALIASES} (a document of aliases of aliases grows exponentially)`;
    }
    if (err instanceof ReferenceError) return 'the file is not valid YAML: an alias names no anchor set before it';
    return err instanceof RangeError ? 'the file is not valid YAML: nested too deeply' : 'the file is not valid YAML';
  }
}
