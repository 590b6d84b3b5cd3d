/**
 * A service's `volumes:` entries (compose-spec 05-services.md, volumes): the short form
 * `SOURCE:TARGET[:MODE]` or a lone `TARGET` (an anonymous volume), and the long form
 * `{type, source, target}`. In the short form a source is a host path when it starts with `.`,
 * `/` or `~` (compose-go's loader, isFilePath), else a named volume; a relative host path is
 * read from the linted tree, anything else is content hacheck cannot see.
 */
import type { ContainerMount } from '../types.ts';
import type { Variables } from './interpolate.ts';
import { treePath } from './paths.ts';
import { field, scalarText } from './scalars.ts';
import type { YNode } from './yaml-tree.ts';

/** The mount of one `volumes:` entry, or undefined when its target is not known. */
export function volumeMount(node: YNode, folder: string, vars: Variables): ContainerMount | undefined {
  const span = node.span;
  if (node.kind === 'map') {
    const target = scalarText(field(node, 'target'), vars)?.value;
    if (target === undefined) return undefined;
    const type = scalarText(field(node, 'type'), vars)?.value ?? 'volume';
    const source = scalarText(field(node, 'source'), vars)?.value;
    const bind = type === 'bind' && source !== undefined;
    const path = bind ? treePath(folder, source) : undefined;
    if (path !== undefined) return { kind: 'tree', source: path, target, span };
    return bind ? { kind: 'opaque', target, span, external: true } : { kind: 'opaque', target, span };
  }
  const text = scalarText(node, vars)?.value;
  if (text === undefined) return undefined;
  const parts = text.split(':');
  if (parts.length === 1) return { kind: 'opaque', target: text, span };
  const [source, target] = [parts[0]!, parts[1]!];
  const isHostPath = source.startsWith('.') || source.startsWith('/') || source.startsWith('~');
  const path = isHostPath ? treePath(folder, source) : undefined;
  if (path !== undefined) return { kind: 'tree', source: path, target, span };
  return isHostPath ? { kind: 'opaque', target, span, external: true } : { kind: 'opaque', target, span };
}

/** A service's use of a top-level config: `- name` or `{source, target}`; the target defaults to `/<source>`. */
export function configUse(node: YNode, vars: Variables): { readonly source: string; readonly target: string } | undefined {
  if (node.kind === 'map') {
    const source = scalarText(field(node, 'source'), vars)?.value;
    if (source === undefined) return undefined;
    return { source, target: scalarText(field(node, 'target'), vars)?.value ?? `/${source}` };
  }
  const source = scalarText(node, vars)?.value;
  return source === undefined ? undefined : { source, target: `/${source}` };
}
