export { startGateway, type GatewayOptions, type GatewaySettings, type LocalSubgraph, type RunningGateway } from './startGateway';
export { remoteKeyVerifier, type KeyVerifier } from './keys/keyVerification';
export { composeSupergraph, type SubgraphDefinition } from './composeSupergraph';
export type { EdgeLimits } from './edge/httpEdge';
export type { SubgraphTimeouts } from './subgraphSources';
