import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { eventOccurrence } from '../time/eventTime';
import { parseFeedDate } from './parseDate';
import { attributeOf, childOf, childrenOf, parseXmlDocument, textOf, type XmlNode } from './xmlDocument';

/**
 * RSS 2.0 and 0.9x. Reads the core elements plus `content:encoded`, Dublin Core, Media RSS, the
 * RSS event module (`ev:startdate`, `ev:enddate`, `ev:location`), which is how course feeds say when,
 * and W3C Basic Geo or GeoRSS coordinates.
 */
export function parseRss(text: string, options: ParseOptions): ParseOutcome {
  const parsed = parseXmlDocument(text);
  if (!parsed.ok) return parsed;
  const channel = childOf(childOf(parsed.document, 'rss'), 'channel');
  if (!channel) return { ok: false, error: 'this is XML but not an RSS 2.0 feed: no <rss><channel> element' };

    const items = childrenOf(channel, 'item').map((node, index) => readItem(node as XmlNode, index, options, parsed.warnings));
  return {
    ok: true,
    feed: {
      format: 'RSS',
      title: textOf(childOf(channel, 'title')),
      language: textOf(childOf(channel, 'language')) ?? textOf(childOf(channel, 'dc:language')),
      link: textOf(childOf(channel, 'link')),
      items,
      warnings: parsed.warnings,
    },
  };
}

function readItem(node: XmlNode, index: number, options: ParseOptions, warnings: string[]): FeedItem {
  const item = emptyFeedItem();
  item.title = textOf(childOf(node, 'title')) ?? textOf(childOf(node, 'dc:title'));
  item.url = textOf(childOf(node, 'link'));
  const guid = textOf(childOf(node, 'guid'));
  item.key = guid ?? item.url;
  const description = textOf(childOf(node, 'description'));
  const encoded = textOf(childOf(node, 'content:encoded'));
  item.content = encoded ?? description;
  item.summary = encoded ? description : null;
  item.categories = [...childrenOf(node, 'category'), ...childrenOf(node, 'dc:subject')]
    .map(textOf)
    .filter((c): c is string => c !== null);
  item.language = textOf(childOf(node, 'dc:language'));
  item.image =
    attributeOf(childOf(node, 'media:thumbnail'), 'url') ??
    attributeOf(
      childrenOf(node, 'enclosure').find((e) => attributeOf(e, 'type')?.startsWith('image/')),
      'url',
    ) ??
    attributeOf(childOf(node, 'media:content'), 'url');

  const occurrence = eventOccurrence(textOf(childOf(node, 'ev:startdate')), textOf(childOf(node, 'ev:enddate')), options.defaultTimeZone);
  if (occurrence === 'invalid') {
    warnings.push(`item ${index + 1} ("${item.title ?? '?'}"): ev:startdate is not a date; the item has no dates`);
  } else if (occurrence) {
    item.occurrences = [occurrence];
  }
  const place = textOf(childOf(node, 'ev:location'));
  const [latitude, longitude] = coordinatesOf(node);
  if (place || latitude !== null) item.location = { name: place, address: null, latitude, longitude };
  const published = parseFeedDate(textOf(childOf(node, 'pubDate')) ?? textOf(childOf(node, 'dc:date')));
  if (!item.key && published) item.key = `${item.title ?? ''}@${published.toISOString()}`;
  return item;
}

/** W3C Basic Geo (`geo:lat`, `geo:long`) or GeoRSS (`georss:point`), where an item carries them. */
function coordinatesOf(node: XmlNode): [number, number] | [null, null] {
  const point = textOf(childOf(node, 'georss:point'))?.split(/\s+/);
  const [lat, lon] = point ?? [textOf(childOf(node, 'geo:lat')), textOf(childOf(node, 'geo:long'))];
  const latitude = Number(lat);
  const longitude = Number(lon);
  const valid = lat && lon && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid ? [latitude, longitude] : [null, null];
}
