export { createProvidersSubgraph, PROVIDERS_SDL, type ProvidersSubgraph } from './createProvidersSubgraph';
