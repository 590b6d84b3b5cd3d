import { isUtf8 } from 'node:buffer';
import { decodeLatin1, decodeUtf8 } from './source-text.ts';

export interface DecodedText {
  readonly text: string;
  /** Where the bytes stop being text in the file's encoding: Java's XML parser refuses the file there. */
  readonly problem?: { readonly message: string; readonly offset: number };
}

/** Encoding names Java reads as ISO-8859-1 (TextDecoder's "iso-8859-1" is windows-1252, so not used for them). */
const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'iso8859_1', 'iso_8859_1', '8859_1', 'latin1', 'l1', 'cp819', 'ibm819']);
const ASCII = new Set(['us-ascii', 'ascii', 'iso646-us']);

/** The encoding named by `<?xml ... encoding="..."?>`, read from the ASCII-compatible start of the file. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = decodeLatin1(bytes.subarray(0, 256));
  const m = /^<\?xml\s[^?>]*?\bencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/.exec(head);
  return m?.[2]!.toLowerCase();
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { n = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return i;
}

function hex(b: number): string {
  return `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes a site file as Java's XML parsers do: a byte-order mark or the UTF-16
 * pattern of "<?" picks UTF-16, otherwise the declared encoding, else UTF-8. Bytes
 * that are not text in that encoding are reported where the parser stops; the text
 * is still returned (with replacement characters) so positions can be given.
 */
export function decodeXml(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) {
    return { text: stripBom(new TextDecoder('utf-16le').decode(bytes)) };
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) {
    return { text: stripBom(new TextDecoder('utf-16be').decode(bytes)) };
  }
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const declared = utf8Bom ? undefined : declaredEncoding(bytes);
  if (declared && LATIN1.has(declared)) return { text: decodeLatin1(bytes) };
  if (declared && ASCII.has(declared)) {
    const bad = bytes.findIndex((b) => b > 0x7f);
    const text = decodeLatin1(bytes);
    return bad < 0 ? { text } : { text, problem: { message: `byte ${hex(bytes[bad]!)} is not ASCII, the encoding the file declares`, offset: bad } };
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) };
    } catch {
      // A name TextDecoder does not know: read it as UTF-8 below, as most such files are.
    }
  }
  const text = decodeUtf8(bytes);
  if (isUtf8(bytes)) return { text };
  const bad = firstInvalidUtf8(bytes);
  // The prefix before `bad` is valid UTF-8, so its decoded length is the offset in the text.
  const offset = decodeUtf8(bytes.subarray(0, bad)).length;
  return { text, problem: { message: `byte ${hex(bytes[bad]!)} is not valid UTF-8${declared ? '' : ' (the file declares no other encoding)'}`, offset } };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
