import { createHash } from 'node:crypto';
import { cutText, validateHarvestedOffering, type FeedDefaults, type HarvestedOffering, type Location } from '@campus/schema';
import type { FeedItem, ParsedFeed } from '../feedItem';
import { classifyFormat, classifyType } from './classifyKind';
import { classifyOffering } from './classifyOffering';
import { detectLanguage } from './detectLanguage';
import { extractCost } from './extractCost';
import { cleanCategories, limitTexts } from './limitTexts';
import { resolvePlace } from './resolvePlace';
import { apartKeys, compareSharedKey } from './sharedKeys';
import { htmlToText, looksLikeHtml, sanitisedHtmlToText, sanitiseHtml } from '@campus/schema';

export interface NormaliseContext {
  /** Where the feed was fetched from: the base for relative links when the feed names none. */
  feedUrl: string | null;
  defaults: FeedDefaults;
}

export interface NormalisedFeed {
  offerings: HarvestedOffering[];
  warnings: string[];
}

const SUMMARY_LENGTH = 280;
const LABEL_TITLE_LENGTH = 60;
const TITLE_FROM_TEXT_LENGTH = 80;

/** Turns a parsed feed into offerings of the shared model; items that cannot be one become warnings. */
export function normaliseFeed(feed: ParsedFeed, context: NormaliseContext): NormalisedFeed {
  const warnings = [...feed.warnings];
  const base = absoluteHttpUrl(feed.link, context.feedUrl) ?? context.feedUrl;
  const byKey = new Map<string, { at: number; label: string }>();
  const offerings: HarvestedOffering[] = [];
  const placeOf = placesOfFeed();
  feed.items.forEach((item, index) => {
    // A warning names its item by number and the start of its title, however long the title is.
    const label = `item ${index + 1}${item.title ? ` ("${cutText(item.title.replace(/\s+/g, ' ').trim(), LABEL_TITLE_LENGTH)}")` : ''}`;
    const normalised = normaliseItem(item, feed, base, context, label, warnings, placeOf);
    if (typeof normalised === 'string') {
      warnings.push(`${label}: ${normalised}; skipped`);
      return;
    }
    const checked = validateHarvestedOffering(limitTexts(normalised, label, warnings, paragraphs));
    if (!checked.ok) {
      warnings.push(`${label}: ${checked.problems.join('; ')}; skipped`);
      return;
    }
    const offering = checked.offering;
    const what = item.key ? `id "${item.key}"` : offering.url ? 'link' : 'title and first date';
    const first = byKey.get(offering.itemKey);
    for (const itemKey of [offering.itemKey, ...apartKeys(offering.itemKey, offering)]) {
      const holder = byKey.get(itemKey);
      if (!holder) {
        if (first) warnings.push(`${label}: it has the same ${what} as ${first.label} but is a different offering; it is kept apart`);
        byKey.set(itemKey, { at: offerings.length, label });
        offerings.push({ ...offering, itemKey });
        return;
      }
      const shared = compareSharedKey(offerings[holder.at]!, offering);
      if (shared?.kind === 'repeat') {
        warnings.push(`${label}: it repeats ${holder.label} (the same ${what}, text and dates); skipped`);
        return;
      }
      if (shared?.kind === 'dates') {
        offerings[holder.at] = { ...offerings[holder.at]!, occurrences: shared.occurrences };
        warnings.push(`${label}: it has the same ${what} and text as ${holder.label}; its dates were added to that offering`);
        return;
      }
    }
    warnings.push(`${label}: it has the same ${what} as ${first!.label} and cannot be told apart from the items that share it; skipped`);
  });
  return { offerings, warnings };
}

