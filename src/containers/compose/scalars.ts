/** Reading the values of a compose file's tree: interpolated scalars, and lists or maps of them. */
import type { SourcedText } from '../types.ts';
import { interpolate, type Variables } from './interpolate.ts';
import type { YMap, YNode } from './yaml-tree.ts';

/** The scalar's value as Compose passes it on; undefined when not a scalar, null, or unknown after interpolation. */
export function scalarText(node: YNode | undefined, vars: Variables): SourcedText | undefined {
  if (!node || node.kind !== 'scalar' || !node.text) return undefined;
  return interpolate(node.text, vars);
}

export function field(map: YNode | undefined, key: string): YNode | undefined {
  return map?.kind === 'map' ? map.entries.get(key)?.value : undefined;
}

export function asMap(node: YNode | undefined): YMap | undefined {
  return node?.kind === 'map' ? node : undefined;
}

/** A sequence's items, or a single value as a list of one (Compose accepts `env_file: x` for `[x]`). */
export function itemsOf(node: YNode | undefined): readonly YNode[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items;
  if (node.kind === 'scalar' && node.text) return [node];
  return [];
}

/** A whole number written as an integer (`3`, `"3"`), else undefined. */
export function integer(text: SourcedText | undefined): number | undefined {
  if (!text || !/^\d{1,9}$/.test(text.value.trim())) return undefined;
  return Number(text.value.trim());
}
