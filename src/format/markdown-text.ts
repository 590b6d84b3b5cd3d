import { printable } from './printable.ts';

/**
 * Text from the linted directory (a message, a path, a host name) inside
 * GitHub-flavoured Markdown: a table cell, a list item, a heading. Control
 * characters and line breaks become visible \uXXXX first (a lone "\r" ends a
 * Markdown line too, and so a table row); then "&", "<" and ">" become
 * entities, so no HTML tag or autolink starts, and the characters that open
 * emphasis, code, links, strike-through or a cell are escaped with "\".
 */
export function markdownText(s: string): string {
  return printable(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/**
 * Inline code that shows `s` as it is, whatever backticks it holds: the fence
 * is one backtick longer than the longest run inside (CommonMark code spans),
 * padded when `s` starts or ends with one. Control characters and line breaks
 * become visible \uXXXX, since a line break in a code span would end a table
 * row or a list item. In a table, "|" still ends the cell even in code: the
 * caller escapes it for the cell.
 */
export function markdownCode(s: string): string {
  const text = printable(s);
  const longest = (text.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
