/**
 * Where a JSON text stops being JSON. JSON.parse says "Unexpected token 'x',
 * "<the start of the file>" is not valid JSON" for some errors: it quotes the
 * file, which may be crafted, and gives no position. So the loader discards
 * its message and asks this scanner for the offset instead. Iterative, so a
 * file of a million "[" does not exhaust the stack; it runs only after
 * JSON.parse has failed.
 */

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/** The offset just past the string starting at `i` (a '"'), or -(offset of the bad character) - 1. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j++;
      } else {
        return -(j + 1) - 1;
      }
    }
  }
  return -text.length - 1;
}

function token(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

/** The offset of the first character that makes `text` invalid JSON (text.length when it ends too early), or -1 when it is valid. */
export function jsonErrorOffset(text: string): number {
  const open: string[] = [];
  let i = skipSpace(text, 0);
  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    if (expect === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        open.push(c);
        i = skipSpace(text, i + 1);
        if (text[i] === (c === '{' ? '}' : ']')) {
          open.pop();
          i++;
          expect = 'after';
        } else {
          expect = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      const end = c === '"' ? skipString(text, i) : token(c === 't' || c === 'f' || c === 'n' ? LITERAL : NUMBER, text, i);
      if (end < 0) return c === '"' ? -end - 1 : i;
      i = end;
      expect = 'after';
    } else if (expect === 'key') {
      if (text[i] !== '"') return i;
      const end = skipString(text, i);
      if (end < 0) return -end - 1;
      i = skipSpace(text, end);
      if (text[i] !== ':') return i;
      i = skipSpace(text, i + 1);
      expect = 'value';
    } else {
      i = skipSpace(text, i);
      const top = open[open.length - 1];
      if (top === undefined) return i === text.length ? -1 : i;
      if (text[i] === ',') {
        i = skipSpace(text, i + 1);
        expect = top === '{' ? 'key' : 'value';
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/** 1-based line and column of `offset` in `text`, columns in UTF-16 code units as editors count them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line++;
    start = j + 1;
  }
  return { line, column: offset - start + 1 };
}
