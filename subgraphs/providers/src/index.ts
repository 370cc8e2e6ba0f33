export { createProvidersSubgraph, PROVIDERS_SDL, type ProvidersSubgraph } from './createProvidersSubgraph';
export { ApiKeys, KeyError, type KeyRole, type NewKey } from './apiKeys';
