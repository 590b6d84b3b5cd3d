import { printable } from './printable.ts';

/**
 * Text from the linted directory (a message, a path, a host name) inside
 * GitHub-flavoured Markdown: a table cell, a list item, a heading. Control
 * characters and line breaks become visible \uXXXX first (a lone "\r" ends a
 * Markdown line too, and so a table row); then "&", "<" and ">" become
 * entities, so no HTML tag or autolink starts, and the characters that open
 * emphasis, code, links, strike-through or a cell are escaped with "\".
 * Last, what GitHub would turn into a link by itself is broken up (unlinked).
 */
export function markdownText(s: string): string {
  return unlinked(
    printable(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~])/g, '\\$1'),
  );
}

/**
 * GitHub's autolink extension (cmark-gfm, extensions/autolink.c) turns bare
 * text into links, so a crafted value would become a clickable link:
 * - "http://", "https://", "ftp://": matched at the ":" of the source, with "//"
 *   after it in the source; as the entity &#58; the ":" is no longer there;
 * - "www.": matched on those four characters of the source; &#46; for the ".";
 * - e-mail addresses (and mailto:, xmpp:): matched after parsing, in the text
 *   with entities decoded and adjacent text merged, so an entity does not
 *   help; an empty HTML comment after the "@" ends the text node there, and
 *   an address needs its domain in the same node. The same comment keeps an
 *   "@name" from mentioning (and, in a pull request comment, notifying) a user.
 * Each shows as the same character, or nothing.
 */
function unlinked(md: string): string {
  return md
    .replace(/(?<=[A-Za-z]):(?=\/\/)/g, '&#58;')
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}&#46;`)
    .replace(/@/g, '@<!-- -->');
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
