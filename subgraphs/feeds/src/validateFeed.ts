import { DEFAULT_MAX_PAGES, fetchAndReadFeed, type FeedFetcher } from '@campus/harvesters';
import { isHttpUrl, NO_FEED_DEFAULTS, TEXT_LIMITS, type FeedFormat, type Identity } from '@campus/schema';
import { inGerman } from './reportInGerman';

const SHOWN = 5;

export interface FeedValidationReport {
  __typename: 'FeedValidation';
  format: FeedFormat | null;
  offeringCount: number;
  offerings: { title: string; url: string | null; firstStart: string | null; dateCount: number; place: string | null; languages: string[]; topics: string[]; targetGroups: string[] }[];
  warnings: string[];
  errors: string[];
}

export type ValidateFeedResult = FeedValidationReport | { __typename: 'NotAllowed'; message: string } | { __typename: 'FeedUrlRefused'; message: string; url: string };

/** The dry run behind `validateFeed`: everything a harvest does before it writes, reported. */
export async function validateFeed(fetcher: FeedFetcher, caller: Identity, url: string, format: FeedFormat | null, lang: 'DE' | 'EN' = 'EN'): Promise<ValidateFeedResult> {
  const words = (sentences: string[]): string[] => (lang === 'DE' ? sentences.map(inGerman) : sentences);
  if (caller.role === 'PUBLIC') {
    return { __typename: 'NotAllowed', message: lang === 'DE' ? 'Das Prüfen eines Feeds braucht einen Partner- oder Admin-Schlüssel (Authorization: Bearer …)' : 'validating a feed needs a partner or admin key (Authorization: Bearer …)' };
  }
  if (url.length > TEXT_LIMITS.url || !isHttpUrl(url.replace(/^webcal:/i, 'https:'))) {
    return { __typename: 'FeedUrlRefused', message: lang === 'DE' ? 'Feeds werden nur über http(s) abgerufen; dies ist keine solche Adresse' : 'feeds are fetched over http(s) only, and this is no such address', url };
  }
  const reading = await fetchAndReadFeed({ url, format, defaults: NO_FEED_DEFAULTS, validators: null, contentHash: null }, { fetcher, now: new Date(), horizonMonths: 12, maxPages: DEFAULT_MAX_PAGES });
  if (reading.kind === 'failed' && reading.refused) return { __typename: 'FeedUrlRefused', message: words([reading.error])[0]!, url };
  if (reading.kind !== 'read') {
    const errors = reading.kind === 'failed' ? [reading.error] : ['the server answered "not modified" to a first request'];
    return { __typename: 'FeedValidation', format: null, offeringCount: 0, offerings: [], warnings: words(reading.kind === 'failed' ? reading.warnings : []), errors: words(errors) };
  }
  return {
    __typename: 'FeedValidation',
    format: reading.format,
    offeringCount: reading.offerings.length,
    offerings: reading.offerings.slice(0, SHOWN).map((o) => ({
      title: o.title,
      url: o.url,
      firstStart: o.occurrences[0]?.start ?? null,
      dateCount: o.occurrences.length,
      place: o.location ? [o.location.name, o.location.address].filter(Boolean).join(', ') || null : null,
      languages: o.languages,
      topics: o.topics,
      targetGroups: o.targetGroups,
    })),
    warnings: words(reading.warnings),
    errors: [],
  };
}
