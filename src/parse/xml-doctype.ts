/**
 * Reads the document type declaration (`<!DOCTYPE configuration [ ... ]>`) of a site file.
 *
 * fast-xml-parser's own reader throws on well-formed declarations that Java's parsers accept
 * (an external entity, a parameter entity, more than 1000 entities, a value over 10,000
 * characters) and expands entities one level only. So hacheck reads the declaration here,
 * hands the parser the text with the declaration blanked out, and expands entities itself
 * (xml-entities.ts). Nothing named by the declaration is ever opened: an external DTD
 * subset or an external entity is only recorded.
 */

/** One `<!ENTITY>` declaration of the internal subset. */
export interface EntityDecl {
  readonly name: string;
  /** `<!ENTITY % name ...>`: a parameter entity, used inside the DTD only. */
  readonly parameter: boolean;
  /** The literal between the quotes, for an internal entity. */
  readonly value: string | undefined;
  /** Offset of the value's first character (after the quote), for an internal entity. */
  readonly valueStart: number | undefined;
  /** The SYSTEM literal of an external entity (for PUBLIC, its second literal). */
  readonly systemId: string | undefined;
  /** `NDATA name`: an unparsed entity, which XML parsers never read. */
  readonly unparsed: boolean;
  /** [start, end) of the whole declaration, from `<!ENTITY` to after `>`. */
  readonly start: number;
  readonly end: number;
}

export interface Doctype {
  /** [start, end) of the whole `<!DOCTYPE ...>`. */
  readonly start: number;
  readonly end: number;
  /** The SYSTEM literal of an external DTD subset (`<!DOCTYPE configuration SYSTEM "configuration.dtd">`). */
  readonly externalSubset: string | undefined;
  readonly entities: readonly EntityDecl[];
  /** The internal subset references a parameter entity (`%name;`), whose declarations hacheck does not know. */
  readonly parameterReferences: boolean;
}

/** A DOCTYPE in the prolog that breaks the XML grammar: where, and why in a few words. */
export interface DoctypeError {
  readonly offset: number;
  readonly message: string;
}

/**
 * - `none`: the prolog has no DOCTYPE;
 * - `unreadable`: `<!DOCTYPE` appears where this reader does not look (after a prolog it could
 *   not follow, after the root, in a comment); the caller leaves it to fast-xml-parser;
 * - a `DoctypeError`: the prolog's DOCTYPE is not well-formed, which Java's parsers refuse.
 */
export type DoctypeResult = Doctype | DoctypeError | 'none' | 'unreadable';

const NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.0-9:A-Z_a-z\u00B7\u00C0-\uFFFF]*/y;

class Cursor {
  constructor(
    readonly text: string,
    public i: number,
  ) {}

  at(s: string): boolean {
    return this.text.startsWith(s, this.i);
  }

  eat(s: string): boolean {
    if (!this.at(s)) return false;
    this.i += s.length;
    return true;
  }

  /** Skips XML white space; true when there was some. */
  space(): boolean {
    const from = this.i;
    for (let c = this.text.charCodeAt(this.i); c === 32 || c === 9 || c === 10 || c === 13; c = this.text.charCodeAt(this.i)) this.i++;
    return this.i > from;
  }

  name(): string | undefined {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.text);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  quoted(): string | undefined {
    const q = this.text[this.i];
    if (q !== '"' && q !== "'") return undefined;
    const close = this.text.indexOf(q, this.i + 1);
    if (close < 0) return undefined;
    const value = this.text.slice(this.i + 1, close);
    this.i = close + 1;
    return value;
  }

  /** Moves past the next `end`; false when there is none. */
  skipPast(end: string): boolean {
    const at = this.text.indexOf(end, this.i);
    if (at < 0) return false;
    this.i = at + end.length;
    return true;
  }

  /** Moves past the `>` closing a declaration, stepping over quoted literals. */
  skipDeclaration(): boolean {
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === '>') {
        this.i++;
        return true;
      }
      if (c === '"' || c === "'") {
        if (this.quoted() === undefined) return false;
      } else this.i++;
    }
    return false;
  }
}

/** `SYSTEM "x"` or `PUBLIC "p" "x"`: the system literal, `undefined` when neither keyword is here, `null` when malformed. */
function externalId(c: Cursor): string | undefined | null {
  if (c.eat('SYSTEM')) {
    if (!c.space()) return null;
    return c.quoted() ?? null;
  }
  if (c.eat('PUBLIC')) {
    if (!c.space() || c.quoted() === undefined || !c.space()) return null;
    return c.quoted() ?? null;
  }
  return undefined;
}

