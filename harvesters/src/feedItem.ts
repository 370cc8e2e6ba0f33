import type { Accessibility, Cost, FeedFormat, Format, Occurrence, OfferingType, Registration } from '@campus/schema';

/**
 * One item as a parser read it from its feed, before normalising. Parsers fill what their format
 * states and leave the rest null; the normaliser turns this into the shared Offering model.
 */
export interface FeedItem {
  /** The item's own key: GUID, iCal UID, JSON id. */
  key: string | null;
  title: string | null;
  url: string | null;
  /** Short text or HTML meant as a teaser. */
  summary: string | null;
  /** The full description as HTML (unsanitised) or plain text. */
  content: string | null;
  categories: string[];
  language: string | null;
  image: string | null;
  occurrences: Occurrence[];
  location: FeedItemLocation | null;
  cost: Cost | null;
  cancelled: boolean;
  /** The base for this item's relative links where it differs from the feed's (Atom's `xml:base`). */
  baseUrl: string | null;
  /** What structured formats (JSON-LD, MOOChub) state outright; null leaves it to the classifier. */
  stated: StatedFields;
}

export interface StatedFields {
  type: OfferingType | null;
  format: Format | null;
  languages: string[];
  workloadHours: number | null;
  certificate: string | null;
  registration: Registration | null;
  accessibility: Accessibility | null;
  licence: string | null;
}

export interface FeedItemLocation {
  name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** What a parser returns: the items, the feed's own metadata, and warnings in plain words. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  language: string | null;
  /** The base for relative links: the feed's own link or `xml:base`, where it states one. */
  link: string | null;
  items: FeedItem[];
  warnings: string[];
  /** The next page of a paged list (MOOChub's `links.next`), for the harvest runner to follow. */
  nextPage?: string | null;
}

/** A failure says what is wrong in plain words; `cause`, where a library failed, is for the hub's log only. */
export type ParseOutcome = { ok: true; feed: ParsedFeed } | { ok: false; error: string; cause?: unknown };

/** Options every parser receives; `now` keeps them pure and testable. */
export interface ParseOptions {
  now: Date;
  /** The zone assumed where the feed states none. */
  defaultTimeZone: string;
  /** How far ahead recurring events are expanded. */
  horizonMonths: number;
  /** Where the feed was fetched from: the base of relative `xml:base` values. */
  documentUrl: string | null;
}

export function emptyFeedItem(): FeedItem {
  return {
    key: null,
    title: null,
    url: null,
    summary: null,
    content: null,
    categories: [],
    language: null,
    image: null,
    occurrences: [],
    location: null,
    cost: null,
    cancelled: false,
    baseUrl: null,
    stated: { type: null, format: null, languages: [], workloadHours: null, certificate: null, registration: null, accessibility: null, licence: null },
  };
}
