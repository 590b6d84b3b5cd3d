import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EntityDecoder } from '@nodable/entities';
import type { Located, Span } from '../text/span.ts';
import { intern } from '../text/intern.ts';
import type { SourceText } from '../text/source-text.ts';
import { xmlComments } from './comments.ts';
import { scanBody, type BodyScan, type EntityRef } from './xml-body-scan.ts';
import { blank, readDoctype, spaces, type Doctype } from './xml-doctype.ts';
import { declaresXml11, firstInvalidCharRef, invalidCharRefMessage, type InvalidCharRef } from './xml-char-refs.ts';
import { analyseEntities, HadoopEntityDecoder, type Fault } from './xml-entities.ts';

/** One <property> as Hadoop's Configuration reads it. */
export interface XmlProperty {
  /** Trimmed, as Configuration trims names. */
  readonly name: Located<string>;
  /** Untrimmed, as Configuration keeps values; absent for a property without <value>. */
  readonly value: Located<string> | undefined;
  readonly final: boolean;
  /** The <property> element. */
  readonly span: Span;
  /** Earlier non-empty <value> (or <name>) elements that a later one replaced, in order; absent when none. */
  readonly replaced?: readonly ReplacedChild[];
  /** Child elements Hadoop's Configuration does not read (a misspelt <vaule>); absent when none. */
  readonly ignoredChildren?: readonly IgnoredChild[];
}

/** A <value> or <name> of a property that a later one of the same element replaced. */
export interface ReplacedChild {
  readonly element: 'name' | 'value';
  /** Its text (a name trimmed), at its content. */
  readonly text: Located<string>;
}

/** A child element of <property> that Configuration skips. */
export interface IgnoredChild {
  readonly element: string;
  /** Its start tag. */
  readonly span: Span;
}

/**
 * The children of <property> Configuration reads (Parser.handleStartElement, 3.4.1; loadResource,
 * 2.7.7 reads name, value, final and source), and <description>, which *-default.xml documents
 * keys with and both versions skip on purpose.
 */
const PROPERTY_CHILDREN = new Set(['name', 'value', 'final', 'source', 'tag', 'description']);

export interface XmlProblem {
  readonly message: string;
  readonly span: Span;
}

/** An entity the DOCTYPE declares SYSTEM or PUBLIC: Java's parsers read its file, hacheck never does. */
export interface XmlExternalEntity {
  readonly name: string;
  /** `<!ENTITY % name ...>`: declarations for the DTD rather than text for the document. */
  readonly parameter: boolean;
  /** The SYSTEM literal, as written. */
  readonly systemId: string;
  /** The whole declaration. */
  readonly span: Span;
}

/** The entity reference that takes the document past a limit of Java's XML parsers. */
export interface XmlExpansionLimit {
  /**
   * - `count`: more than 100,000 expansions, refused by the JDK (64,000) and Woodstox (100,000);
   * - `size`: more than 50,000,000 characters of expansion, refused by the JDK, not expanded by hacheck;
   * - `depth`: entities nested more than 500 deep, refused by Woodstox (Hadoop 3) only;
   * - `jdk-count`: more than 64,000 expansions but at most 100,000, refused by the JDK (Hadoop 2) only.
   */
  readonly kind: 'count' | 'size' | 'depth' | 'jdk-count';
  /** The referenced entity's name. */
  readonly entity: string;
  /** Expansions (`count`), characters (`size`) or nesting depth (`depth`) with this reference. */
  readonly amount: number;
  /** The reference, `&` to `;`. */
  readonly span: Span;
}

/**
 * An `<xi:include>` (namespace http://www.w3.org/2001/XInclude) among the children of
 * `<configuration>`: Hadoop reads the file its `href` names and places its properties
 * here (src/model/xinclude.ts follows it; the parser never reads a file).
 */
export interface XmlInclude {
  /** The `href` attribute as written; absent when the element has none (Hadoop 3 then skips it). */
  readonly href: string | undefined;
  /** The start tag. */
  readonly span: Span;
  /** How many of the file's own properties come before it: the included ones go there. */
  readonly at: number;
  /** The `<xi:fallback>` child's properties and includes, used when the href names no file. */
  readonly fallback: { readonly properties: readonly XmlProperty[]; readonly includes: readonly XmlInclude[] } | undefined;
}

