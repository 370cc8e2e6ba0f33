import type { Cost, FeedFormat, Occurrence } from '@campus/schema';

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
}

export type ParseOutcome = { ok: true; feed: ParsedFeed } | { ok: false; error: string };

/** Options every parser receives; `now` keeps them pure and testable. */
export interface ParseOptions {
  now: Date;
  /** The zone assumed where the feed states none. */
  defaultTimeZone: string;
  /** How far ahead recurring events are expanded. */
  horizonMonths: number;
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
  };
}
