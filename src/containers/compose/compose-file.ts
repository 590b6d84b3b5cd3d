/** One compose file read: its services' parts, its top-level configs, and what could not be read. */
import type { Span } from '../../text/span.ts';
import type { ContainerProblem } from '../types.ts';
import type { Variables } from './interpolate.ts';
import { folderOf, treePath } from './paths.ts';
import { field, scalarText } from './scalars.ts';
import { serviceParts, type ServiceParts } from './service-parts.ts';
import { parseComposeYaml, type YScalar } from './yaml-tree.ts';

/** A top-level `configs:` entry: a file (`file: ./zoo.cfg`), text (`content: |`), or something hacheck cannot see. */
export type TopConfig =
  | { readonly kind: 'file'; readonly path: string; readonly span: Span }
  | { readonly kind: 'content'; readonly content: YScalar; readonly span: Span }
  | { readonly kind: 'opaque'; readonly span: Span };

export interface ComposeFile {
  readonly path: string;
  readonly services: ReadonlyMap<string, ServiceParts>;
  readonly configs: ReadonlyMap<string, TopConfig>;
  readonly problems: readonly ContainerProblem[];
}

export function readComposeFile(path: string, text: string, vars: Variables): ComposeFile {
  const parsed = parseComposeYaml(path, text);
  const services = new Map<string, ServiceParts>();
  const configs = new Map<string, TopConfig>();
  if (!parsed.ok) return { path, services, configs, problems: [parsed.problem] };
  const problems: ContainerProblem[] = [];
  const root = parsed.root;
  if (root.kind !== 'map') {
    // An empty file is no configuration, not a broken one.
    if (root.kind === 'scalar' && !root.text) return { path, services, configs, problems };
    return { path, services, configs, problems: [{ span: root.span, message: 'the file is not a Compose file: its top level is not a mapping' }] };
  }
  const folder = folderOf(path);
  const servicesNode = field(root, 'services');
  if (servicesNode?.kind === 'map') {
    for (const [name, entry] of servicesNode.entries) {
      const v = entry.value;
      if (v.kind === 'map' || (v.kind === 'scalar' && !v.text)) services.set(name, serviceParts(path, folder, entry, vars));
      else problems.push({ span: entry.key.span, message: `service "${name}" is not a mapping` });
    }
  } else if (servicesNode && !(servicesNode.kind === 'scalar' && !servicesNode.text)) {
    problems.push({ span: servicesNode.span, message: '"services" is not a mapping' });
  }
  const configsNode = field(root, 'configs');
  if (configsNode?.kind === 'map') {
    for (const [name, entry] of configsNode.entries) {
      const fileText = scalarText(field(entry.value, 'file'), vars);
      const content = field(entry.value, 'content');
      const filePath = fileText && treePath(folder, fileText.value);
      if (filePath !== undefined) configs.set(name, { kind: 'file', path: filePath, span: entry.span });
      else if (content?.kind === 'scalar' && content.text) configs.set(name, { kind: 'content', content, span: entry.span });
      else configs.set(name, { kind: 'opaque', span: entry.span });
    }
  }
  return { path, services, configs, problems };
}
