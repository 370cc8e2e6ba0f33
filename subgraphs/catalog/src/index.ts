export { createCatalogSubgraph, CATALOG_SDL, type CatalogSubgraph } from './createCatalogSubgraph';
export type { OfferingSearch, SearchResult } from './search/searchOfferings';
export { indexFileIn } from './search/searchIndex';
