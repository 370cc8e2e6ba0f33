import { readFileSync } from 'node:fs';
import { NO_FEED_DEFAULTS, type FeedFormat } from '@campus/schema';
import { readFeed, type ReadFeedOutcome } from '../src/readFeed';

export const NOW = new Date('2026-10-01T00:00:00Z');

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

/** Runs the pure pipeline (decode, detect, parse, normalise) on a fixture, as a harvest would. */
export function readFixture(name: string, contentType: string | null = null, format: FeedFormat | null = null): ReadFeedOutcome {
  return readFeed(
    { bytes: fixture(name), contentType, format, feedUrl: `https://example.org/feeds/${name}`, defaults: NO_FEED_DEFAULTS },
    { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 },
  );
}