/** The first element nested deeper than Woodstox (Hadoop 3's parser) accepts. */
export interface XmlTooDeep {
  readonly element: string;
  /** Its level, the root being 1. */
  readonly depth: number;
  /** Its `<` and name. */
  readonly span: Span;
}

export interface HadoopXml {
  readonly properties: readonly XmlProperty[];
  /** Why the file could not be read as a Hadoop configuration; it then has no properties. */
  readonly problem: XmlProblem | undefined;
  /** External entities of the DOCTYPE, in order; absent when there are none. */
  readonly externalEntities?: readonly XmlExternalEntity[];
  /** Set when entity expansion exceeds a limit; for `count` and `size` the file has no properties. */
  readonly expansion?: XmlExpansionLimit;
  /** Set when elements nest more than 1,000 deep; the properties are still read, as Hadoop 2 reads them. */
  readonly tooDeep?: XmlTooDeep;
  /** The `<xi:include>` elements among the root's children, in order; absent when there are none. */
  readonly includes?: readonly XmlInclude[];
}

export const XINCLUDE_NAMESPACE = 'http://www.w3.org/2001/XInclude';

/** Woodstox ReaderConfig.DEFAULT_MAX_ELEMENT_DEPTH: a deeper element stops Hadoop 3's reader. */
export const WOODSTOX_ELEMENT_DEPTH_LIMIT = 1000;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/**
 * The parser with the settings that read a site file as Hadoop does (also the benchmark floor's).
 * `entities` expands the DOCTYPE's entities (parseHadoopXml passes one built from the file);
 * without it, fast-xml-parser's own one-level expansion applies.
 */
export function newHadoopXmlParser(entities?: HadoopEntityDecoder): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: '#comment',
    // Numeric character references are decoded as Java's XML parser decodes them.
    entityDecoder: entities ?? new EntityDecoder(),
  });
}

function tagOf(node: OrderedNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return undefined;
}

function metaOf(node: OrderedNode): { startIndex: number; endIndex: number } | undefined {
  return (node as Record<symbol, { startIndex: number; endIndex: number } | undefined>)[META];
}

/** Text content of an element: text and CDATA joined, comments skipped. */
function textOf(children: unknown): string {
  if (!Array.isArray(children)) return '';
  let out = '';
  for (const child of children as OrderedNode[]) {
    const tag = tagOf(child);
    if (tag === '#text') out += String(child['#text']);
    else if (tag === '#cdata') out += textOf(child['#cdata']);
  }
  return out;
}

/** The span of an element's content: from after its start tag to the start of its end tag. */
function contentSpan(src: SourceText, node: OrderedNode): Span | undefined {
  const meta = metaOf(node);
  if (!meta) return undefined;
  const open = src.text.indexOf('>', meta.startIndex);
  if (open < 0 || src.text[open - 1] === '/') return src.span(meta.startIndex, meta.endIndex);
  const close = src.text.lastIndexOf('</', meta.endIndex - 1);
  return src.span(open + 1, close > open ? close : open + 1);
}

function startTagSpan(src: SourceText, node: OrderedNode): Span {
  const meta = metaOf(node);
  if (!meta) return src.span(0);
  const open = src.text.indexOf('>', meta.startIndex);
  return src.span(meta.startIndex, open < 0 ? meta.endIndex : open + 1);
}

function problemAt(src: SourceText, message: string, line?: number, col?: number): XmlProblem {
  const l = Math.min(Math.max(line ?? 1, 1), src.lineCount);
  const start = (src.lineStarts[l - 1] ?? 0) + Math.max((col ?? 1) - 1, 0);
  return { message, span: src.span(Math.min(start, src.text.length)) };
}

/**
 * The validator's error as a problem. When the file ends with several elements open (a
 * truncated copy), the validator prints its tag stack as JSON at 1:1; say instead which
 * element is left open, where the file ends.
 */
function validatorProblem(src: SourceText, err: { msg: string; line: number; col: number }): XmlProblem {
  const open = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (open) {
    try {
      const tags = JSON.parse(open[1]!) as string[];
      const list = tags.map((t) => `<${t}>`).join(', ');
      return { message: `the file ends before <${tags[tags.length - 1]}> is closed (open elements: ${list})`, span: src.span(src.text.length) };
    } catch {
      // Not the stack dump after all: the validator's words.
    }
  }
  return problemAt(src, err.msg.replace(/\.$/, ''), err.line, err.col);
}

