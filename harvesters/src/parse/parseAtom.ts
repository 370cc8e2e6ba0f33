import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { resolveBase, resolveUrl } from './resolveUrl';
import { attributeOf, childOf, childrenOf, parseXmlDocument, rawTextOf, textOf, type XmlNode } from './xmlDocument';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/** Text constructs whose markup must reach the normaliser as written (type="html" or "xhtml"). */
const TEXT_CONSTRUCTS = ['title', 'summary', 'content', 'subtitle', 'rights'];

/**
 * Atom 1.0 (and the 0.3 layout, which reads alike). Relative links are resolved through `xml:base`
 * as the XML Base spec scopes it: feed, then entry, then the element itself, never a sibling.
 */
export function parseAtom(text: string, options: ParseOptions): ParseOutcome {
  const parsed = parseXmlDocument(text, { rawElements: TEXT_CONSTRUCTS, ownNamespace: ATOM_NAMESPACE });
  if (!parsed.ok) return parsed;
  const feed = childOf(parsed.document, 'feed') as XmlNode | undefined;
  if (!feed) return { ok: false, error: 'this is XML but not an Atom feed: no <feed> element' };

  const feedBase = resolveBase(attributeOf(feed, 'xml:base'), options.documentUrl);
  const feedLanguage = attributeOf(feed, 'xml:lang');
    const items = childrenOf(feed, 'entry').map((entry) => readEntry(entry as XmlNode, feedBase, feedLanguage));
  return {
    ok: true,
    feed: {
      format: 'ATOM',
      title: constructText(childOf(feed, 'title')),
      language: feedLanguage,
      link: alternateLink(feed, feedBase) ?? feedBase,
      items,
      warnings: parsed.warnings,
    },
  };
}

function readEntry(entry: XmlNode, feedBase: string | null, feedLanguage: string | null): FeedItem {
  const item = emptyFeedItem();
  const base = resolveBase(attributeOf(entry, 'xml:base'), feedBase);
  item.key = textOf(childOf(entry, 'id'));
  item.title = constructText(childOf(entry, 'title'));
  item.url = alternateLink(entry, base);
  const content = childOf(entry, 'content');
  const summary = childOf(entry, 'summary');
  item.content = constructHtml(content) ?? constructHtml(summary);
  item.summary = content ? constructHtml(summary) : null;
  item.baseUrl = resolveBase(attributeOf(content ?? summary, 'xml:base'), base);
  item.language = attributeOf(entry, 'xml:lang') ?? feedLanguage;
  item.categories = childrenOf(entry, 'category')
    .map((c) => attributeOf(c, 'label') ?? attributeOf(c, 'term'))
    .filter((c): c is string => c !== null);
  item.image =
    attributeOf(childOf(entry, 'media:thumbnail'), 'url') ??
    resolveUrl(attributeOf(childrenOf(entry, 'link').find((l) => attributeOf(l, 'rel') === 'enclosure' && attributeOf(l, 'type')?.startsWith('image/')), 'href'), base);
  return item;
}

/** The entry's (or feed's) page: `rel="alternate"` or no rel, HTML preferred, resolved by its own base. */
function alternateLink(node: XmlNode, base: string | null): string | null {
  const links = childrenOf(node, 'link').filter((l) => (attributeOf(l, 'rel') ?? 'alternate') === 'alternate');
  const link = links.find((l) => (attributeOf(l, 'type') ?? 'text/html').includes('html')) ?? links[0];
  const href = attributeOf(link, 'href');
  return resolveUrl(href, resolveBase(attributeOf(link, 'xml:base'), base));
}

/** A text construct as HTML (type html or xhtml) or plain text (type text), for the normaliser. */
function constructHtml(node: unknown): string | null {
  const raw = textOf(node);
  if (raw === null) return null;
  const type = attributeOf(node, 'type') ?? '';
  // Atom 1.0 says type="xhtml"; Atom 0.3 said a MIME type with mode="xml" (the default).
  if (type === 'xhtml' || (type.includes('xhtml') && (attributeOf(node, 'mode') ?? 'xml') === 'xml')) {
    // The XHTML sits inside one wrapping <div>, which is not part of the content.
    return raw.replace(/^\s*<(?:\w+:)?div[^>]*>([\s\S]*)<\/(?:\w+:)?div>\s*$/, '$1').trim() || null;
  }
  return rawTextOf(node);
}

/** A text construct as it reads, for titles: markup is left for the normaliser to strip. */
function constructText(node: unknown): string | null {
  return constructHtml(node);
}
