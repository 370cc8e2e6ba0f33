import type { Cost, Format, Occurrence } from '@campus/schema';
import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { eventOccurrence } from '../time/eventTime';
import { expandSchedule } from '../time/expandSchedule';
import { resolveTimeZone } from '../time/resolveTimeZone';
import { first, imageUrl, isObject, strings, text, type Json } from './jsonValues';
import { parseTolerantJson } from './tolerantJson';

/** The most dates one schedule contributes, whatever it says. */
const MAX_SCHEDULED_DATES = 500;
const EVENT_TYPES = /^(Course|CourseInstance|EducationEvent|SessionSeries|ScheduledSession|\w*Event)$/;

/**
 * schema.org JSON-LD, as a JSON document or in an HTML page's `<script type="application/ld+json">`
 * blocks: Course (with hasCourseInstance), CourseInstance, Event and its kinds, OpenActive's
 * SessionSeries, found at the top, in `@graph`, in an ItemList or in an RPDE page's `items`.
 */
export function parseJsonLd(text: string, options: ParseOptions): ParseOutcome {
  const warnings: string[] = [];
  const blocks = /^\s*[[{]/.test(text) ? [text] : scriptBlocks(text);
  if (blocks.length === 0) return { ok: false, error: 'the page has no <script type="application/ld+json"> block' };
  const nodes: Json[] = [];
  const otherTypes = new Set<string>();
  blocks.forEach((block, index) => {
    const parsed = parseTolerantJson(block);
    if (!parsed.ok) {
      warnings.push(`JSON-LD block ${index + 1} is not valid JSON even after repair (${parsed.error}); skipped`);
      return;
    }
    if (parsed.repaired) warnings.push(`JSON-LD block ${index + 1} was broken JSON (control characters or trailing commas); repaired`);
    collect(parsed.value, nodes, otherTypes);
  });
  if (nodes.length === 0) {
    const unreadable = warnings.find((w) => w.includes('is not valid JSON'));
    if (unreadable && blocks.length === 1) return { ok: false, error: unreadable.replace(/^JSON-LD block 1 is/, 'the JSON-LD is').replace(/; skipped$/, '') };
    const found = otherTypes.size > 0 ? `only ${[...otherTypes].join(', ')}` : 'no typed data';
    return { ok: false, error: `the JSON-LD holds no Course, CourseInstance or Event (${found})` };
  }
  const items = nodes.map((node) => readNode(node, options, warnings));
  return { ok: true, feed: { format: 'JSONLD', title: null, language: null, link: null, items, warnings } };
}

function scriptBlocks(html: string): string[] {
  return [...html.matchAll(/<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((match) => (match[1] ?? '').trim())
    .filter((block) => block !== '' && block !== 'null');
}

function typesOf(node: Json): string[] {
  const type = node['@type'] ?? node['type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

/** Gathers the offering nodes of a JSON-LD value; other types are only named (for the error). */
function collect(value: unknown, nodes: Json[], otherTypes: Set<string>): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, nodes, otherTypes));
  if (!isObject(value)) return;
  if (Array.isArray(value['@graph'])) return collect(value['@graph'], nodes, otherTypes);
  // An OpenActive RPDE page: { items: [{ state, data }] }, deleted items carry no data.
  if (Array.isArray(value['items']) && 'next' in value) {
    return value['items'].filter(isObject).forEach((item) => item['state'] !== 'deleted' && collect(item['data'], nodes, otherTypes));
  }
  const types = typesOf(value);
  if (types.includes('ItemList')) {
    const elements = Array.isArray(value['itemListElement']) ? value['itemListElement'] : [];
    return elements.forEach((element) => collect(isObject(element) && typesOf(element).includes('ListItem') ? element['item'] : element, nodes, otherTypes));
  }
  if (types.some((t) => EVENT_TYPES.test(t))) nodes.push(value);
  else types.forEach((t) => otherTypes.add(t));
}

function readNode(node: Json, options: ParseOptions, warnings: string[]): FeedItem {
  const types = typesOf(node);
  const course = isObject(node['instanceOfCourse']) ? node['instanceOfCourse'] : isObject(node['superEvent']) ? node['superEvent'] : null;
  const item = emptyFeedItem();
  item.key = text(node['@id']) ?? text(node['identifier']) ?? text(node['url']);
  item.title = text(node['name']) ?? (course ? text(course['name']) : null);
  item.url = text(node['url']) ?? (course ? text(course['url']) : null);
  item.content = text(node['description']) ?? (course ? text(course['description']) : null);
  item.image = imageUrl(node['image']) ?? (course ? imageUrl(course['logo']) ?? imageUrl(course['image']) : null);
  item.categories = [...strings(node['category']), ...strings(node['keywords']), ...labels(node['activity'])];
  item.stated.languages = strings(node['inLanguage']).concat(strings(node['availableLanguage']));
  item.stated.type = types.includes('Course') || types.includes('CourseInstance') ? 'COURSE' : types.includes('EducationEvent') ? 'EVENT' : null;
  item.cancelled = /EventCancelled$/.test(text(node['eventStatus']) ?? '');
  item.location = placeOf(node['location']);
  item.cost = costOf(node['offers'] ?? node['isAccessibleForFree']);
  item.stated.format = formatOf(node, item.location !== null);

  const instances = (Array.isArray(node['hasCourseInstance']) ? node['hasCourseInstance'] : [node['hasCourseInstance']]).filter(isObject);
  const dated = instances.length > 0 ? instances : [node];
  item.occurrences = dated.flatMap((instance) => occurrencesOf(instance, options, warnings, item.title));
  if (instances.length > 0) {
    item.location ??= instances.map((i) => placeOf(i['location'])).find((l) => l !== null) ?? null;
    item.cost ??= instances.map((i) => costOf(i['offers'])).find((c) => c !== null) ?? null;
    item.stated.format = instances.map((i) => formatOf(i, placeOf(i['location']) !== null)).find((f) => f !== null) ?? item.stated.format;
  }
  return item;
}

function occurrencesOf(node: Json, options: ParseOptions, warnings: string[], title: string | null): Occurrence[] {
  const zone = resolveTimeZone(text(node['scheduleTimezone']) ?? '') ?? options.defaultTimeZone;
  const schedules = (Array.isArray(node['eventSchedule']) ? node['eventSchedule'] : [node['eventSchedule']]).filter(isObject);
  const horizon = new Date(options.now);
  horizon.setUTCMonth(horizon.getUTCMonth() + options.horizonMonths);
  const scheduled = schedules.flatMap((schedule) =>
    expandSchedule(
      {
        startDate: text(schedule['startDate']),
        endDate: text(schedule['endDate']),
        startTime: text(schedule['startTime']),
        endTime: text(schedule['endTime']),
        duration: text(schedule['duration']),
        repeatFrequency: text(schedule['repeatFrequency']),
        repeatCount: typeof schedule['repeatCount'] === 'number' ? schedule['repeatCount'] : null,
        byDay: strings(schedule['byDay']),
        timeZone: resolveTimeZone(text(schedule['scheduleTimezone']) ?? '') ?? zone,
      },
      horizon,
      MAX_SCHEDULED_DATES,
    ),
  );
  if (scheduled.length > 0) return scheduled;
  const occurrence = eventOccurrence(first(node['startDate']), first(node['endDate']), zone, /EventCancelled$/.test(text(node['eventStatus']) ?? ''));
  if (occurrence === 'invalid') {
    warnings.push(`"${title ?? '?'}": startDate "${first(node['startDate'])}" is not a date; it has no dates`);
    return [];
  }
  return occurrence ? [occurrence] : [];
}

function placeOf(value: unknown): FeedItem['location'] {
  const place = Array.isArray(value) ? value.find(isObject) : value;
  if (typeof place === 'string') return { name: place, address: null, latitude: null, longitude: null };
  if (!isObject(place) || typesOf(place).includes('VirtualLocation')) return null;
  const address = place['address'];
  const geo = isObject(place['geo']) ? place['geo'] : place;
  const latitude = Number(geo['latitude']);
  const longitude = Number(geo['longitude']);
  const hasGeo = geo['latitude'] !== undefined && Number.isFinite(latitude) && Number.isFinite(longitude);
  return {
    name: text(place['name']),
    address: typeof address === 'string' ? address : isObject(address) ? addressLine(address) : null,
    latitude: hasGeo ? latitude : null,
    longitude: hasGeo ? longitude : null,
  };
}

function addressLine(address: Json): string | null {
  const street = text(address['streetAddress'])?.replace(/^,\s*/, '');
  const town = [text(address['postalCode']), text(address['addressLocality'])].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || null;
}

function costOf(value: unknown): Cost | null {
  if (value === true) return { kind: 'FREE' };
  const offers = (Array.isArray(value) ? value : [value]).filter(isObject);
  const prices = offers.map((o) => ({ price: Number(o['price']), currency: text(o['priceCurrency']) ?? 'EUR' })).filter((p) => Number.isFinite(p.price) && p.price >= 0);
  const cheapest = prices.sort((a, b) => a.price - b.price)[0];
  if (!cheapest) return null;
  return cheapest.price === 0 ? { kind: 'FREE' } : { kind: 'PAID', amount: cheapest.price, currency: cheapest.currency.toUpperCase().slice(0, 3) };
}

function formatOf(node: Json, hasPlace: boolean): Format | null {
  const mode = `${text(node['eventAttendanceMode']) ?? ''} ${strings(node['courseMode']).join(' ')}`.toLowerCase();
  if (/mixed|blended|hybrid/.test(mode)) return 'HYBRID';
  if (/online|virtual|distance/.test(mode) || placeTypeIsVirtual(node['location'])) return 'ONLINE';
  if (/offline|onsite|in-?person|fulltime|parttime/.test(mode)) return 'IN_PERSON';
  return hasPlace ? 'IN_PERSON' : null;
}

function placeTypeIsVirtual(value: unknown): boolean {
  return (Array.isArray(value) ? value : [value]).some((v) => isObject(v) && typesOf(v).includes('VirtualLocation'));
}

function labels(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).map((v) => (isObject(v) ? text(v['prefLabel']) ?? text(v['name']) : text(v))).filter((v): v is string => v !== null);
}
