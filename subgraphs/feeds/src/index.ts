export { createFeedsSubgraph, FEEDS_SDL, type FeedsSubgraph, type FeedsSubgraphOptions } from './createFeedsSubgraph';