function readProperty(src: SourceText, node: OrderedNode): XmlProperty | undefined {
  const attrs = node[':@'] ?? {};
  let name: Located<string> | undefined;
  let value: Located<string> | undefined;
  let final = attrs['@_final']?.trim() === 'true';
  const element = startTagSpan(src, node);
  // Hadoop 3 also accepts <property name=".." value=".."/>.
  if (attrs['@_name'] !== undefined) name = { value: attrs['@_name'].trim(), span: element };
  if (attrs['@_value'] !== undefined) value = { value: attrs['@_value'], span: element };
  const children = node['property'];
  const replaced: ReplacedChild[] = [];
  const ignoredChildren: IgnoredChild[] = [];
  if (Array.isArray(children)) {
    for (const child of children as OrderedNode[]) {
      const tag = tagOf(child);
      if (tag === 'name') {
        const text = textOf(child[tag]);
        // An empty <name/> or <value/> after a filled one replaces nothing: Hadoop 3 stores the
        // token only when it is not empty, Hadoop 2 only when the element has child nodes.
        if (name && text === '' && name.value !== '') continue;
        if (name && name.value !== '' && name.span !== element) replaced.push({ element: 'name', text: name });
        name = { value: intern(text.trim()), span: contentSpan(src, child) ?? element };
      } else if (tag === 'value') {
        const text = textOf(child[tag]);
        if (value && text === '' && value.value !== '') continue;
        if (value && value.value !== '' && value.span !== element) replaced.push({ element: 'value', text: value });
        value = { value: intern(text), span: contentSpan(src, child) ?? element };
      } else if (tag === 'final') {
        final = textOf(child[tag]).trim() === 'true';
      } else if (tag !== undefined && !tag.startsWith('#') && !tag.startsWith('?') && !PROPERTY_CHILDREN.has(tag)) {
        // The name as written: the parser's key may be renamed (`constructor` is refused, see forFastXmlParser).
        const start = metaOf(child)?.startIndex;
        const written = start === undefined ? undefined : /^<([^\s/>]+)/.exec(src.text.slice(start, start + 1 + 256))?.[1];
        ignoredChildren.push({ element: written ?? tag, span: startTagSpan(src, child) });
      }
    }
  }
  if (!name) return undefined;
  return {
    name, value, final, span: element,
    ...(replaced.length > 0 ? { replaced } : {}),
    ...(ignoredChildren.length > 0 ? { ignoredChildren } : {}),
  };
}

/**
 * Where a comment holds "--" (or ends in "-", making "--->"), which XML 1.0 section 2.5
 * forbids. The validator lets it pass, but the JDK parser Hadoop uses refuses the file
 * ('The string "--" is not permitted within comments.'), so no daemon starts.
 */
function doubleHyphenInComment(text: string): number | undefined {
  if (!text.includes('<!--')) return undefined;
  for (const c of xmlComments(text)) {
    const at = text.slice(c.bodyStart, c.bodyEnd).indexOf('--');
    if (at >= 0) return c.bodyStart + at;
    if (c.bodyEnd > c.bodyStart && text[c.bodyEnd - 1] === '-') return c.bodyEnd - 1;
  }
  return undefined;
}

function externalEntitiesOf(src: SourceText, doctype: Doctype | undefined): { externalEntities?: readonly XmlExternalEntity[] } {
  const found = (doctype?.entities ?? [])
    .filter((e) => e.systemId !== undefined && !e.unparsed)
    .map((e) => ({ name: e.name, parameter: e.parameter, systemId: e.systemId!, span: src.span(e.start, e.end) }));
  return found.length > 0 ? { externalEntities: found } : {};
}

/** The first illegal character reference in the value of a declared entity: Java replaces them at declaration. */
function invalidCharRefIn(doctype: Doctype | undefined, xml11: boolean): InvalidCharRef | undefined {
  for (const e of doctype?.entities ?? []) {
    const found = e.value !== undefined && e.valueStart !== undefined ? firstInvalidCharRef(e.value, e.valueStart, xml11) : undefined;
    if (found) return found;
  }
  return undefined;
}

function faultMessage(ref: EntityRef, fault: Fault): string {
  if (fault.kind === 'undeclared') {
    return fault.name === ref.name
      ? `the entity "${ref.name}" is referenced but not declared`
      : `&${ref.name}; refers to the entity "${fault.name}", which is not declared`;
  }
  const path = fault.path.join(' -> ');
  return fault.path[0] === ref.name ? `the entity "${ref.name}" refers to itself (${path})` : `&${ref.name}; expands an entity that refers to itself (${path})`;
}

