import { XMLParser } from 'fast-xml-parser';

/**
 * XML reading shared by the XML feed parsers. Entity declarations are refused outright: no DTD is
 * ever read, so neither XXE nor entity-expansion ("billion laughs") payloads can work.
 */
export type XmlNode = Record<string, unknown>;

const REPEATABLE = new Set(['item', 'entry', 'category', 'link', 'media:content', 'media:thumbnail', 'enclosure', 'dc:subject']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATABLE.has(name),
});

export function parseXmlDocument(text: string): { ok: true; document: XmlNode } | { ok: false; error: string } {
  if (/<!ENTITY/i.test(text)) {
    return { ok: false, error: 'the XML declares entities in a DTD, which the hub refuses to expand (XXE protection)' };
  }
  try {
    return { ok: true, document: parser.parse(text) as XmlNode };
  } catch (error) {
    return { ok: false, error: `the XML is not well-formed: ${(error as Error).message}` };
  }
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
