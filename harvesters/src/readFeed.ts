import type { FeedDefaults, FeedFormat, HarvestedOffering } from '@campus/schema';
import type { ParseOptions } from './feedItem';
import { normaliseFeed } from './normalise/normaliseFeed';
import { decodeFeedText } from './parse/decodeFeedText';
import { parseFeed } from './parse/parseFeed';

export interface ReadFeedInput {
  bytes: Uint8Array;
  contentType: string | null;
  /** The format the operator or partner stated; null to detect it. */
  format: FeedFormat | null;
  feedUrl: string | null;
  defaults: FeedDefaults;
}

export type ReadFeedOutcome =
  | { ok: true; format: FeedFormat; title: string | null; offerings: HarvestedOffering[]; warnings: string[]; nextPage: string | null; itemCount: number }
  | { ok: false; error: string; warnings: string[]; cause?: unknown };

/** Decode, detect, parse and normalise: the pure middle of every harvest and every dry run. */
export function readFeed(input: ReadFeedInput, options: Omit<ParseOptions, 'documentUrl'>): ReadFeedOutcome {
  const decoded = decodeFeedText(input.bytes, input.contentType);
  const parsed = parseFeed(decoded.text, input.contentType, input.format, { ...options, documentUrl: input.feedUrl });
  if (!parsed.ok) return { ok: false, error: parsed.error, warnings: decoded.warnings, ...(parsed.cause !== undefined ? { cause: parsed.cause } : {}) };
  const normalised = normaliseFeed(parsed.feed, { feedUrl: input.feedUrl, defaults: input.defaults });
  return {
    ok: true,
    format: parsed.feed.format,
    title: parsed.feed.title,
    offerings: normalised.offerings,
    warnings: [...decoded.warnings, ...normalised.warnings],
    nextPage: parsed.feed.nextPage ?? null,
    // The items the parser found, read or not: a feed of none is empty, one whose items all fail is broken.
    itemCount: parsed.feed.items.length,
  };
}