function entityDecl(c: Cursor): EntityDecl | undefined {
  const start = c.i;
  c.i += '<!ENTITY'.length;
  if (!c.space()) return undefined;
  const parameter = c.eat('%');
  if (parameter && !c.space()) return undefined;
  const name = c.name();
  if (name === undefined || !c.space()) return undefined;
  let value: string | undefined;
  let valueStart: number | undefined;
  let systemId: string | undefined;
  let unparsed = false;
  if (c.at('"') || c.at("'")) {
    valueStart = c.i + 1;
    value = c.quoted();
    if (value === undefined) return undefined;
  } else {
    const id = externalId(c);
    if (id === undefined || id === null) return undefined;
    systemId = id;
    const beforeNdata = c.i;
    if (!parameter && c.space() && c.eat('NDATA')) {
      if (!c.space() || c.name() === undefined) return undefined;
      unparsed = true;
    } else c.i = beforeNdata;
  }
  c.space();
  if (!c.eat('>')) return undefined;
  return { name, parameter, value, valueStart, systemId, unparsed, start, end: c.i };
}

/**
 * The grammar of XML 1.0 section 2.8 for the internal subset: markup declarations, comments,
 * PIs, parameter-entity references and white space; anything else is not well-formed.
 */
function doctypeAt(text: string, start: number): Doctype | DoctypeError {
  const c = new Cursor(text, start + '<!DOCTYPE'.length);
  const found = doctypeBody(c, start);
  if (found) return found;
  const at = Math.min(c.i, text.length);
  const ch = text[at];
  const message =
    at >= text.length ? 'the DOCTYPE declaration is not closed'
      : (ch === '"' || ch === "'") && text.indexOf(ch, at + 1) < 0 ? 'this quoted literal of the DOCTYPE is never closed'
        : 'the DOCTYPE declaration is not well-formed here';
  return { offset: at, message };
}

function doctypeBody(c: Cursor, start: number): Doctype | undefined {
  const text = c.text;
  if (!c.space() || c.name() === undefined) return undefined;
  const beforeId = c.i;
  let externalSubset: string | undefined;
  if (c.space()) {
    const id = externalId(c);
    if (id === null) return undefined;
    externalSubset = id;
  } else c.i = beforeId;
  c.space();
  const entities: EntityDecl[] = [];
  let parameterReferences = false;
  if (c.eat('[')) {
    for (;;) {
      c.space();
      if (c.i >= text.length) return undefined;
      if (c.eat(']')) break;
      if (c.at('<!--')) {
        if (!c.skipPast('-->')) return undefined;
      } else if (c.at('<?')) {
        if (!c.skipPast('?>')) return undefined;
      } else if (c.eat('%')) {
        if (c.name() === undefined || !c.eat(';')) return undefined;
        parameterReferences = true;
      } else if (c.at('<!ENTITY')) {
        const decl = entityDecl(c);
        if (!decl) return undefined;
        entities.push(decl);
      } else if (c.at('<!ELEMENT') || c.at('<!ATTLIST') || c.at('<!NOTATION')) {
        if (!c.skipDeclaration()) return undefined;
      } else return undefined;
    }
    c.space();
  }
  if (!c.eat('>')) return undefined;
  return { start, end: c.i, externalSubset, entities, parameterReferences };
}

/** Finds the DOCTYPE in the prolog: after the XML declaration, comments and processing instructions. */
export function readDoctype(text: string): DoctypeResult {
  const c = new Cursor(text, 0);
  for (;;) {
    c.space();
    if (c.at('<!--')) {
      if (!c.skipPast('-->')) break;
    } else if (c.at('<?')) {
      if (!c.skipPast('?>')) break;
    } else if (c.at('<!DOCTYPE')) {
      return doctypeAt(text, c.i);
    } else break;
  }
  // A DOCTYPE further on (after the root, or after a prolog this loop could not follow) is left to the parser.
  return text.includes('<!DOCTYPE') ? 'unreadable' : 'none';
}

/** The text with [start, end) replaced by spaces, line breaks kept, so every offset and line stays where it was. */
export function blank(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(last, start), spaces(text.slice(start, end)));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

export function spaces(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
