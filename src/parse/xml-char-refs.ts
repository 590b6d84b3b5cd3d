/**
 * Character references to code points XML does not allow. XML 1.0's well-formedness
 * constraint "Legal Character": a reference must name a `Char` (section 2.2), so
 * `&#0;`, a surrogate (`&#xD800;`), `&#xFFFE;` or anything past U+10FFFF stops Java's
 * parsers: the JDK's XMLScanner.scanCharReferenceValue reports InvalidCharRef,
 * 'Character reference "&#{0}" is an invalid XML character.', with {0} the digits as
 * written ("x" first for a hexadecimal one), also when they overflow an int.
 * XML 1.1 (section 4.1) also allows references to U+0001-U+001F and U+007F-U+009F.
 */

export interface InvalidCharRef {
  /** Offsets of `&` and one past `;`. */
  readonly start: number;
  readonly end: number;
  /** As Java's message shows it: `&#` and the digits, without the `;`. */
  readonly literal: string;
}

export function isXmlChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function isXml11RefChar(cp: number): boolean {
  return (cp >= 1 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** True for a document that declares `<?xml version="1.1"?>`. */
export function declaresXml11(text: string): boolean {
  return /^\uFEFF?<\?xml\s+version\s*=\s*(["'])1\.1\1/.test(text);
}

/** `body`: what lies between `&#` and `;`, e.g. "x41" or "65". */
export function isLegalCharRef(body: string, xml11: boolean): boolean {
  const hex = body.startsWith('x');
  const digits = hex ? body.slice(1) : body;
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return true; // not a character reference; the validator judges it
  const cp = parseInt(digits, hex ? 16 : 10);
  return xml11 ? isXml11RefChar(cp) : isXmlChar(cp);
}

export function invalidCharRefMessage(ref: InvalidCharRef): string {
  return `character reference "${ref.literal}" is an invalid XML character`;
}

const CHAR_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** The first illegal character reference in `text` (an entity's literal value), offsets from `offset`. */
export function firstInvalidCharRef(text: string, offset: number, xml11: boolean): InvalidCharRef | undefined {
  if (!text.includes('&#')) return undefined;
  for (const m of text.matchAll(CHAR_REF)) {
    if (!isLegalCharRef(m[1]!, xml11)) return { start: offset + m.index, end: offset + m.index + m[0].length, literal: m[0].slice(0, -1) };
  }
  return undefined;
}
