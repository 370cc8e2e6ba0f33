import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types generated from the SDL (`npm run codegen`; a test fails when the committed files drift):
 * each subgraph's resolver signatures, mapped to the subgraph's own models, and the typed documents
 * and persisted-operation manifest of what the hub's own clients send.
 */
const resolverConfig = (mappers: Record<string, string>) => ({
  federation: true,
  contextType: 'unknown',
  useTypeImports: true,
  enumsAsTypes: true,
  useIndexSignature: false,
  scalars: { DateTime: { input: 'string', output: 'string | Date' }, FeedSnapshotDocument: { input: 'unknown', output: 'never' } },
  mappers,
});

/** An entity of another subgraph, known by its key. */
const ENTITY_REFERENCE = '@campus/subgraph-runtime#EntityReference';

const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/src/generated/resolvers.ts`]: {
    schema: `subgraphs/${name}/src/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: resolverConfig(mappers),
  },
});

const OPERATION_CONFIG = { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', _Any: '{ __typename: string; id: string }' } };

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraph('catalog', {
      Offering: '../db/tables#OfferingRow',
      Occurrence: '../db/tables#OccurrenceRow',
      OfferingConnection: '../resolverModels#OfferingConnectionModel',
      OfferingEdge: '../resolverModels#OfferingEdgeModel',
      Provider: ENTITY_REFERENCE,
      Feed: ENTITY_REFERENCE,
    }),
    ...subgraph('feeds', { Feed: '../db/tables#FeedRow', HarvestRun: '../db/tables#HarvestRunRow', Provider: ENTITY_REFERENCE }),
    ...subgraph('providers', { Provider: '../db/tables#ProviderRow' }),
    // What the widget and the portal send, typed, with the manifest of their hashes that the gateway accepts.
    'gateway/src/generated/operations/': {
      schema: 'schema/api.graphql',
      documents: 'gateway/operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: OPERATION_CONFIG,
    },
    // The typed client's ready-made operations, for TypeScript users of the public API.
    'client/src/generated/': {
      schema: 'schema/api.graphql',
      documents: 'client/src/operations/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: OPERATION_CONFIG,
    },
    // What the tests and the examples' test send to the API, typed by the same schema.
    'hub/test/generated/': {
      schema: 'schema/api.graphql',
      documents: ['hub/test/**/*.test.ts', 'examples/test/**/*.test.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: OPERATION_CONFIG,
    },
    // What the exports ask of the catalog and providers subgraphs directly, past the gateway.
    'gateway/src/generated/exportOperations.ts': {
      schema: ['subgraphs/catalog/src/catalog.graphql'],
      documents: 'gateway/src/exports/operations/catalog.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: OPERATION_CONFIG,
    },
    // What the feeds and providers services send the catalogue's internal ingest, when it runs elsewhere.
    'subgraphs/catalog/src/generated/ingestOperations.ts': {
      schema: ['subgraphs/catalog/src/catalog.graphql'],
      documents: 'subgraphs/catalog/src/ingest/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { ...OPERATION_CONFIG, scalars: { ...OPERATION_CONFIG.scalars, FeedSnapshotDocument: '@campus/schema#FeedSnapshotDocument' } },
    },
    'gateway/src/generated/keyOperations.ts': {
      schema: ['subgraphs/providers/src/providers.graphql', 'schema/federation-entities.graphql'],
      documents: 'gateway/src/keys/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: OPERATION_CONFIG,
    },
    'gateway/src/generated/exportProviderOperations.ts': {
      schema: ['subgraphs/providers/src/providers.graphql', 'schema/federation-entities.graphql'],
      documents: 'gateway/src/exports/operations/providers.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: OPERATION_CONFIG,
    },
  },
};

export default config;
