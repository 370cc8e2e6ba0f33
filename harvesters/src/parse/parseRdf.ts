import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { parseFeedDate } from './parseDate';
import { attributeOf, childOf, childrenOf, parseXmlDocument, textOf, type XmlNode } from './xmlDocument';

/**
 * RSS 1.0 and RSS 0.90: an `rdf:RDF` root with the channel and its items side by side. Elements
 * are matched by namespace, whatever prefix the producer bound it to.
 */
export function parseRdf(text: string, _options: ParseOptions): ParseOutcome {
  const parsed = parseXmlDocument(text);
  if (!parsed.ok) return parsed;
  const root = childOf(parsed.document, 'rdf:RDF') as XmlNode | undefined;
  if (!root) return { ok: false, error: 'this is XML but not an RSS 1.0 feed: no <rdf:RDF> element' };
  const channel = childOf(root, 'channel');
  return {
    ok: true,
    feed: {
      format: 'RSS',
      title: textOf(childOf(channel, 'title')),
      language: textOf(childOf(channel, 'dc:language')),
      link: textOf(childOf(channel, 'link')),
      items: childrenOf(root, 'item').map((node) => readItem(node as XmlNode)),
      warnings: parsed.warnings,
    },
  };
}

function readItem(node: XmlNode): FeedItem {
  const item = emptyFeedItem();
  item.title = textOf(childOf(node, 'title')) ?? textOf(childOf(node, 'dc:title'));
  item.url = textOf(childOf(node, 'link'));
  item.key = attributeOf(node, 'rdf:about') ?? item.url;
  const description = textOf(childOf(node, 'description')) ?? textOf(childOf(node, 'dc:description'));
  const encoded = textOf(childOf(node, 'content:encoded'));
  item.content = encoded ?? description;
  item.summary = encoded ? description : null;
  item.language = textOf(childOf(node, 'dc:language'));
  item.categories = childrenOf(node, 'dc:subject').map(textOf).filter((c): c is string => c !== null);
  const date = parseFeedDate(textOf(childOf(node, 'dc:date')));
  if (!item.key && date) item.key = `${item.title ?? ''}@${date.toISOString()}`;
  return item;
}
