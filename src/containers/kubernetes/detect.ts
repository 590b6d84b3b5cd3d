/** Telling Kubernetes manifests from other YAML (a compose file, a Helm values.yaml, a CI workflow). */
import { isMap, parseAllDocuments } from 'yaml';
import { keyText } from './yaml-nodes.ts';

/** Whether a YAML text is Kubernetes manifests (documents with apiVersion and kind). */
export function isKubernetesManifest(text: string): boolean {
  // Cheap first: both keys must start a line, or no document can have them.
  if (!/^[ \t-]*apiVersion[ \t]*:/m.test(text) || !/^[ \t-]*kind[ \t]*:/m.test(text)) return false;
  let docs;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false });
  } catch {
    return false;
  }
  // A document with errors counts too: an unrendered Helm template still shows its apiVersion
  // and kind, and the reader then reports it as a template instead of ignoring the file.
  for (const doc of docs) {
    const contents = doc.contents;
    if (!isMap(contents)) continue;
    const keys = new Set(contents.items.map((p) => keyText(p)));
    if (keys.has('apiVersion') && keys.has('kind')) return true;
  }
  return false;
}
