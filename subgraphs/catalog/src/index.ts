export { createCatalogSubgraph, CATALOG_SDL, type CatalogSubgraph } from './createCatalogSubgraph';