/**
 * The text fast-xml-parser gets. Each element below READ_DEPTH becomes a comment of the same
 * length, so offsets stay; an element shorter than `<!---->` is left (one short, childless
 * tag), and one with a line break where `<!--` or `-->` would go (`<a\n/>`) becomes spaces,
 * as the markers must not move lines: it lies in an element whose text hacheck does not
 * read, so the spaces are never part of a value. Element names fast-xml-parser refuses get
 * an `x` for their first letter, in the start and the end tag.
 */
function forFastXmlParser(text: string, scan: BodyScan): string {
  if (scan.cuts.length === 0 && scan.renames.length === 0) return text;
  const edits: [number, number, string][] = scan.renames.map((at) => [at, at + 1, 'x']);
  for (const [start, end] of scan.cuts) {
    if (end - start < 7) continue;
    const element = text.slice(start, end);
    const edges = element.slice(0, 4) + element.slice(-3);
    edits.push([start, end, /[\r\n]/.test(edges) ? spaces(element) : `<!--${spaces(element.slice(4, -3))}-->`]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let last = 0;
  for (const [start, end, replacement] of edits) {
    parts.push(text.slice(last, start), replacement);
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Reads a *-site.xml file: validated first, since the parser itself accepts broken XML. */
export function parseHadoopXml(src: SourceText): HadoopXml {
  const text = src.text;
  if (text.trim() === '') return { properties: [], problem: problemAt(src, 'the file is empty') };
  // A DOCTYPE hacheck can read is read here and blanked for the parsers (xml-doctype.ts);
  // one it cannot read stays in the text for fast-xml-parser, as before.
  const doctype = readDoctype(text);
  if (typeof doctype === 'object' && 'offset' in doctype) {
    return { properties: [], problem: { message: doctype.message, span: src.span(doctype.offset) } };
  }
  const known = typeof doctype === 'object' ? doctype : undefined;
  const external = externalEntitiesOf(src, known);
  const forParser = known ? blank(text, [[known.start, known.end]]) : text;
  const verdict = XMLValidator.validate(forParser, { allowBooleanAttributes: false });
  if (verdict !== true) {
    return { properties: [], problem: validatorProblem(src, verdict.err), ...external };
  }
  const xml11 = declaresXml11(text);
  const scan = scanBody(forParser, WOODSTOX_ELEMENT_DEPTH_LIMIT, xml11);
  const entities = doctype !== 'unreadable' ? analyseEntities(known, scan.refs) : undefined;
  // Java stops at the first of these in the document (a declared entity's value comes before the body);
  // an expansion past the count or size limit stops it too.
  const hyphens = doubleHyphenInComment(text);
  const badRef = invalidCharRefIn(known, xml11) ?? scan.invalidCharRef;
  const stop = entities?.fault?.ref.start ?? (entities?.limit?.kind === 'count' || entities?.limit?.kind === 'size' ? entities.limit.ref.start : Infinity);
  if (badRef && badRef.start < (hyphens ?? Infinity) && badRef.start < stop) {
    return { properties: [], problem: { message: invalidCharRefMessage(badRef), span: src.span(badRef.start, badRef.end) }, ...external };
  }
  if (hyphens !== undefined) {
    return { properties: [], problem: { message: 'the string "--" is not permitted within comments', span: src.span(hyphens, hyphens + 2) }, ...external };
  }
  const tooDeep = scan.tooDeep ? { tooDeep: { element: scan.tooDeep.name, depth: scan.tooDeep.depth, span: src.span(scan.tooDeep.start, scan.tooDeep.end) } } : {};
  let decoder: HadoopEntityDecoder | undefined;
  let expansion: { expansion?: XmlExpansionLimit } = {};
  if (entities) {
    if (entities.fault) {
      const { ref, fault } = entities.fault;
      return { properties: [], problem: { message: faultMessage(ref, fault), span: src.span(ref.start, ref.end) }, ...external };
    }
    const limit = entities.limit;
    if (limit) {
      const amount = limit.kind === 'depth' ? limit.depth : limit.total;
      expansion = { expansion: { kind: limit.kind, entity: limit.ref.name, amount, span: src.span(limit.ref.start, limit.ref.end) } };
      // Past the count or size limit Java loads nothing, and hacheck does not expand it either.
      if (limit.kind === 'count' || limit.kind === 'size') return { properties: [], problem: undefined, ...external, ...expansion, ...tooDeep };
    }
    decoder = entities.decoder;
  }
  const extra = { ...external, ...expansion, ...tooDeep };
  let doc: OrderedNode[];
  try {
    doc = newHadoopXmlParser(decoder).parse(forFastXmlParser(forParser, scan)) as OrderedNode[];
  } catch (err) {
    const message = String((err as Error).message);
    // A root element named like an Object property: fast-xml-parser refuses the name, Java does not.
    if (scan.root && message.startsWith('[SECURITY] Invalid name')) {
      return { properties: [], problem: { message: `the root element is <${scan.root.name}>, Hadoop reads only <configuration>`, span: src.span(scan.root.start, text.indexOf('>', scan.root.start) + 1) }, ...extra };
    }
    return { properties: [], problem: problemAt(src, message.replace(/\.$/, '')), ...extra };
  }
  const roots = doc.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && !tag.startsWith('?') && !tag.startsWith('#') && tag !== '!DOCTYPE';
  });
  if (roots.length !== 1) {
    const second = roots[1];
    const span = second ? startTagSpan(src, second) : src.span(0);
    return { properties: [], problem: { message: `the document has ${roots.length} root elements, XML allows one`, span }, ...extra };
  }
  const root = roots[0]!;
  const rootTag = tagOf(root)!;
  if (rootTag !== 'configuration') {
    return { properties: [], problem: { message: `the root element is <${rootTag}>, Hadoop reads only <configuration>`, span: startTagSpan(src, root) }, ...extra };
  }
  const { properties, includes } = readChildren(src, root['configuration'], root[':@'] ?? {});
  return { properties, problem: undefined, ...extra, ...(includes.length > 0 ? { includes } : {}) };
}

/** The namespace an element's prefixed (or unprefixed) name is in, from its own and the root's xmlns attributes. */
function namespaceOf(tag: string, own: Record<string, string>, rootAttrs: Record<string, string>): string | undefined {
  const colon = tag.indexOf(':');
  const attr = colon < 0 ? '@_xmlns' : `@_xmlns:${tag.slice(0, colon)}`;
  return own[attr] ?? rootAttrs[attr];
}

/** Whether the element is XInclude's `local` element (`include` or `fallback`). */
function isXInclude(tag: string, local: string, own: Record<string, string>, rootAttrs: Record<string, string>): boolean {
  const colon = tag.indexOf(':');
  if ((colon < 0 ? tag : tag.slice(colon + 1)) !== local) return false;
  return namespaceOf(tag, own, rootAttrs) === XINCLUDE_NAMESPACE;
}

/**
 * The properties and xi:include elements among an element's children, in document order:
 * of <configuration>, or of an <xi:fallback>, whose children take the include's place.
 */
function readChildren(src: SourceText, children: unknown, rootAttrs: Record<string, string>): { properties: XmlProperty[]; includes: XmlInclude[] } {
  const properties: XmlProperty[] = [];
  const includes: XmlInclude[] = [];
  if (!Array.isArray(children)) return { properties, includes };
  for (const child of children as OrderedNode[]) {
    const tag = tagOf(child);
    if (tag === 'property') {
      const prop = readProperty(src, child);
      if (prop) properties.push(prop);
    } else if (tag !== undefined && isXInclude(tag, 'include', child[':@'] ?? {}, rootAttrs)) {
      includes.push(readInclude(src, child, tag, rootAttrs, properties.length));
    }
  }
  return { properties, includes };
}

function readInclude(src: SourceText, node: OrderedNode, tag: string, rootAttrs: Record<string, string>, at: number): XmlInclude {
  const own = node[':@'] ?? {};
  // Namespace declarations on the include element apply to its fallback child too.
  const scope = { ...rootAttrs, ...own };
  let fallback: XmlInclude['fallback'];
  const children = node[tag];
  if (Array.isArray(children)) {
    for (const child of children as OrderedNode[]) {
      const childTag = tagOf(child);
      if (fallback === undefined && childTag !== undefined && isXInclude(childTag, 'fallback', child[':@'] ?? {}, scope)) {
        fallback = readChildren(src, child[childTag], scope);
      }
    }
  }
  return { href: own['@_href'], span: startTagSpan(src, node), at, fallback };
}
