import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EntityDecoder } from '@nodable/entities';
import type { Located, Span } from '../text/span.ts';
import type { SourceText } from '../text/source-text.ts';
import { xmlComments } from './comments.ts';

/** One <property> as Hadoop's Configuration reads it. */
export interface XmlProperty {
  /** Trimmed, as Configuration trims names. */
  readonly name: Located<string>;
  /** Untrimmed, as Configuration keeps values; absent for a property without <value>. */
  readonly value: Located<string> | undefined;
  readonly final: boolean;
  /** The <property> element. */
  readonly span: Span;
}

export interface XmlProblem {
  readonly message: string;
  readonly span: Span;
}

export interface HadoopXml {
  readonly properties: readonly XmlProperty[];
  /** Why the file could not be read as a Hadoop configuration; it then has no properties. */
  readonly problem: XmlProblem | undefined;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The parser with the settings that read a site file as Hadoop does (also the benchmark floor's). */
export function newHadoopXmlParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: '#comment',
    // Numeric character references are decoded as Java's XML parser decodes them.
    entityDecoder: new EntityDecoder(),
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
  if (Array.isArray(children)) {
    for (const child of children as OrderedNode[]) {
      const tag = tagOf(child);
      if (tag === 'name') {
        name = { value: textOf(child[tag]).trim(), span: contentSpan(src, child) ?? element };
      } else if (tag === 'value') {
        value = { value: textOf(child[tag]), span: contentSpan(src, child) ?? element };
      } else if (tag === 'final') {
        final = textOf(child[tag]).trim() === 'true';
      }
    }
  }
  if (!name) return undefined;
  return { name, value, final, span: element };
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

/** Reads a *-site.xml file: validated first, since the parser itself accepts broken XML. */
export function parseHadoopXml(src: SourceText): HadoopXml {
  const text = src.text;
  if (text.trim() === '') return { properties: [], problem: problemAt(src, 'the file is empty') };
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (verdict !== true) {
    return { properties: [], problem: problemAt(src, verdict.err.msg.replace(/\.$/, ''), verdict.err.line, verdict.err.col) };
  }
  const hyphens = doubleHyphenInComment(text);
  if (hyphens !== undefined) {
    return { properties: [], problem: { message: 'the string "--" is not permitted within comments', span: src.span(hyphens, hyphens + 2) } };
  }
  let doc: OrderedNode[];
  try {
    doc = newHadoopXmlParser().parse(text) as OrderedNode[];
  } catch (err) {
    return { properties: [], problem: problemAt(src, String((err as Error).message).replace(/\.$/, '')) };
  }
  const roots = doc.filter((n) => {
    const tag = tagOf(n);
    return tag !== undefined && !tag.startsWith('?') && !tag.startsWith('#') && tag !== '!DOCTYPE';
  });
  if (roots.length !== 1) {
    const second = roots[1];
    const span = second ? startTagSpan(src, second) : src.span(0);
    return { properties: [], problem: { message: `the document has ${roots.length} root elements, XML allows one`, span } };
  }
  const root = roots[0]!;
  const rootTag = tagOf(root)!;
  if (rootTag !== 'configuration') {
    return { properties: [], problem: { message: `the root element is <${rootTag}>, Hadoop reads only <configuration>`, span: startTagSpan(src, root) } };
  }
  const properties: XmlProperty[] = [];
  const children = root['configuration'];
  if (Array.isArray(children)) {
    for (const child of children as OrderedNode[]) {
      if (tagOf(child) !== 'property') continue;
      const prop = readProperty(src, child);
      if (prop) properties.push(prop);
    }
  }
  return { properties, problem: undefined };
}
