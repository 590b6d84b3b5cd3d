/**
 * The mutations. Each works on a file's bytes held as a "byte string" (one
 * char per byte, Buffer's latin1 encoding, which maps bytes and chars 1:1), so
 * a flipped bit can make invalid UTF-8 while line and tag operations stay plain
 * string operations. A mutator returns undefined when it does not apply (no
 * tag in a zoo.cfg, one line to swap); the caller then picks another.
 */
import type { Rng } from './prng.ts';

export interface Donor {
  /** Where the chunk comes from, for the description: fixtures/.../hdfs-site.xml. */
  readonly label: string;
  readonly text: string;
}

export interface MutationContext {
  /** Another seed file to splice from, chosen with the input's own stream. */
  donor(rng: Rng): Donor;
}

export interface Applied {
  readonly text: string;
  /** What was done and where, in words: it is printed with a failure. */
  readonly what: string;
}

export interface Mutator {
  readonly name: string;
  apply(text: string, rng: Rng, ctx: MutationContext): Applied | undefined;
}

/** A UTF-8 string as a byte string, for tokens that are not ASCII. */
export function bytesOf(utf8: string): string {
  return Buffer.from(utf8, 'utf8').toString('latin1');
}

/** A byte string shown in a description: printable ASCII kept, the rest escaped. */
export function show(s: string, max = 40): string {
  const cut = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(cut).replace(/[\u0080-\u00ff]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The characters each parser treats specially: XML markup and entities,
 * the line-oriented formats' separators, comment and escape characters, Hadoop's
 * ${var} expansion, line breaks of all kinds, a NUL, a byte-order mark and a
 * non-breaking space (both as UTF-8), and a DOCTYPE with an entity.
 */
const TOKENS: readonly string[] = [
  '<', '>', '&', ']]>', '<![CDATA[', '<!--', '-->', '<?', '?>', '</', '/>', '"', "'",
  '&amp;', '&lt;', '&#0;', '&#xD800;', '&#x110000;', '&unknown;', '&#',
  '\\', '\\u', '\\u00zz', '\\\n', '=', ':', '#', '!', ';', ',', '/', '//', '|', '@', '[', ']', '*', '.', '%', ' ', '\t',
  '${', '}', '${a}', '${${', '\r', '\n', '\r\n', '\0', bytesOf('\ufeff'), bytesOf('\u00a0'), bytesOf('\u2028'),
  '<?xml version="1.0"?>', '<!DOCTYPE configuration [<!ENTITY e "xx">]>', '<property>', '</property>', '<name></name>', '<value/>',
  'server.1=', 'server.0=a:1:2', 'include ', 'pool ', 'server ', '127.0.0.1', '::1', 'localhost', 'qjournal://', 'hdfs://',
];

/** Bytes that break decoders: NUL, high bytes alone, UTF-8 lead bytes without their continuation. */
const BYTES: readonly number[] = [0x00, 0x7f, 0x80, 0xa0, 0xc0, 0xc3, 0xe2, 0xef, 0xf0, 0xff, 0x0a, 0x0d, 0x09, 0x20];

/** Numbers at the edges of what the readers accept: port range, int32, int64, double precision. */
const NUMBERS: readonly string[] = [
  '0', '-1', '-0', '00', '007', '1', '2', '3', '65535', '65536', '2147483647', '2147483648', '-2147483649',
  '4294967296', '9007199254740993', '9223372036854775808', '99999999999999999999999999', '1e999', '0x10', '1.5', '',
];

/** Characters next to which a change most often reaches a parser's decision: separators and markup. */
const BOUNDARY = /[<>=:\n,;/ #&"\]]/g;

/** Half the time a uniform offset in [0, length], else just before or after a separator. */
function position(text: string, rng: Rng): number {
  if (text.length === 0 || rng.chance(0.5)) return rng.int(text.length + 1);
  const hits = [...text.matchAll(BOUNDARY)].map((m) => m.index);
  if (hits.length === 0) return rng.int(text.length + 1);
  return rng.pick(hits) + rng.int(2);
}

/** Lines with their line break, so that joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const insertAt = (text: string, at: number, chunk: string) => text.slice(0, at) + chunk + text.slice(at);

const bitFlip: Mutator = {
  name: 'bit-flip',
  apply(text, rng) {
    if (text.length === 0) return undefined;
    const at = rng.int(text.length);
    const bit = rng.int(8);
    const flipped = String.fromCharCode(text.charCodeAt(at) ^ (1 << bit));
    return { text: text.slice(0, at) + flipped + text.slice(at + 1), what: `flip bit ${bit} of byte ${at}` };
  },
};

const byteInsert: Mutator = {
  name: 'byte-insert',
  apply(text, rng) {
    const at = position(text, rng);
    const byte = rng.chance(0.5) ? rng.pick(BYTES) : rng.int(256);
    return { text: insertAt(text, at, String.fromCharCode(byte)), what: `insert byte 0x${byte.toString(16).padStart(2, '0')} at ${at}` };
  },
};

const byteDelete: Mutator = {
  name: 'byte-delete',
  apply(text, rng) {
    if (text.length === 0) return undefined;
    const at = rng.int(text.length);
    const n = Math.min(text.length - at, rng.chance(0.7) ? 1 : rng.between(2, 16));
    return { text: text.slice(0, at) + text.slice(at + n), what: `delete ${n} byte(s) at ${at} (${show(text.slice(at, at + n))})` };
  },
};

const truncate: Mutator = {
  name: 'truncate',
  apply(text, rng) {
    if (text.length === 0) return undefined;
    const at = rng.int(text.length);
    return { text: text.slice(0, at), what: `truncate at ${at} of ${text.length}` };
  },
};

/** A chunk of another seed file (same kind or not) inserted, or replacing a range of this one. */
const spliceChunk: Mutator = {
  name: 'splice-chunk',
  apply(text, rng, ctx) {
    const donor = ctx.donor(rng);
    if (donor.text.length === 0) return undefined;
    const from = rng.int(donor.text.length);
    const to = Math.min(donor.text.length, from + rng.between(1, 200));
    const chunk = donor.text.slice(from, to);
    const at = position(text, rng);
    const replaced = rng.chance(0.5) ? Math.min(text.length - at, rng.int(64)) : 0;
    return {
      text: text.slice(0, at) + chunk + text.slice(at + replaced),
      what: `splice ${donor.label}[${from}..${to}) ${show(chunk)} at ${at}${replaced > 0 ? `, replacing ${replaced} byte(s)` : ''}`,
    };
  },
};

/** Classic crossover: this file's head, the donor's tail. */
const spliceTail: Mutator = {
  name: 'splice-tail',
  apply(text, rng, ctx) {
    const donor = ctx.donor(rng);
    const head = rng.int(text.length + 1);
    const tail = rng.int(donor.text.length + 1);
    const out = text.slice(0, head) + donor.text.slice(tail);
    if (out === text) return undefined;
    return { text: out, what: `keep ${head} byte(s), then ${donor.label} from ${tail}` };
  },
};

const duplicateLine: Mutator = {
  name: 'duplicate-line',
  apply(text, rng) {
    const lines = linesOf(text);
    if (lines.length === 0) return undefined;
    const i = rng.int(lines.length);
    // Mostly once; sometimes many times, to reach code that is slow on repetition.
    const times = rng.chance(0.9) ? 1 : rng.between(2, 256);
    lines.splice(i, 0, ...Array<string>(times).fill(lines[i]!));
    return { text: lines.join(''), what: `duplicate line ${i + 1} ×${times}` };
  },
};

const deleteLine: Mutator = {
  name: 'delete-line',
  apply(text, rng) {
    const lines = linesOf(text);
    if (lines.length === 0) return undefined;
    const i = rng.int(lines.length);
    lines.splice(i, 1);
    return { text: lines.join(''), what: `delete line ${i + 1}` };
  },
};

const swapLines: Mutator = {
  name: 'swap-lines',
  apply(text, rng) {
    const lines = linesOf(text);
    if (lines.length < 2) return undefined;
    const i = rng.int(lines.length);
    const j = (i + 1 + rng.int(lines.length - 1)) % lines.length;
    if (lines[i] === lines[j]) return undefined;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return { text: lines.join(''), what: `swap lines ${i + 1} and ${j + 1}` };
  },
};

/** A whole element (<property>…</property>, <name>…</name>) repeated right after itself. */
const duplicateElement: Mutator = {
  name: 'duplicate-element',
  apply(text, rng) {
    const elements: { start: number; end: number; name: string }[] = [];
    for (const m of text.matchAll(/<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>/g)) {
      if (m[0].endsWith('/>')) continue;
      const close = text.indexOf(`</${m[1]}>`, m.index + m[0].length);
      if (close >= 0) elements.push({ start: m.index, end: close + m[1]!.length + 3, name: m[1]! });
    }
    if (elements.length === 0) return undefined;
    const e = rng.pick(elements);
    return { text: insertAt(text, e.end, text.slice(e.start, e.end)), what: `duplicate <${e.name}> element at ${e.start}..${e.end}` };
  },
};

/** One start or end tag repeated or removed: unbalanced markup. */
const tagEdit: Mutator = {
  name: 'tag-edit',
  apply(text, rng) {
    const tags = [...text.matchAll(/<\/?[A-Za-z_][^<>]*>/g)];
    if (tags.length === 0) return undefined;
    const t = rng.pick(tags);
    const end = t.index + t[0].length;
    if (rng.chance(0.5)) return { text: insertAt(text, end, t[0]), what: `duplicate tag ${show(t[0])} at ${t.index}` };
    return { text: text.slice(0, t.index) + text.slice(end), what: `remove tag ${show(t[0])} at ${t.index}` };
  },
};

const insertToken: Mutator = {
  name: 'insert-token',
  apply(text, rng) {
    const at = position(text, rng);
    const token = rng.pick(TOKENS);
    return { text: insertAt(text, at, token), what: `insert ${show(token)} at ${at}` };
  },
};

/** A number in the file (an id, a port, a count) replaced by an edge value. */
const replaceNumber: Mutator = {
  name: 'replace-number',
  apply(text, rng) {
    const numbers = [...text.matchAll(/\d+/g)];
    if (numbers.length === 0) return undefined;
    const n = rng.pick(numbers);
    const value = rng.pick(NUMBERS.filter((v) => v !== n[0]));
    return {
      text: text.slice(0, n.index) + value + text.slice(n.index + n[0].length),
      what: `replace number ${show(n[0])} at ${n.index} with ${show(value)}`,
    };
  },
};

/**
 * Values that rules parse: booleans, ports and addresses, host lists, URIs
 * (hdfs://, qjournal://), fencing methods, durations, ${var} forms. A
 * structural mutation of an XML file mostly makes it malformed, and a
 * malformed site file has no properties at all; these keep the file readable
 * and reach the rules instead.
 */
const VALUES: readonly string[] = [
  '', ' ', '  x  ', 'true', 'TRUE', 'false', 'yes', '0', '-1', '1', '2', '3', '65535', '65536', '2147483648', '99999999999999999999',
  'host', 'host:', ':8020', 'host:port', 'host:0', 'host:-1', 'host:99999', '[::1]:8020', '[::1', '::1', '127.0.0.1', '0.0.0.0:8020', 'localhost:2181',
  'a,b,,c', 'nn1,nn1', ' nn1 , nn2 ', ',', ';', 'zk1:2181,zk2:2181/chroot', 'zk1:2181/', '/', '//',
  'hdfs://', 'hdfs://ns', 'hdfs://ns:', 'hdfs://host:8020/path', 'hdfs:///', 'file:///tmp/x', '/tmp', 'viewfs://x/', 's3a://b',
  'qjournal://', 'qjournal://a:8485;b:8485/ns', 'qjournal://a:8485;;/', 'qjournal:///ns', 'qjournal://a;b;c/',
  'sshfence', 'sshfence(', 'sshfence(user:22)', 'shell(', 'shell(/bin/true)', 'sshfence\nshell(/bin/true)',
  'org.apache.hadoop.hdfs.server.namenode.ha.ConfiguredFailoverProxyProvider',
  '${', '${}', '${a', '${x}', '${env.HOME}', '${user.name}', '1s', '10m', '2h', '1d', '1.5', 'NaN', 'Infinity',
];

interface Slot {
  readonly start: number;
  readonly end: number;
  /** Inside an XML element: the replacement is escaped so that the file stays well-formed. */
  readonly xml: boolean;
}

/** The values of a file: <name>/<value> contents, else key=value values, else words. */
function slotsOf(text: string): Slot[] {
  const xml = [...text.matchAll(/<(name|value)>([^<]*)<\/\1>/g)].map((m) => {
    const start = m.index + m[1]!.length + 2;
    return { start, end: start + m[2]!.length, xml: true };
  });
  if (xml.length > 0) return xml;
  const props = [...text.matchAll(/^[ \t]*[^#!\s=:<][^=:\n]*[=:][ \t]*([^\n]*)$/gm)].map((m) => {
    const end = m.index + m[0].length;
    return { start: end - m[1]!.length, end, xml: false };
  });
  if (props.length > 0) return props;
  return [...text.matchAll(/[^\s#<>]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, xml: false }));
}

/** The property names (XML) or keys (key=value) of a file, for ${name} references to its own properties. */
function namesOf(text: string): string[] {
  const xml = [...text.matchAll(/<name>\s*([^<\s]+)\s*<\/name>/g)].map((m) => m[1]!);
  return xml.length > 0 ? xml : [...text.matchAll(/^[ \t]*([^#!\s=:<][^=:\s]*)[ \t]*[=:]/gm)].map((m) => m[1]!);
}

/** A value, a name or a donor's value, a ${reference} to a property of this file (cycles included), or an edit of the old value. */
function replacementFor(old: string, text: string, rng: Rng, ctx: MutationContext): string {
  const roll = rng.int(100);
  if (roll < 40) return rng.pick(VALUES);
  if (roll < 65) {
    const donor = ctx.donor(rng).text;
    const slots = slotsOf(donor);
    if (slots.length === 0) return rng.pick(VALUES);
    const s = rng.pick(slots);
    return donor.slice(s.start, s.end);
  }
  if (roll < 85) {
    const names = namesOf(text);
    if (names.length === 0) return `\${${old}}`;
    const refs = Array.from({ length: rng.between(1, 3) }, () => `\${${rng.pick(names)}}`);
    return refs.join(rng.pick(['', ',', ' ', '/']));
  }
  const edits = [`${old},${old}`, `${old} ${old}`, old.toUpperCase(), ` ${old} `, old.slice(0, old.length >> 1), `${old}${old}`];
  return rng.pick(edits);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const replaceValue: Mutator = {
  name: 'replace-value',
  apply(text, rng, ctx) {
    const slots = slotsOf(text);
    if (slots.length === 0) return undefined;
    const slot = rng.pick(slots);
    const old = text.slice(slot.start, slot.end);
    const raw = replacementFor(old, text, rng, ctx);
    const value = slot.xml ? escapeXml(raw) : raw;
    if (value === old) return undefined;
    return { text: text.slice(0, slot.start) + value + text.slice(slot.end), what: `replace value ${show(old)} at ${slot.start} with ${show(value)}` };
  },
};

export const MUTATORS: readonly Mutator[] = [
  bitFlip, byteInsert, byteDelete, truncate, spliceChunk, spliceTail,
  duplicateLine, deleteLine, swapLines, duplicateElement, tagEdit, insertToken, replaceNumber,
  // Twice: the mutation that keeps a site file well-formed is the one that reaches most rules.
  replaceValue, replaceValue,
];

/** Always applies: the fallback when the mutators drawn do not apply to a file. */
export const FALLBACK: Mutator = insertToken;
