import type { FeedSnapshot, IngestCounts, ProviderSummary } from '@campus/schema';
import type { QueryCounter, WriteHealth } from '@campus/subgraph-runtime';
import type { TextQuery } from '../search/textQuery';
import type { OccurrenceRow, OfferingRow, ProviderIndexRow } from './tables';

/** What the search index keeps of an offering, with the dense number (`rowid`) its arrays are indexed by. */
export type IndexRow = Pick<
  OfferingRow,
  | 'id'
  | 'status'
  | 'providerId'
  | 'topics'
  | 'targetGroups'
  | 'format'
  | 'type'
  | 'level'
  | 'languages'
  | 'costKind'
  | 'costAmount'
  | 'district'
  | 'stadtbezirk'
  | 'latitude'
  | 'longitude'
  | 'title'
  | 'categories'
  | 'firstSeen'
  | 'dedupKey'
> & { rowid: number };

export type IndexOccurrenceRow = Pick<OccurrenceRow, 'offeringId' | 'startUtc' | 'endUtc' | 'weekday' | 'startMinute' | 'status'>;

/** The texts of an offering that words are read from. */
export type OfferingTexts = Pick<OfferingRow, 'title' | 'summary' | 'descriptionText' | 'categories'>;

/**
 * The catalogue's storage: every read and write of its tables, and nothing else runs SQL. SQLite
 * (the embedded default: FTS5, BM25) and PostgreSQL (DATABASE_URL: tsvector, GIN, ts_rank)
 * implement it alike; one search behaviour suite holds both to the same answers.
 */
export interface CatalogStore {
  /** Applies one feed's harvest in one transaction: added, updated, unchanged and withdrawn items. */
  applyFeedSnapshot(snapshot: FeedSnapshot): Promise<IngestCounts>;
  /** Withdraws every offering of a feed, as when the feed is removed; returns how many. */
  withdrawFeed(feedId: string, at: Date): Promise<number>;
  /** Brings the copy of the providers up to date, their offerings' search text with it. */
  indexProviders(providers: readonly ProviderSummary[]): Promise<void>;

  /** Offerings by id, in no particular order; with `columns`, only those (a page reads what its fields need). */
  offeringsById(ids: readonly string[], columns?: readonly (keyof OfferingRow)[]): Promise<OfferingRow[]>;
  /** The dates of offerings, by start. */
  occurrencesOf(offeringIds: readonly string[]): Promise<OccurrenceRow[]>;
  /** The records sharing these keys: one offering published by several partners. */
  offeringsByDedupKey(keys: readonly string[]): Promise<OfferingRow[]>;
  providersById(ids: readonly string[]): Promise<ProviderIndexRow[]>;

  /** The number of the last ingest: what changed since the index last looked is marked with higher ones. */
  changeSeq(): Promise<number>;
  providers(): Promise<ProviderIndexRow[]>;
  /** The offerings changed since `change` (every one for -1) with rowids after `afterRowid`: at most `limit`, by rowid. */
  offeringsChangedSince(change: number, afterRowid: number, limit: number): Promise<IndexRow[]>;
  /** The dates of the offerings changed since `change` with rowids after `afterRowid` up to `lastRowid`, by start. */
  occurrencesChangedSince(change: number, afterRowid: number, lastRowid: number): Promise<IndexOccurrenceRow[]>;
  textsChangedSince(change: number): Promise<OfferingTexts[]>;
  /**
   * The records whose duplicate key another record shares, of the keys given (of every key, for
   * null): the index keeps only these groups, not a key per offering (at a million offerings, 200 MB).
   */
  sharedDedupKeys(keys: readonly string[] | null): Promise<{ rowid: number; dedupKey: string }[]>;
  textsOf(rowid: number): Promise<OfferingTexts | null>;
  /** Every word of the full-text index, folded, with the number of offerings holding it. */
  vocabulary(): Promise<{ word: string; documents: number }[]>;

  /** The rowids of every offering matching, ascending. */
  matching(query: TextQuery): Promise<number[]>;
  /** The `count` most relevant of the offerings matching (all of them, or those of `among`), best first. */
  mostRelevant(query: TextQuery, among: readonly number[] | null, count: number): Promise<number[]>;
  /** Some offering matching; null where none does. */
  anyMatching(query: TextQuery): Promise<number | null>;

  queries: QueryCounter;
  writes: WriteHealth;
  close(): Promise<void>;
}
