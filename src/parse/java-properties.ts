/**
 * A reader with the semantics of java.util.Properties.load (JDK 17 LineReader
 * and loadConvert), keeping the source offset of every character so findings
 * can point into keys and values. zoo.cfg is read this way by ZooKeeper's
 * QuorumPeerConfig, which then trims every key and value.
 */

export interface PropertiesEntry {
  /** Key after escape processing (not trimmed). */
  readonly key: string;
  /** Value after escape processing (not trimmed). */
  readonly value: string;
  /** Source offset of each character of `key`, plus one entry for its end. */
  readonly keyOffsets: readonly number[];
  /** Source offset of each character of `value`, plus one entry for its end. */
  readonly valueOffsets: readonly number[];
  /** Offset where the logical line starts and ends (continuations included). */
  readonly start: number;
  readonly end: number;
  /** Set when the line holds a malformed \uXXXX escape: Java throws on it. */
  readonly malformedEscapeAt?: number;
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\f';
const isEol = (c: string) => c === '\n' || c === '\r';

interface LogicalLine {
  chars: string[];
  offsets: number[];
  start: number;
  end: number;
}

/**
 * Splits text into Properties logical lines (comment and blank lines dropped),
 * following JDK 17 LineReader.readLine, including its end-of-input cases: a
 * line break that is the last character ends the line even after a
 * backslash, and a lone backslash still yields an (empty) entry.
 */
function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const n = text.length;
  let chars: string[] = [];
  let offsets: number[] = [];
  let start = -1;
  let skipWhite = true;
  let appendedLineBegin = false;
  let precedingBackslash = false;
  const emit = (end: number) => {
    if (precedingBackslash) {
      chars.pop();
      offsets.pop();
    }
    lines.push({ chars, offsets, start: start < 0 ? end : start, end });
    chars = [];
    offsets = [];
    start = -1;
    skipWhite = true;
    appendedLineBegin = false;
    precedingBackslash = false;
  };
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (skipWhite) {
      if (isBlank(c) || (!appendedLineBegin && isEol(c))) { i++; continue; }
      skipWhite = false;
      appendedLineBegin = false;
    }
    if (chars.length === 0 && (c === '#' || c === '!')) {
      // A comment runs to the end of its natural line; it is never continued.
      while (i < n && !isEol(text[i]!)) i++;
      skipWhite = true;
      continue;
    }
    if (!isEol(c)) {
      if (start < 0) start = i;
      chars.push(c);
      offsets.push(i);
      precedingBackslash = c === '\\' ? !precedingBackslash : false;
      i++;
      continue;
    }
    if (chars.length === 0) { skipWhite = true; i++; continue; }
    const eol = i;
    i++;
    if (i >= n || !precedingBackslash) {
      emit(eol);
      continue;
    }
    // An odd number of trailing backslashes continues the line; the backslash is not content.
    chars.pop();
    offsets.pop();
    skipWhite = true;
    appendedLineBegin = true;
    precedingBackslash = false;
    if (c === '\r' && text[i] === '\n') i++;
  }
  if (chars.length > 0) emit(n);
  return lines;
}

interface Converted {
  text: string;
  offsets: number[];
  malformedAt?: number;
}

/** Java's loadConvert: \uXXXX, \t \n \r \f, and any other escaped char stands for itself. */
function convert(chars: string[], offs: number[], from: number, to: number, endOffset: number): Converted {
  let text = '';
  const offsets: number[] = [];
  let malformedAt: number | undefined;
  let k = from;
  while (k < to) {
    const c = chars[k]!;
    const at = offs[k]!;
    if (c !== '\\' || k + 1 >= to) {
      text += c;
      offsets.push(at);
      k++;
      continue;
    }
    const e = chars[k + 1]!;
    if (e === 'u') {
      const hex = chars.slice(k + 2, k + 6).join('');
      if (hex.length === 4 && /^[0-9a-fA-F]{4}$/.test(hex)) {
        text += String.fromCharCode(parseInt(hex, 16));
        offsets.push(at);
        k += 6;
      } else {
        malformedAt ??= at;
        k += 2;
      }
      continue;
    }
    text += e === 't' ? '\t' : e === 'n' ? '\n' : e === 'r' ? '\r' : e === 'f' ? '\f' : e;
    offsets.push(at);
    k += 2;
  }
  offsets.push(to > from ? offs[to - 1]! + 1 : endOffset);
  return malformedAt === undefined ? { text, offsets } : { text, offsets, malformedAt };
}

export function readProperties(text: string): PropertiesEntry[] {
  const entries: PropertiesEntry[] = [];
  for (const line of logicalLines(text)) {
    const { chars, offsets } = line;
    const limit = chars.length;
    let keyLen = 0;
    let valueStart = limit;
    let hasSep = false;
    let backslash = false;
    while (keyLen < limit) {
      const c = chars[keyLen]!;
      if ((c === '=' || c === ':') && !backslash) { valueStart = keyLen + 1; hasSep = true; break; }
      if (isBlank(c) && !backslash) { valueStart = keyLen + 1; break; }
      backslash = c === '\\' ? !backslash : false;
      keyLen++;
    }
    while (valueStart < limit) {
      const c = chars[valueStart]!;
      if (!isBlank(c)) {
        if (!hasSep && (c === '=' || c === ':')) hasSep = true;
        else break;
      }
      valueStart++;
    }
    const key = convert(chars, offsets, 0, keyLen, line.start);
    const valueAnchor = valueStart < limit ? offsets[valueStart]! : line.end;
    const value = convert(chars, offsets, valueStart, limit, valueAnchor);
    const malformed = key.malformedAt ?? value.malformedAt;
    entries.push({
      key: key.text,
      value: value.text,
      keyOffsets: key.offsets,
      valueOffsets: value.offsets,
      start: line.start,
      end: line.end,
      ...(malformed === undefined ? {} : { malformedEscapeAt: malformed }),
    });
  }
  return entries;
}
