import { fileURLToPath } from 'node:url';
import { CATALOG_SDL } from '@campus/catalog';
import { FEEDS_SDL } from '@campus/feeds';
import { PROVIDERS_SDL } from '@campus/providers';
import type { SubgraphDefinition } from '@campus/gateway';

/** The committed supergraph, for any Federation 2 router in front of the standalone subgraphs. */
export const SUPERGRAPH_FILE = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** The public API schema as clients see it, committed so that a change to it shows in review and in CI. */
export const API_SCHEMA_FILE = fileURLToPath(new URL('../../schema/api.graphql', import.meta.url));

/** Where breaking changes to the API are recorded before they are made. */
export const CHANGELOG_FILE = fileURLToPath(new URL('../../CHANGELOG.md', import.meta.url));

/** The subgraphs at the default ports of `hub start catalog|providers|feeds`. */
export const STANDALONE_SUBGRAPHS: SubgraphDefinition[] = [
  { name: 'catalog', url: 'http://127.0.0.1:4001/', sdl: CATALOG_SDL },
  { name: 'providers', url: 'http://127.0.0.1:4002/', sdl: PROVIDERS_SDL },
  { name: 'feeds', url: 'http://127.0.0.1:4003/', sdl: FEEDS_SDL },
];
