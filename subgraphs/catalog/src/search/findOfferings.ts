import { and, asc, count, eq, gt, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Format, OfferingType } from '@campus/schema';
import { decodeCursor, encodeCursor } from '@campus/subgraph-runtime';
import type { CatalogDatabase } from '../db/openCatalogDatabase';
import { occurrences, offerings } from '../db/tables';

export interface OfferingFilter {
  providerIds?: readonly string[] | null;
  formats?: readonly Format[] | null;
  types?: readonly OfferingType[] | null;
  languages?: readonly string[] | null;
  free?: boolean | null;
  includeWithdrawn?: boolean | null;
  /** Only offerings with a date not over by this instant; offerings without dates always match. */
  from?: string | null;
  /** Only offerings with a date starting before this instant. */
  to?: string | null;
}

export interface OfferingQuery {
  search: string | null;
  filter: OfferingFilter;
  /** The default of `filter.from`. */
  now: Date;
  first: number;
  after: string | null;
}

export type OfferingRow = typeof offerings.$inferSelect;

export interface OfferingPage {
  rows: OfferingRow[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => number;
  cursorOf: (row: OfferingRow) => string;
}

/** Escapes LIKE's wildcards so that a user's `%` or `_` is looked for literally. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function conditions(query: OfferingQuery): SQL | undefined {
  const { filter } = query;
  const parts: (SQL | undefined)[] = [];
  if (!filter.includeWithdrawn) parts.push(ne(offerings.status, 'WITHDRAWN'));
  if (filter.providerIds?.length) parts.push(inArray(offerings.providerId, [...filter.providerIds]));
  if (filter.formats?.length) parts.push(inArray(offerings.format, [...filter.formats]));
  if (filter.types?.length) parts.push(inArray(offerings.type, [...filter.types]));
  if (filter.languages?.length) {
    parts.push(or(...filter.languages.map((l) => sql`exists (select 1 from json_each(${offerings.languages}) where value = ${l})`)));
  }
  parts.push(dateRange(filter.from ?? query.now.toISOString(), filter.to ?? null));
  if (filter.free === true) parts.push(eq(offerings.costKind, 'FREE'));
  if (filter.free === false) parts.push(ne(offerings.costKind, 'FREE'));
  for (const word of (query.search ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = likePattern(word);
    parts.push(or(sql`${offerings.title} like ${pattern} escape '\\'`, sql`${offerings.descriptionText} like ${pattern} escape '\\'`));
  }
  return and(...parts);
}

/** An offering matches when one of its dates overlaps [from, to), or when it has no dates at all. */
function dateRange(from: string, to: string | null): SQL {
  const overlapping = sql`exists (select 1 from ${occurrences} where ${occurrences.offeringId} = ${offerings.id} and ${occurrences.endUtc} >= ${from}${
    to ? sql` and ${occurrences.startUtc} < ${to}` : sql``
  })`;
  const undated = sql`not exists (select 1 from ${occurrences} where ${occurrences.offeringId} = ${offerings.id})`;
  return sql`(${overlapping} or ${undated})`;
}

/**
 * One page of offerings, soonest first. The cursor is the last row's sort key (start, id), not an
 * offset, so pages stay correct while harvests add or withdraw offerings.
 */
export function findOfferings(database: CatalogDatabase, query: OfferingQuery): OfferingPage {
  const where = conditions(query);
  const after = decodeCursor(query.after, 2);
  const afterCondition = after
    ? or(gt(offerings.sortStart, String(after[0])), and(eq(offerings.sortStart, String(after[0])), gt(offerings.id, String(after[1]))))
    : undefined;
  const rows = database.db
    .select()
    .from(offerings)
    .where(and(where, afterCondition))
    .orderBy(asc(offerings.sortStart), asc(offerings.id))
    .limit(query.first + 1)
    .all();
  return {
    rows: rows.slice(0, query.first),
    hasNextPage: rows.length > query.first,
    hasPreviousPage: after !== null,
    totalCount: () => database.db.select({ n: count() }).from(offerings).where(where).get()?.n ?? 0,
    cursorOf: (row) => encodeCursor([row.sortStart, row.id]),
  };
}

