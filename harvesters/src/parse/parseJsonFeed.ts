import type { Cost } from '@campus/schema';
import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { eventOccurrence } from '../time/eventTime';
import { isObject, text, type Json } from './jsonValues';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './tolerantJson';

/**
 * JSON Feed 1.0 and 1.1. Course dates, place and price are read from the `_event` extension object
 * (JSON Feed's own way to extend an item), since the core format has no notion of events:
 * `{ "start", "end", "timeZone", "location": { "name", "address", "latitude", "longitude" }, "price", "currency" }`.
 */
export function parseJsonFeed(text: string, options: ParseOptions): ParseOutcome {
  let document: unknown;
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, error: `the JSON Feed nests deeper than ${MAX_JSON_DEPTH} levels, which no feed needs` };
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `the JSON Feed is not valid JSON: ${(error as Error).message}` };
  }
  if (!isObject(document) || typeof document['version'] !== 'string' || !document['version'].startsWith('https://jsonfeed.org/version/')) {
    return { ok: false, error: 'this JSON is not a JSON Feed: no "version" naming https://jsonfeed.org/version/…' };
  }
  if (!Array.isArray(document['items'])) return { ok: false, error: 'the JSON Feed has no "items" array' };

  const warnings: string[] = [];
  const items = document['items'].filter(isObject).map((node, index) => readItem(node, index, options, warnings));
  return {
    ok: true,
    feed: {
      format: 'JSONFEED',
      title: string(document['title']),
      language: string(document['language']),
      link: string(document['home_page_url']),
      items,
      warnings,
    },
  };
}

function readItem(node: Json, index: number, options: ParseOptions, warnings: string[]): FeedItem {
  const item = emptyFeedItem();
  item.key = text(node['id']);
  item.title = string(node['title']);
  item.url = string(node['url']) ?? string(node['external_url']);
  item.summary = string(node['summary']);
  item.content = string(node['content_html']) ?? string(node['content_text']);
  item.image = string(node['image']) ?? string(node['banner_image']);
  item.language = string(node['language']);
  item.categories = Array.isArray(node['tags']) ? node['tags'].map(string).filter((t): t is string => t !== null) : [];
  const event = node['_event'];
  if (isObject(event)) readEventExtension(event, item, options, () => warnings.push(`item ${index + 1} ("${item.title ?? '?'}"): _event.start is not a date; the item has no dates`));
  return item;
}

function readEventExtension(event: Json, item: FeedItem, options: ParseOptions, onBadStart: () => void): void {
  const timeZone = string(event['timeZone']) ?? options.defaultTimeZone;
  const occurrence = eventOccurrence(string(event['start']), string(event['end']), timeZone, event['cancelled'] === true);
  if (occurrence === 'invalid') onBadStart();
  else if (occurrence) item.occurrences = [occurrence];
  item.cancelled = event['cancelled'] === true;
  const location = event['location'];
  if (isObject(location)) {
    item.location = {
      name: string(location['name']),
      address: string(location['address']),
      latitude: typeof location['latitude'] === 'number' ? location['latitude'] : null,
      longitude: typeof location['longitude'] === 'number' ? location['longitude'] : null,
    };
  }
  item.cost = readPrice(event['price'], string(event['currency']));
}

function readPrice(price: unknown, currency: string | null): Cost | null {
  if (typeof price !== 'number' || price < 0) return null;
  return price === 0 ? { kind: 'FREE' } : { kind: 'PAID', amount: price, currency: currency ?? 'EUR' };
}

function string(value: unknown): string | null {
  return typeof value === 'string' ? text(value) : null;
}
