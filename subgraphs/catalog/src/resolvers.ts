import DataLoader from 'dataloader';
import type { SnapshotIngest } from '@campus/schema';
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { DateTimeScalar, loaderById, pageSize, perRequest } from '@campus/subgraph-runtime';
import type { CatalogStore } from './db/catalogStore';
import type { OccurrenceRow, OfferingRow } from './db/tables';
import type { QueryOfferingsArgs, Resolvers } from './generated/resolvers';
import { pageColumns } from './offeringColumns';
import { labelOf, languageLabel } from './search/facetLabels';
import type { OfferingConnectionModel } from './resolverModels';
import { FACETS, type Facet } from './search/offeringFilter';
import type { OfferingSearch, SearchResult } from './search/searchOfferings';
import type { Completion } from './search/completions';
import { suggestQuery, type SuggestQuery } from './search/suggest';
import { snippetOf } from './search/snippet';
import { FeedSnapshotDocumentScalar, ingestResolvers } from './ingest/ingestResolvers';

/** Where searches and completions are answered: search threads, or this thread. */
export interface CatalogSearch {
  search(query: OfferingSearch): Promise<SearchResult>;
  suggest(query: SuggestQuery): Promise<Completion[]>;
}

export function catalogResolvers(store: CatalogStore, engine: CatalogSearch, ingest: SnapshotIngest, secret: Buffer): Resolvers {
  const loaders = perRequest(() => ({
    offering: loaderById((ids) => store.offeringsById(ids)),
    /** Pages by the columns they read; the rows hold only those, and serve only the page's fields. */
    pages: new Map<string, DataLoader<string, OfferingRow | null>>(),
    occurrences: new DataLoader<string, OccurrenceRow[]>(async (ids) => {
      const byOffering = new Map<string, OccurrenceRow[]>();
      for (const row of await store.occurrencesOf(ids)) {
        const list = byOffering.get(row.offeringId) ?? [];
        list.push(row);
        byOffering.set(row.offeringId, list);
      }
      return ids.map((id) => byOffering.get(id) ?? []);
    }),
    /** The records of one offering published by several partners, by their shared key. */
    sameOffering: new DataLoader<string, OfferingRow[]>(async (keys) => {
      const byKey = new Map<string, OfferingRow[]>();
      for (const row of await store.offeringsByDedupKey(keys)) byKey.set(row.dedupKey!, [...(byKey.get(row.dedupKey!) ?? []), row]);
      return keys.map((key) => byKey.get(key) ?? []);
    }),
    providerNames: new DataLoader<string, string>(async (ids) => {
      const names = new Map((await store.providersById(ids)).map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id) ?? id);
    }),
  }));

  const connection = async (args: QueryOfferingsArgs, context: unknown, info: GraphQLResolveInfo): Promise<OfferingConnectionModel> => {
    const result = await engine.search({
      facets: requestedFacets(info),
      search: args.search ?? null,
      filter: args.filter ?? {},
      sort: args.sort ?? null,
      first: pageSize(args.first),
      after: args.after ?? null,
      now: new Date(),
    });
    const columns = pageColumns(info);
    const { offering, pages } = loaders(context);
    let loader = offering;
    if (columns) {
      const key = columns.join(',');
      loader = pages.get(key) ?? loaderById((ids) => store.offeringsById(ids, columns));
      pages.set(key, loader);
    }
    const rows = await loader.loadMany(result.hits.map((h) => h.id));
    const edges = result.hits.map((hit, i) => {
      const row = rows[i] as OfferingRow;
      return { cursor: hit.cursor, node: row, terms: result.terms, matchedBy: hit.match };
    });
    return {
      result,
      totalCount: result.totalCount,
      edges,
      pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: result.hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  };

  const facetList = async (counts: Map<string, number>, label: (value: string) => string | Promise<string>) =>
    Promise.all([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(async ([value, count]) => ({ value, label: await label(value), count })));

  return {
    DateTime: DateTimeScalar,
    FeedSnapshotDocument: FeedSnapshotDocumentScalar,
    Mutation: ingestResolvers(ingest, secret),
    Query: {
      offerings: (_, args, context, info) => connection(args, context, info),
      offering: (_, args, context) => loaders(context).offering.load(args.id),
      suggest: (_, args) => engine.suggest(suggestQuery(args)),
    },
    OfferingConnection: {
      didYouMean: ({ result }) => result.didYouMean,
      facets: async ({ result }, args, context) => {
        const lang = args.lang ?? 'DE';
        const plain = (value: string): string => labelOf(value, lang);
        const { facets } = result;
        return {
          topics: await facetList(facets.topics, plain),
          targetGroups: await facetList(facets.targetGroups, plain),
          formats: await facetList(facets.formats, plain),
          types: await facetList(facets.types, plain),
          languages: await facetList(facets.languages, (code) => languageLabel(code, lang)),
          districts: await facetList(facets.districts, (name) => name),
          providers: await facetList(facets.providers, (id) => loaders(context).providerNames.load(id)),
          cost: await facetList(facets.cost, plain),
        };
      },
    },
    OfferingEdge: {
      // Only when asked for: highlighting folds the whole description.
      snippet: ({ node, terms }) => (terms.length > 0 ? (snippetOf(node.descriptionText, terms) ?? snippetOf(node.title, terms)) : null),
    },
    Offering: {
      __resolveReference: (reference, context) => loaders(context).offering.load(reference.id),
      cost: (row) => ({ kind: row.costKind, amount: row.costAmount, currency: row.costCurrency }),
      location: (row) =>
        row.locationName || row.locationAddress || row.latitude !== null
          ? {
              name: row.locationName,
              address: row.locationAddress,
              postcode: row.locationPostcode,
              locality: row.locationLocality,
              district: row.district,
              stadtbezirk: row.stadtbezirk,
              coordinatesFrom: row.coordinatesFrom,
              latitude: row.latitude,
              longitude: row.longitude,
            }
          : null,
      occurrences: (row, _, context) => loaders(context).occurrences.load(row.id),
      nextOccurrence: async (row, _, context) => {
        const now = new Date().toISOString();
        return (await loaders(context).occurrences.load(row.id)).find((o) => o.endUtc >= now && o.status !== 'CANCELLED') ?? null;
      },
      provider: (row) => ({ __typename: 'Provider', id: row.providerId }),
      source: (row) => sourceOf(row),
      sources: async (row, _, context) => {
        const rows = row.dedupKey ? await loaders(context).sameOffering.load(row.dedupKey) : [row];
        return [...rows].sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : 1)).map(sourceOf);
      },
    },
    Provider: {
      __resolveReference: (reference) => ({ id: reference.id }),
      offerings: (provider, args, context, info) => connection({ ...args, filter: { providerIds: [provider.id] } }, context, info),
    },
  };
}

/**
 * The facets a query asks for, so that only those are counted. Fragments are not followed: where
 * a client uses one, every facet is counted to be safe.
 */
function requestedFacets(info: GraphQLResolveInfo): readonly Facet[] {
  const included = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true && getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const wanted = new Set<Facet>();
  for (const selection of info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? [])) {
    if (selection.kind !== Kind.FIELD) return FACETS;
    if (selection.name.value !== 'facets' || !included(selection)) continue;
    for (const facet of selection.selectionSet?.selections ?? []) {
      if (facet.kind !== Kind.FIELD) return FACETS;
      const name = FACETS.find((f) => f === facet.name.value);
      if (name && included(facet)) wanted.add(name);
    }
  }
  return [...wanted];
}

function sourceOf(row: OfferingRow) {
  return {
    feed: { __typename: 'Feed', id: row.feedId },
    itemKey: row.itemKey,
    sourceUrl: row.sourceUrl,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}
