import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML reading shared by the XML feed parsers. Entity declarations are refused outright: no DTD is
 * ever read, so neither XXE nor entity-expansion ("billion laughs") payloads can work. Namespace
 * prefixes are made canonical by URI, so `<foo:date>` bound to Dublin Core reads as `dc:date`.
 */
export type XmlNode = Record<string, unknown>;

/** The prefix each namespace is read under; '' is the element's own vocabulary. */
const CANONICAL_PREFIXES: Record<string, string> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://purl.org/rss/1.0/modules/event/': 'ev',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://www.georss.org/georss': 'georss',
  'http://www.w3.org/2003/01/geo/wgs84_pos#': 'geo',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
};
const ATOM = 'http://www.w3.org/2005/Atom';

const parsers = new Map<string, XMLParser>();

function parserFor(rawElements: readonly string[]): XMLParser {
  const key = rawElements.join(',');
  let parser = parsers.get(key);
  if (!parser) {
    parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      textNodeName: '#text',
      processEntities: true,
      htmlEntities: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      // No isArray callback: it makes the parser build every element's path; childrenOf copes with both shapes.
      ...(rawElements.length > 0 ? { stopNodes: rawElements.map((name) => `*.${name}`) } : {}),
    });
    parsers.set(key, parser);
  }
  return parser;
}

export interface XmlOptions {
  /** Elements whose inner markup is kept as raw text (Atom's xhtml content), read with `rawTextOf`. */
  rawElements?: readonly string[];
  /** The vocabulary whose namespace counts as unprefixed, e.g. Atom inside an Atom feed. */
  ownNamespace?: string;
}

export type XmlParseOutcome = { ok: true; document: XmlNode; warnings: string[] } | { ok: false; error: string };

export function parseXmlDocument(text: string, options: XmlOptions = {}): XmlParseOutcome {
  if (/<!ENTITY/i.test(text)) {
    return { ok: false, error: 'the XML declares entities in a DTD, which the hub refuses to expand (XXE protection)' };
  }
  const parser = parserFor(options.rawElements ?? []);
  const warnings: string[] = [];
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    // A file cut off inside its last closing tag still holds everything before it.
    const upToLastTag = text.slice(0, text.lastIndexOf('>') + 1);
    try {
      if (upToLastTag.length === text.trimEnd().length) throw error;
      document = parser.parse(upToLastTag) as XmlNode;
      warnings.push('the XML ends inside a tag (cut off?); read up to the last complete tag');
    } catch {
      return { ok: false, error: `the XML is not well-formed: ${(error as Error).message}` };
    }
  }
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (!rootName) return { ok: false, error: 'the XML has no root element' };
  // The parser is lenient (a partner's feed is read as far as it goes); the validator says what was wrong.
  const validity = warnings.length === 0 ? XMLValidator.validate(text) : true;
  // Unclosed elements at the end are the cut-off case, reported below in plainer words.
  if (validity !== true && validity.err.code !== 'InvalidXml') {
    warnings.push(`the XML is not well-formed (line ${validity.err.line}, column ${validity.err.col}: ${validity.err.msg}); read as far as it could be`);
  }
  if (warnings.length === 0 && !new RegExp(`</${rootName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>\\s*$`).test(text)) {
    warnings.push(`the XML ends before its <${rootName}> element is closed (cut off?); read what is there`);
  }
  return { ok: true, document: canonicalNamespaces(document, options.ownNamespace), warnings };
}

/** Renames prefixed keys to their canonical prefix, where the document binds a known URI elsewhere. */
function canonicalNamespaces(document: XmlNode, ownNamespace: string | undefined): XmlNode {
  const root = Object.entries(document).find(([key, value]) => !key.startsWith('?') && typeof value === 'object' && value !== null)?.[1] as XmlNode | undefined;
  if (!root) return document;
  const renames = new Map<string, string>();
  for (const [attribute, value] of Object.entries(root)) {
    const declared = attribute.match(/^@_xmlns(?::(.+))?$/);
    if (!declared || typeof value !== 'string') continue;
    const canonical = value === ownNamespace ? '' : value === ATOM ? 'atom' : CANONICAL_PREFIXES[value];
    const prefix = declared[1] ?? '';
    if (canonical !== undefined && canonical !== prefix && prefix !== '') renames.set(prefix, canonical);
  }
  return renames.size === 0 ? document : (renameKeys(document, renames) as XmlNode);
}

function renameKeys(node: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((child) => renameKeys(child, renames));
  if (!node || typeof node !== 'object') return node;
  const renamed: XmlNode = {};
  for (const [key, value] of Object.entries(node as XmlNode)) {
    const match = key.match(/^(@_)?([^:@]+):(.+)$/);
    const canonical = match ? renames.get(match[2] ?? '') : undefined;
    const name = match && canonical !== undefined ? `${match[1] ?? ''}${canonical ? `${canonical}:` : ''}${match[3]}` : key;
    const child = renameKeys(value, renames);
    renamed[name] = child;
  }
  return renamed;
}

/** The text of an element, whether the parser gave a string or an object with attributes. */
export function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node === 'object') return textOf((node as XmlNode)['#text']);
  return null;
}

/**
 * The text of an element read raw (see `rawElements`): CDATA sections are taken as they stand,
 * entities decoded everywhere else, exactly as an XML parser would.
 */
export function rawTextOf(node: unknown): string | null {
  const raw = textOf(node);
  if (raw === null) return null;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('')
    .trim() || null;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return XML_ENTITIES[code] ?? whole;
  });
}

export function attributeOf(node: unknown, name: string): string | null {
  if (Array.isArray(node)) return attributeOf(node[0], name);
  if (node && typeof node === 'object') {
    const value = (node as XmlNode)[`@_${name}`];
    return typeof value === 'string' ? value.trim() || null : null;
  }
  return null;
}

export function childrenOf(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function childOf(node: unknown, name: string): unknown {
  return childrenOf(node, name)[0];
}
