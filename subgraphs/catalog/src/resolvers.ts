import { inArray } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DateTimeScalar, pageSize, loaderById, perRequest } from '@campus/subgraph-runtime';
import type { CatalogDatabase } from './db/openCatalogDatabase';
import { occurrences, offerings } from './db/tables';
import { findOfferings, type OfferingFilter, type OfferingPage, type OfferingRow } from './search/findOfferings';

type OccurrenceRow = typeof occurrences.$inferSelect;

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function connection(page: OfferingPage) {
  const edges = page.rows.map((row) => ({ cursor: page.cursorOf(row), node: row }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function catalogResolvers(database: CatalogDatabase): GraphQLResolverMap<object> {
  const { db } = database;
  const loaders = perRequest(() => ({
    offering: loaderById((ids) => db.select().from(offerings).where(inArray(offerings.id, ids)).all()),
    occurrences: new DataLoader<string, OccurrenceRow[]>((ids) => {
      const byOffering = new Map<string, OccurrenceRow[]>();
      for (const row of db.select().from(occurrences).where(inArray(occurrences.offeringId, [...ids])).orderBy(occurrences.startUtc).all()) {
        byOffering.set(row.offeringId, [...(byOffering.get(row.offeringId) ?? []), row]);
      }
      return Promise.resolve(ids.map((id) => byOffering.get(id) ?? []));
    }),
  }));

  const page = (search: string | null, filter: OfferingFilter, args: PageArgs) =>
    connection(findOfferings(database, { search: search?.trim() || null, filter, now: new Date(), first: pageSize(args.first), after: args.after ?? null }));

  return {
    DateTime: DateTimeScalar,
    Query: {
      offerings: (_: unknown, args: PageArgs & { search?: string | null; filter?: OfferingFilter | null }) =>
        page(args.search ?? null, args.filter ?? {}, args),
      offering: (_: unknown, args: { id: string }, context: object) => loaders(context).offering.load(args.id),
    },
    Offering: {
      __resolveReference: (reference: { id: string }, context: object) => loaders(context).offering.load(reference.id),
      cost: (row: OfferingRow) => ({ kind: row.costKind, amount: row.costAmount, currency: row.costCurrency }),
      location: (row: OfferingRow) =>
        row.locationName || row.locationAddress || row.latitude !== null
          ? {
              name: row.locationName,
              address: row.locationAddress,
              postcode: row.locationPostcode,
              locality: row.locationLocality,
              district: row.district,
              latitude: row.latitude,
              longitude: row.longitude,
            }
          : null,
      occurrences: (row: OfferingRow, _: unknown, context: object) => loaders(context).occurrences.load(row.id),
      provider: (row: OfferingRow) => ({ __typename: 'Provider', id: row.providerId }),
      source: (row: OfferingRow) => ({
        feed: { __typename: 'Feed', id: row.feedId },
        itemKey: row.itemKey,
        sourceUrl: row.sourceUrl,
        firstSeen: row.firstSeen,
        lastSeen: row.lastSeen,
      }),
    },
    Provider: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      offerings: (provider: { id: string }, args: PageArgs) => page(null, { providerIds: [provider.id] }, args),
    },
  };
}
