import { createHash } from 'node:crypto';
import { HOME_TIME_ZONE, type FeedDefaults, type FeedFormat, type HarvestedOffering } from '@campus/schema';
import type { ConditionalHeaders, FeedFetcher } from '../fetch/fetchFeed';
import { readFeed } from '../readFeed';
import { nothingUsable } from './nothingUsable';

export interface FeedSource {
  url: string;
  /** The format stated at registration; null to detect it. */
  format: FeedFormat | null;
  defaults: FeedDefaults;
  /** What the last harvest saw, so that an unchanged feed costs nothing; null for a first look. */
  validators: ConditionalHeaders | null;
  contentHash: string | null;
}

export interface ReadingContext {
  fetcher: FeedFetcher;
  now: Date;
  horizonMonths: number;
  /** Pages of a paged list (MOOChub) followed at most. */
  maxPages: number;
  /** Ends the reading early: the hub is stopping. */
  stop?: AbortSignal;
}

export type FeedReading =
  | { kind: 'unchanged' }
  | { kind: 'failed'; error: string; warnings: string[]; retryAfterSeconds: number | null; refused?: true; stopped?: true; cause?: unknown }
  | {
      kind: 'read';
      format: FeedFormat;
      title: string | null;
      offerings: HarvestedOffering[];
      warnings: string[];
      validators: ConditionalHeaders;
      contentHash: string;
    };

export const DEFAULT_MAX_PAGES = 20;

/** Warnings a reading keeps: a feed of 100,000 broken items must not make a run of 100,000 sentences. */
export const MAX_WARNINGS = 100;

function kept(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), `… and ${warnings.length - MAX_WARNINGS} more warnings`];
}

/**
 * Fetches a feed and reads it into offerings, following a paged list's next links: everything a
 * harvest does before it writes, and all that a dry run (`hub validate`, `validateFeed`) does.
 */
export async function fetchAndReadFeed(source: FeedSource, context: ReadingContext): Promise<FeedReading> {
  const hash = createHash('sha256');
  const offerings: HarvestedOffering[] = [];
  const warnings: string[] = [];
  let url: string | null = source.url;
  let first: { format: FeedFormat; title: string | null; validators: ConditionalHeaders } | null = null;
  let itemCount = 0;
  for (let page = 1; url !== null; page += 1) {
    if (page > context.maxPages) {
      warnings.push(`the list has more than ${context.maxPages} pages; the rest was not read`);
      break;
    }
    const fetched = await context.fetcher.fetch(url, page === 1 ? source.validators : null, context.stop);
    if (fetched.kind === 'not-modified') return { kind: 'unchanged' };
    if (fetched.kind === 'failed') {
      return {
        kind: 'failed',
        error: page === 1 ? fetched.error : `page ${page} (${url}): ${fetched.error}`,
        warnings: kept(warnings),
        retryAfterSeconds: fetched.retryAfterSeconds,
        ...(fetched.refused ? { refused: true as const } : {}),
        ...(fetched.stopped ? { stopped: true as const } : {}),
      };
    }
    hash.update(fetched.bytes);
    const read = readFeed(
      { bytes: fetched.bytes, contentType: fetched.contentType, format: first?.format ?? source.format, feedUrl: fetched.finalUrl, defaults: source.defaults },
      { now: context.now, defaultTimeZone: source.defaults.timeZone ?? HOME_TIME_ZONE, horizonMonths: context.horizonMonths },
    );
    if (!read.ok) {
      return { kind: 'failed', error: page === 1 ? read.error : `page ${page} (${url}): ${read.error}`, warnings: kept([...warnings, ...read.warnings]), retryAfterSeconds: null, ...(read.cause !== undefined ? { cause: read.cause } : {}) };
    }
    first ??= { format: read.format, title: read.title, validators: fetched.validators };
    offerings.push(...read.offerings);
    itemCount += read.itemCount;
    warnings.push(...(page === 1 ? read.warnings : read.warnings.map((w) => `page ${page}: ${w}`)));
    url = read.nextPage && read.nextPage !== url ? new URL(read.nextPage, fetched.finalUrl).href : null;
  }
  const contentHash = hash.digest('hex');
  if (contentHash === source.contentHash) return { kind: 'unchanged' };
  if (!first) return { kind: 'failed', error: 'nothing was read', warnings: kept(warnings), retryAfterSeconds: null };
  const finding = nothingUsable(itemCount, offerings, context.now);
  const said = kept(warnings);
  if (finding && offerings.length === 0 && itemCount > 0) return { kind: 'failed', error: finding, warnings: said, retryAfterSeconds: null };
  return { kind: 'read', format: first.format, title: first.title, offerings, warnings: finding ? [finding, ...said] : said, validators: first.validators, contentHash };
}
