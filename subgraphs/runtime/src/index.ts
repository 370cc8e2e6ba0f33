export { openDatabase, QueryCounter, type SubgraphDatabase } from './openDatabase';
export { DateTimeScalar } from './dateTime';
export { badInput, decodeCursor, encodeCursor, pageSize } from './pagination';
export { serveSubgraph, type RunningServer } from './serveSubgraph';
export { perRequest } from './perRequest';
export { loadHubConfig } from './loadHubConfig';
export { readSearchThreads, readStandaloneSettings, type StandaloneSettings } from './standaloneSettings';
export { loaderById } from './loaderById';
export { callerOf, identitySecret, type IdentityContext } from './identitySecret';
