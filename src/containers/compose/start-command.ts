/**
 * A service's `command:` and `entrypoint:` (compose-spec 05-services.md): a string or a list
 * of arguments. Only which scripts they name matters here (src/containers/images/start-gate.ts),
 * so the words are joined by spaces; an argument whose interpolation is unknown is left out.
 * `entrypoint: []` or `""` is kept (as no words): it still replaces the image's ENTRYPOINT and
 * clears its CMD.
 */
import type { StartCommand } from '../types.ts';
import { itemsOf, scalarText } from './scalars.ts';
import type { Variables } from './interpolate.ts';
import type { YNode } from './yaml-tree.ts';

export function startCommandOf(node: YNode | undefined, vars: Variables): StartCommand | undefined {
  if (!node) return undefined;
  // `command: null` (or `~`) means "not set": the image's own CMD runs.
  if (node.kind === 'scalar' && !node.text) return undefined;
  if (node.kind === 'map') return undefined;
  const words = itemsOf(node).flatMap((item) => scalarText(item, vars)?.value ?? []);
  return { words: words.join(' '), span: node.span };
}
