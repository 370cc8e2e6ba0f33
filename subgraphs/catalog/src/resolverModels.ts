import type { OfferingRow } from './db/tables';
import type { MatchKind } from './generated/resolvers';
import type { SearchResult } from './search/searchOfferings';

/** What an `OfferingConnection` resolves from: the search's result, whose facets are counted only when asked for. */
export interface OfferingConnectionModel {
  result: SearchResult;
  totalCount: number;
  edges: OfferingEdgeModel[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** An edge of a page: the offering's row, the folded words to highlight, and how it matched. */
export interface OfferingEdgeModel {
  cursor: string;
  node: OfferingRow;
  terms: string[];
  matchedBy: MatchKind | null;
}