function normaliseItem(
  item: FeedItem,
  feed: ParsedFeed,
  feedBase: string | null,
  context: NormaliseContext,
  label: string,
  warnings: string[],
  placeOf: (location: FeedItem['location']) => Location | null,
): HarvestedOffering | string {
  const base = item.baseUrl ?? feedBase;
  const categories = cleanCategories(item.categories);
  const contentIsHtml = item.content !== null && looksLikeHtml(item.content);
  const description = contentIsHtml && item.content ? sanitiseHtml(item.content, base) : null;
  const descriptionText = item.content ? (description !== null ? sanitisedHtmlToText(description) : htmlToText(item.content)) : null;
  const summaryText = item.summary ? htmlToText(item.summary) : null;
  const ownTitle = item.title ? htmlToText(item.title).replace(/\s+/g, ' ') : '';
  // Microblogs and some RSS items have no title; their opening words serve instead.
  const title = ownTitle || shorten(summaryText || descriptionText || '', TITLE_FROM_TEXT_LENGTH);
  if (!title) return 'it has no title and no text';
  if (!ownTitle) warnings.push(`${label}: it has no title; its opening words serve as one`);
  const url = absoluteHttpUrl(item.url, base);
  const itemKey = item.key ?? url ?? fallbackKey(title, item, descriptionText);
  if (!item.key && !url) warnings.push(`${label}: it has neither id nor link; it is known by its title and ${item.occurrences[0] ? 'date' : 'text'}`);

  // The partner's default venue stands in where an item names no place and is not online.
  const venue = context.defaults.location;
  const location = placeOf(item.location ?? (venue ? { name: venue.name, address: venue.address, latitude: null, longitude: null } : null));
  const text = [title, summaryText, descriptionText, item.location?.name].filter(Boolean).join('\n');
  const language = normaliseLanguage(item.language ?? feed.language);
  const stated = { ...item.stated, languages: item.stated.languages.map(normaliseLanguage).filter((l): l is string => l !== null) };
  const known = stated.languages.length > 0 ? stated.languages : language ? [language] : context.defaults.languages;
  // Only where neither item, feed nor partner says it is the language guessed, and marked as guessed.
  const detected = known.length === 0 ? detectLanguage(`${title}. ${descriptionText ?? summaryText ?? ''}`) : null;
  const languages = detected ? [detected] : known;
  const classification = classifyOffering([text, ...categories].join('\n'), categories, context.defaults.categoryMapping, context.defaults.targetGroups);

  return {
    itemKey,
    title,
    summary: summaryText || (descriptionText ? shorten(descriptionText, SUMMARY_LENGTH) : null),
    description: description ?? (descriptionText ? paragraphs(descriptionText) : null),
    descriptionText: descriptionText || null,
    url,
    languages,
    languagesDetected: detected !== null,
    type: stated.type ?? classifyType(title, categories),
    format: stated.format ?? classifyFormat(location !== null, text),
    topics: classification.topics,
    targetGroups: classification.targetGroups,
    classification: classification.reasons,
    level: null,
    cost: item.cost ?? extractCost(text),
    registration: stated.registration,
    location,
    occurrences: item.occurrences,
    workloadHours: stated.workloadHours,
    certificate: stated.certificate,
    accessibility: stated.accessibility,
    image: absoluteHttpUrl(item.image, base),
    licence: stated.licence,
    status: item.cancelled ? 'CANCELLED' : 'SCHEDULED',
    categories,
  };
}

/** Without an id or link, title and first date (else the text) are the most stable identity left. */
function fallbackKey(title: string, item: FeedItem, text: string | null): string {
  const firstStart = item.occurrences[0]?.start;
  return firstStart ? `${title}@${firstStart}` : `text:${createHash('sha256').update(`${title}\n${text ?? ''}`).digest('base64url').slice(0, 22)}`;
}

/** A feed names its few venues again and again: each is read and placed in Leipzig once per harvest. */
function placesOfFeed(): (location: FeedItem['location']) => Location | null {
  const known = new Map<string, Location | null>();
  return (location) => {
    if (!location) return null;
    const key = JSON.stringify([location.name, location.address, location.latitude, location.longitude]);
    if (!known.has(key)) known.set(key, normaliseLocation(location));
    const place = known.get(key)!;
    return place && { ...place };
  };
}

function normaliseLocation(location: FeedItem['location']): Location | null {
  if (!location || isOnlineOnly(location)) return null;
  const place = splitPlace(location.name ? htmlToText(location.name) : null, location.address ? htmlToText(location.address) : null);
  const postcode = place.address?.match(/\b(\d{5})\b/)?.[1] ?? null;
  const locality = place.address?.match(/\b\d{5}\s+([^\d,;()]+)/)?.[1]?.trim() ?? null;
  return resolvePlace({ ...place, postcode, locality, district: null, stadtbezirk: null, latitude: location.latitude, longitude: location.longitude, coordinatesFrom: null });
}

/** "Online" in a location field names no place: the offering is online, not somewhere. */
function isOnlineOnly(location: NonNullable<FeedItem['location']>): boolean {
  return /^\s*(online|virtuell|virtual|zoom|webinar|internet)\s*$/i.test(location.name ?? '') && !location.address && location.latitude === null;
}

/** One line such as "Volkshochschule, Löhrstraße 3-7, 04105 Leipzig" is a venue name and its address. */
function splitPlace(name: string | null, address: string | null): { name: string | null; address: string | null } {
  if (address || !name?.includes(',')) return { name, address };
  const [venue, ...rest] = name.split(',').map((part) => part.trim());
  return { name: venue || null, address: rest.join(', ') || null };
}

function normaliseLanguage(language: string | null): string | null {
  const code = language?.trim().toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2,3}$/.test(code) ? code : null;
}

function absoluteHttpUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20))}…`;
}

function paragraphs(text: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n{2,}|\n/)
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('');
}
