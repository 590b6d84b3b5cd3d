/**
 * The text of a ConfigMap value as the file it becomes, every character mapped to the manifest.
 * A literal block scalar (`|`, `|-`, `|+`) keeps each content line as written, less the block's
 * indentation (YAML 1.2, 8.1.2 "Literal Style"), so line k of the value is the source line k
 * after the header: each line is copied from there and a finding in the file lands on the
 * manifest's own line and column.
 */
import { isScalar, type Node } from 'yaml';
import { MappedTextBuilder, type MappedSourceText } from '../../text/mapped-source.ts';
import { appendSourced } from '../sourced.ts';
import { scalarString, sourced, spanOf, type DocContext } from './yaml-nodes.ts';

export function scalarFileText(ctx: DocContext, node: Node): MappedSourceText | undefined {
  const value = scalarString(node);
  if (value === undefined) return undefined;
  const builder = new MappedTextBuilder();
  if (isScalar(node) && node.type === 'BLOCK_LITERAL' && node.range && copyLiteralLines(ctx, node, node.range[0], value, builder)) {
    return builder.build(ctx.src.path);
  }
  const text = sourced(ctx, node);
  if (!text) return undefined;
  return appendSourced(new MappedTextBuilder(), text).build(ctx.src.path);
}

/**
 * Copies the literal block's lines from their source lines; false (and the caller falls back
 * to the whole node's span) if any line is not found where the literal style puts it, e.g.
 * a tab or a line break the yaml package normalised.
 */
function copyLiteralLines(ctx: DocContext, node: Node, headerOffset: number, value: string, builder: MappedTextBuilder): boolean {
  const { text, lineStarts } = ctx.src;
  const headerLine = ctx.src.position(headerOffset).line; // 1-based: index of the first content line in lineStarts
  const lines = value.split('\n');
  for (const [k, line] of lines.entries()) {
    const lineIndex = headerLine + k;
    const start = lineStarts[lineIndex];
    if (start === undefined) {
      // `|+` keeps trailing line breaks past the end of the text: nothing left to copy.
      if (line !== '') return false;
      continue;
    }
    let end = lineStarts[lineIndex + 1] !== undefined ? lineStarts[lineIndex + 1]! - 1 : text.length;
    if (end > start && text[end - 1] === '\r') end--;
    if (line !== '') {
      const from = end - line.length;
      if (from < start || text.slice(from, end) !== line || text.slice(start, from).trim() !== '') return false;
      builder.copied(line, ctx.src, from);
    }
    if (k < lines.length - 1) {
      const nl = lineStarts[lineIndex + 1];
      if (nl === undefined) builder.at('\n', spanOf(ctx, node));
      else builder.copied('\n', ctx.src, nl - 1);
    }
  }
  return true;
}
