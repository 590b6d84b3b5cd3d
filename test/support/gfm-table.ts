import * as assert from 'uvu/assert';

/**
 * The cells of a GitHub-flavoured Markdown table row as GitHub's parser
 * (cmark-gfm, extensions/table.c and ext_scanners.re) splits it, before any
 * inline parsing: a backslash and the ASCII punctuation after it are one
 * escaped pair, and any other "|" ends a cell, inside code spans too.
 * Undefined for a line that is not a row (not starting and ending with "|").
 */
export function gfmCells(line: string): string[] | undefined {
  if (!line.startsWith('|') || !line.endsWith('|') || line.length < 2) return undefined;
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && /[!-/:-@[-`{-~]/.test(line[i + 1] ?? '')) {
      cell += c + line[++i]!;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  return cell.trim() === '' ? cells : undefined;
}

/** Asserts that every row of each table splits into as many cells as its header, as GitHub splits them. */
export function assertTableRowsAligned(lines: readonly string[]): void {
  let width = 0;
  for (const line of lines) {
    const cells = gfmCells(line);
    if (!cells) width = 0;
    else if (width === 0) width = cells.length;
    else assert.is(cells.length, width, line);
  }
}
