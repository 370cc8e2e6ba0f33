import type { Cost } from '@campus/schema';
import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { eventOccurrence, readEventTime } from '../time/eventTime';
import { parseIsoDuration } from '../time/isoDuration';
import { first, imageUrl, isObject, strings, text, type Json } from './jsonValues';
import { parseTolerantJson } from './tolerantJson';

/**
 * MOOChub course lists (JSON:API, versions 1 to 3): `data` (a list, or one course where a producer
 * got it wrong) of `{ type, id, attributes }`, and `links.next` for the next page.
 */
export function parseMoochub(source: string, options: ParseOptions): ParseOutcome {
  const parsed = parseTolerantJson(source);
  if (!parsed.ok) return { ok: false, error: `the MOOChub list is not valid JSON: ${parsed.error}` };
  const document = parsed.value;
  if (!isObject(document) || !('data' in document)) return { ok: false, error: 'this JSON is not a MOOChub course list: no "data" member' };
  const warnings: string[] = [];
  const data = document['data'];
  if (isObject(data)) warnings.push('"data" is one course, not a list of courses; read as a list of one');
  const courses = (Array.isArray(data) ? data : [data]).filter(isObject);
  const links = isObject(document['links']) ? document['links'] : {};
  return {
    ok: true,
    feed: {
      format: 'MOOCHUB',
      title: null,
      language: null,
      link: null,
      items: courses.map((course) => readCourse(course, options, warnings)),
      warnings,
      nextPage: text(links['next']),
    },
  };
}

function readCourse(course: Json, options: ParseOptions, warnings: string[]): FeedItem {
  const attributes = isObject(course['attributes']) ? course['attributes'] : {};
  const item = emptyFeedItem();
  item.key = text(course['id']);
  item.title = localised(attributes['name']);
  item.url = text(attributes['url']);
  item.summary = localised(attributes['abstract']) ?? localised(attributes['abtract']);
  item.content = localised(attributes['description']) ?? item.summary;
  if (item.content === item.summary) item.summary = null;
  item.image = imageUrl(attributes['image']);
  // What a course teaches (MOOChub v3 names DigComp competences) classifies it as well as its keywords.
  item.categories = [...strings(attributes['keywords']), ...(Array.isArray(attributes['teaches']) ? attributes['teaches'] : []).filter(isObject).map((t) => localised(t['name'])).filter((t): t is string => t !== null)];
  item.stated.type = 'MOOC';
  item.stated.format = 'ONLINE';
  item.stated.languages = [...strings(attributes['languages']), ...strings(attributes['inLanguage'])];
  item.stated.workloadHours = workloadHours(attributes['workload'], attributes['duration']);
  item.stated.licence = licenceOf(attributes['license'] ?? attributes['licence']);
  item.stated.certificate = strings(attributes['educationalCredentialsAwarded']).join(', ') || null;
  const deadline = readEventTime(first(attributes['applicationDeadline']), options.defaultTimeZone);
  if (deadline) item.stated.registration = { url: null, deadline: deadline.value };
  item.cost = costOf(attributes);
  const occurrence = eventOccurrence(first(attributes['startDate']), first(attributes['endDate']), options.defaultTimeZone);
  if (occurrence === 'invalid') warnings.push(`course "${item.title ?? item.key}": startDate is not a date; it has no dates`);
  else if (occurrence) item.occurrences = [occurrence];
  return item;
}

/** Minutes (v1), or `{ timeValue, timeUnit: "h/week" | "h/month" | "h" }` (v3) over the course's duration. */
function workloadHours(workload: unknown, duration: unknown): number | null {
  if (typeof workload === 'number') return Math.round((workload / 60) * 10) / 10;
  if (!isObject(workload) || typeof workload['timeValue'] !== 'number') return null;
  const value = workload['timeValue'];
  const unit = text(workload['timeUnit']) ?? 'h';
  const parts = parseIsoDuration(first(duration));
  const weeks = parts ? parts.weeks + parts.days / 7 + parts.months * 4.345 : null;
  if (unit === 'h') return value;
  if (unit === 'h/week') return weeks === null ? null : Math.round(value * weeks * 10) / 10;
  if (unit === 'h/month') return weeks === null ? null : Math.round(((value * weeks) / 4.345) * 10) / 10;
  return null;
}

function costOf(attributes: Json): Cost | null {
  const offers = (Array.isArray(attributes['offer']) ? attributes['offer'] : []).filter(isObject);
  const course = offers.find((o) => (text(o['category']) ?? 'course') === 'course');
  if (course && typeof course['price'] === 'number') {
    return course['price'] === 0 ? { kind: 'FREE' } : { kind: 'PAID', amount: course['price'], currency: text(course['priceCurrency']) ?? 'EUR' };
  }
  const access = strings(attributes['access']).map((a) => a.toLowerCase());
  if (access.includes('free')) return { kind: 'FREE' };
  return null;
}

function licenceOf(value: unknown): string | null {
  const licence = Array.isArray(value) ? value[0] : value;
  if (typeof licence === 'string') return licence;
  return isObject(licence) ? (text(licence['identifier']) ?? text(licence['url'])) : null;
}

/** A plain string, or the first of `[{ inLanguage, name }]` (German preferred). */
function localised(value: unknown): string | null {
  if (!Array.isArray(value)) return text(value);
  const entries = value.filter(isObject);
  const german = entries.find((e) => text(e['inLanguage']) === 'de') ?? entries[0];
  return german ? (text(german['name']) ?? text(german['description'])) : text(value[0]);
}
